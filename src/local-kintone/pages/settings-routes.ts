import type { Context, Hono } from "hono";
import type { ServerContext } from "../context";
import { formatMessage } from "../../messages";
import { getPluginConfig, listAppPlugins, readPluginFile } from "../store";
import type { BootData } from "./boot-data";
import { readAppName, readPluginName, toBootUser, toPluginFileUrl } from "./build-boot";
import { readPageSession, redirectToLogin } from "./page-session";
import { escapeHtml, renderFrame, renderMessagePage, renderShellPage } from "./render-html";
import { issueSettingsToken } from "./settings-tokens";

/**
 * Headers that keep the settings page out of reach of other pages' scripts: no framing, its own
 * browsing-context group (a record page that opens it gets no handle), and no caching.
 */
function protectSettingsPage(c: Context): void {
  c.header("Cross-Origin-Opener-Policy", "same-origin");
  c.header("X-Frame-Options", "DENY");
  c.header("Content-Security-Policy", "frame-ancestors 'none'");
  c.header("Cache-Control", "no-store");
  c.header("Referrer-Policy", "same-origin");
}

/**
 * Browsers mark a real page load with Sec-Fetch-Mode: navigate and Sec-Fetch-Dest: document, and
 * scripts cannot forge these headers: a fetch() of the settings page from a record page's script
 * is therefore refused. Clients that send no Fetch Metadata (curl, tests) are not browsers.
 */
export function isTopLevelNavigation(c: Context): boolean {
  const mode = c.req.header("sec-fetch-mode");
  const dest = c.req.header("sec-fetch-dest");
  if (mode === undefined && dest === undefined) return true;
  return mode === "navigate" && dest === "document";
}

/** The plugin settings page and the app's plugin list (administrators only). */
export function registerSettingsRoutes(app: Hono, context: ServerContext): void {
  const denied = (
    c: Context,
    name: string | null,
    status: 403 | 404,
    key: "E_SHELL_ADMIN_ONLY" | "E_SHELL_NOT_FOUND",
  ) =>
    c.html(
      renderMessagePage({
        lang: "ja",
        title: String(status),
        message: formatMessage(key, "ja"),
        userName: name,
      }),
      status,
    );

  app.get("/k/admin/app/:app{[0-9]+}/plugin/config", (c) => {
    protectSettingsPage(c);
    const session = readPageSession(context, c);
    if (!session) return redirectToLogin(c);
    if (!session.user.isAdministrator || !isTopLevelNavigation(c))
      return denied(c, session.user.name, 403, "E_SHELL_ADMIN_ONLY");
    const appId = Number(c.req.param("app"));
    const pluginId = c.req.query("pluginId") ?? "";
    const plugin = listAppPlugins(context, appId, "preview").find((each) => each.id === pluginId);
    const appName = readAppName(context, appId);
    if (!plugin || appName === undefined)
      return denied(c, session.user.name, 404, "E_SHELL_NOT_FOUND");
    const config = plugin.manifest.config ?? {};
    const html = config.html
      ? (readPluginFile(context, plugin.id, config.html)?.toString("utf8") ?? "")
      : "";
    const boot: BootData = {
      page: "plugin-config",
      appId,
      appName,
      user: toBootUser(session.user),
      isAdministrator: true,
      requestToken: session.session.requestToken,
      lang: "ja",
      plugins: [
        {
          id: plugin.id,
          name: readPluginName(plugin, "ja"),
          config: getPluginConfig(context, { appId, pluginId: plugin.id, stage: "preview" }),
          js: (config.js ?? []).map((path) => toPluginFileUrl(plugin.id, path)),
          css: (config.css ?? []).map((path) => toPluginFileUrl(plugin.id, path)),
        },
      ],
      customize: { js: [], css: [] },
      settings: {
        pluginId: plugin.id,
        pageToken: issueSettingsToken(context, {
          sessionId: session.session.sessionId,
          appId,
          pluginId: plugin.id,
        }),
        html,
      },
    };
    return c.html(
      renderShellPage(boot, `${appName} - ${formatMessage("M_SHELL_PLUGIN_SETTINGS", "ja")}`),
    );
  });

  // Where kintone's setConfig lands without a callback, and the create-plugin template's Cancel.
  app.get("/k/admin/app/:app{[0-9]+}/plugin/", (c) => {
    const session = readPageSession(context, c);
    if (!session) return redirectToLogin(c);
    if (!session.user.isAdministrator)
      return denied(c, session.user.name, 403, "E_SHELL_ADMIN_ONLY");
    const appId = Number(c.req.param("app"));
    const appName = readAppName(context, appId);
    if (appName === undefined) return denied(c, session.user.name, 404, "E_SHELL_NOT_FOUND");
    const plugins = listAppPlugins(context, appId, "preview");
    const items =
      plugins.length === 0
        ? `<p class="lk-empty">${escapeHtml(formatMessage("M_SHELL_NO_PLUGINS", "ja"))}</p>`
        : `<ul class="lk-app-list">${plugins.map((plugin) => `<li>${escapeHtml(readPluginName(plugin, "ja"))} <a class="lk-settings-link" href="/k/admin/app/${appId}/plugin/config?pluginId=${encodeURIComponent(plugin.id)}">${escapeHtml(formatMessage("M_SHELL_SETTINGS_LINK", "ja"))}</a></li>`).join("")}</ul>`;
    const body = `<div class="lk-toolbar"><h1 class="lk-page-title"><a href="/k/${appId}/">${escapeHtml(appName)}</a> › ${escapeHtml(formatMessage("M_SHELL_PLUGINS", "ja"))}</h1></div><section class="lk-panel">${items}</section>`;
    return c.html(
      renderFrame({
        lang: "ja",
        title: formatMessage("M_SHELL_PLUGINS", "ja"),
        userName: session.user.name,
        body,
      }),
    );
  });
  app.get("/k/admin/app/:app{[0-9]+}/plugin", (c) =>
    c.redirect(`/k/admin/app/${c.req.param("app")}/plugin/`, 302),
  );
  // The create-plugin template returns to ../../flow?app=ID ("app settings"); the shell has none.
  app.get("/k/admin/app/flow", (c) =>
    c.redirect(`/k/${encodeURIComponent(c.req.query("app") ?? "")}/`, 302),
  );
}
