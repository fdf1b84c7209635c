import type { ServerContext } from "../context";
import {
  getApp,
  getPluginConfig,
  listAppPlugins,
  resolveCustomization,
  type StoredPlugin,
} from "../store";
import type { LocalUser } from "../users";
import type { BootData, BootPlugin, BootUser, ShellPage } from "./boot-data";
import type { PageSession } from "./page-session";

const URL_RESOURCE = /^https?:\/\//i;

/** The URL a page loads a plugin file from: external URLs as they are, packaged files from us. */
export function toPluginFileUrl(pluginId: string, path: string): string {
  if (URL_RESOURCE.test(path)) return path;
  const clean = path.replace(/^\.?\//, "");
  return `/k/api/plugin-files/${encodeURIComponent(pluginId)}/${clean.split("/").map(encodeURIComponent).join("/")}`;
}

/** The plugin's display name in the page language. */
export function readPluginName(plugin: StoredPlugin, lang: "ja" | "en"): string {
  return plugin.manifest.name[lang] ?? plugin.manifest.name.en;
}

export function toBootUser(user: LocalUser): BootUser {
  return {
    id: String(user.code === "Administrator" ? 1 : 100 + user.code.length),
    code: user.code,
    name: user.name,
    email: `${user.code.toLowerCase()}@example.invalid`,
    url: "",
    employeeNumber: "",
    phone: "",
    mobilePhone: "",
    extensionNumber: "",
    timezone: "Asia/Tokyo",
    isGuest: false,
    language: "ja",
  };
}

/** The app's name as users see it (live once deployed, pre-live before the first deploy). */
export function readAppName(context: ServerContext, appId: number): string | undefined {
  const app = getApp(context, appId);
  if (!app) return undefined;
  return app.deployed ? app.live.name : app.preview.name;
}

/** Boot data for the portal and record pages: enabled plugins (live config) and the customization. */
export function buildRecordPageBoot(
  context: ServerContext,
  page: PageSession,
  params: { page: ShellPage; appId: number | null },
): BootData {
  const lang = "ja";
  const appId = params.appId;
  let plugins: BootPlugin[] = [];
  let customize: BootData["customize"] = { js: [], css: [] };
  if (appId !== null) {
    plugins = listAppPlugins(context, appId, "live").map((plugin) => ({
      id: plugin.id,
      name: readPluginName(plugin, lang),
      config: getPluginConfig(context, { appId, pluginId: plugin.id, stage: "live" }),
      js: (plugin.manifest.desktop?.js ?? []).map((path) => toPluginFileUrl(plugin.id, path)),
      css: (plugin.manifest.desktop?.css ?? []).map((path) => toPluginFileUrl(plugin.id, path)),
    }));
    const resolved = resolveCustomization(context, appId, "live");
    const applies =
      resolved &&
      (resolved.scope === "ALL" || (resolved.scope === "ADMIN" && page.user.isAdministrator));
    if (resolved && applies) customize = { js: resolved.desktop.js, css: resolved.desktop.css };
  }
  return {
    page: params.page,
    appId,
    appName: appId === null ? "" : (readAppName(context, appId) ?? ""),
    user: toBootUser(page.user),
    isAdministrator: page.user.isAdministrator,
    requestToken: page.session.requestToken,
    lang,
    plugins,
    customize,
    settings: null,
  };
}
