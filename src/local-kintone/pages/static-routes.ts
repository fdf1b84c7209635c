import type { Hono } from "hono";
import type { ServerContext } from "../context";
import { formatMessage } from "../../messages";
import { getPlugin, readPluginFile } from "../store";
import { USERS } from "../users";
import {
  BUNDLE_URL,
  CSS_URL,
  guessContentType,
  readBundle,
  readShellCss,
  resolveBundlePath,
} from "./assets";
import { readPageSession } from "./page-session";

/** The shell's bundle and stylesheet, installed plugins' files, and the user directory. */
export function registerStaticRoutes(app: Hono, context: ServerContext): void {
  app.get(BUNDLE_URL, (c) => {
    const bundle = readBundle();
    if (!bundle) {
      const message = formatMessage("E_SHELL_BUNDLE_MISSING", "ja", { path: resolveBundlePath() });
      return c.body(`console.error(${JSON.stringify(message)});`, 404, {
        "Content-Type": "text/javascript; charset=utf-8",
      });
    }
    return c.body(new Uint8Array(bundle), 200, {
      "Content-Type": "text/javascript; charset=utf-8",
      "Cache-Control": "no-cache",
    });
  });
  app.get(CSS_URL, (c) =>
    c.body(readShellCss(), 200, {
      "Content-Type": "text/css; charset=utf-8",
      "Cache-Control": "no-cache",
    }),
  );

  // Only the files a manifest lists are served, to logged-in users, as kintone does.
  app.get("/k/api/plugin-files/:pluginId/*", (c) => {
    if (!readPageSession(context, c)) return c.text("Please login.", 401);
    const pluginId = c.req.param("pluginId");
    const prefix = `/k/api/plugin-files/${encodeURIComponent(pluginId)}/`;
    const path = decodeURIComponent(new URL(c.req.url).pathname.slice(prefix.length));
    const plugin = getPlugin(context, pluginId);
    const manifest = plugin?.manifest;
    const listed = manifest
      ? [
          manifest.icon,
          ...(manifest.desktop?.js ?? []),
          ...(manifest.desktop?.css ?? []),
          ...(manifest.mobile?.js ?? []),
          ...(manifest.mobile?.css ?? []),
          ...(manifest.config?.js ?? []),
          ...(manifest.config?.css ?? []),
        ].map((each) => each.replace(/^\.?\//, ""))
      : [];
    const data = listed.includes(path) ? readPluginFile(context, pluginId, path) : undefined;
    if (!data) return c.text("Not found", 404);
    return c.body(new Uint8Array(data), 200, {
      "Content-Type": guessContentType(path),
      "X-Content-Type-Options": "nosniff",
    });
  });

  // For user-selection fields; real kintone has a separate User API, the local server a fixed list.
  app.get("/k/api/users.json", (c) => {
    if (!readPageSession(context, c))
      return c.json({ code: "CB_AU01", message: "ログインしてください。" }, 401);
    return c.json({ users: USERS.map((user) => ({ code: user.code, name: user.name })) });
  });
}
