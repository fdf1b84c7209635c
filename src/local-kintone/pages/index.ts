import type { Hono } from "hono";
import type { ServerContext } from "../context";
import { registerLoginRoutes } from "./login-routes";
import { registerProxyRoutes } from "./proxy-routes";
import { registerRecordRoutes } from "./record-routes";
import { registerSettingsApiRoutes } from "./settings-api-routes";
import { registerSettingsRoutes } from "./settings-routes";
import { registerStaticRoutes } from "./static-routes";

/**
 * Registers the browser shell: login, portal, record pages, plugin settings, the shell's assets
 * and its internal endpoints (proxy, plugin settings). Called after the REST routes.
 */
export function registerPageRoutes(app: Hono, context: ServerContext): void {
  // No service worker may be installed from the shell's routes: one could read other pages' responses.
  app.use("*", async (c, next) => {
    if (c.req.header("service-worker") === "script")
      return c.text("Service workers are not allowed", 403);
    await next();
  });
  registerLoginRoutes(app, context);
  registerStaticRoutes(app, context);
  registerRecordRoutes(app, context);
  registerSettingsRoutes(app, context);
  registerSettingsApiRoutes(app, context);
  registerProxyRoutes(app, context);
}
