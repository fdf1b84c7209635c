import { assertAdministrator } from "../../auth";
import { InvalidPluginError, readPluginZip } from "../../plugins/read-plugin-zip";
import type { PluginPackage } from "../../plugins/read-plugin-zip";
import {
  deletePlugin,
  getPlugin,
  listApps,
  listPlugins,
  readUploadedFile,
  savePlugin,
  updatePreviewSettings,
} from "../../store";
import type { AppSettings, StoredPlugin } from "../../store";
import { loadApp } from "../app-access";
import { createApiError, createParamError, fileNotFound } from "../errors";
import { readOptionalArray, readOptionalInt, readString } from "../read-params";
import type { ApiRequest, HandlerTable, PreparedHandler } from "../types";

/** plugins.json returns at most 100 plugins per call. */
export const PLUGINS_LIMIT = 100;

function localName(
  texts: Record<string, string | undefined> | undefined,
  request: ApiRequest,
): string {
  return texts?.[request.lang] ?? texts?.en ?? "";
}

function describePlugin(plugin: StoredPlugin, request: ApiRequest) {
  return {
    id: plugin.id,
    name: localName(plugin.manifest.name, request),
    description: localName(plugin.manifest.description, request),
    version: plugin.version,
    isMarketPlugin: false,
  };
}

function readPage(request: ApiRequest): { offset: number; limit: number } {
  const offset = readOptionalInt(request.params, "offset") ?? 0;
  const limit = readOptionalInt(request.params, "limit") ?? PLUGINS_LIMIT;
  if (limit < 1 || limit > PLUGINS_LIMIT)
    throw createParamError("limit", "E_LK_V_BULK_LIMIT", { min: 1, max: PLUGINS_LIMIT });
  return { offset, limit };
}

async function preparePackage(request: ApiRequest): Promise<PluginPackage> {
  assertAdministrator(request.auth);
  const fileKey = readString(request.params, "fileKey");
  const file = readUploadedFile(request.context, fileKey);
  if (!file) throw fileNotFound(fileKey);
  try {
    return await readPluginZip(file.data);
  } catch (error) {
    if (error instanceof InvalidPluginError)
      throw createApiError(400, "GAIA_PL02", { detail: error.message });
    throw error;
  }
}

const installPlugin: PreparedHandler = {
  prepare: preparePackage,
  run: (request, prepared) => {
    const pluginPackage = prepared as PluginPackage;
    if (getPlugin(request.context, pluginPackage.id))
      throw createApiError(400, "GAIA_PL03", { id: pluginPackage.id });
    savePlugin(request.context, pluginPackage);
    return { id: pluginPackage.id, version: pluginPackage.version };
  },
};

const updatePlugin: PreparedHandler = {
  prepare: preparePackage,
  run: (request, prepared) => {
    const pluginPackage = prepared as PluginPackage;
    const id = readString(request.params, "id");
    if (!getPlugin(request.context, id)) throw createApiError(404, "GAIA_PL01", { id });
    if (id !== pluginPackage.id)
      throw createApiError(400, "GAIA_PL02", {
        detail: `the package is plug-in ${pluginPackage.id}, not ${id}`,
      });
    savePlugin(request.context, pluginPackage);
    return { id, version: pluginPackage.version };
  },
};

function appPluginsBody(settings: AppSettings, revision: number, request: ApiRequest) {
  const plugins = settings.plugins
    .map((id) => getPlugin(request.context, id))
    .filter((plugin): plugin is StoredPlugin => plugin !== undefined)
    .map((plugin) => ({
      id: plugin.id,
      name: localName(plugin.manifest.name, request),
      enabled: true,
    }));
  return { plugins, revision: String(revision) };
}

/** System plugin APIs (install, update, list, uninstall) and per-app plugin APIs. */
export const PLUGIN_HANDLERS: HandlerTable = {
  "GET plugins": (request) => {
    assertAdministrator(request.auth);
    const ids = readOptionalArray(request.params, "ids")?.map(String);
    const { offset, limit } = readPage(request);
    const plugins = listPlugins(request.context).filter(
      (plugin) => !ids || ids.includes(plugin.id),
    );
    return {
      plugins: plugins
        .slice(offset, offset + limit)
        .map((plugin) => describePlugin(plugin, request)),
    };
  },
  "GET plugins/required": (request) => {
    assertAdministrator(request.auth);
    readPage(request);
    return { plugins: [] };
  },
  "GET plugin/apps": (request) => {
    assertAdministrator(request.auth);
    const id = readString(request.params, "id");
    if (!getPlugin(request.context, id)) throw createApiError(404, "GAIA_PL01", { id });
    const { offset, limit } = readPage(request);
    const apps = listApps(request.context).filter(
      (app) => app.deployed && app.live.plugins.includes(id),
    );
    return {
      apps: apps
        .slice(offset, offset + limit)
        .map((app) => ({ id: String(app.id), name: app.live.name })),
    };
  },
  "POST plugin": installPlugin,
  "PUT plugin": updatePlugin,
  "DELETE plugin": (request) => {
    assertAdministrator(request.auth);
    const id = readString(request.params, "id");
    if (!getPlugin(request.context, id)) throw createApiError(404, "GAIA_PL01", { id });
    deletePlugin(request.context, id);
    return {};
  },
  "GET app/plugins": (request) => {
    const { app, settings } = loadApp(request, { right: "manage" });
    return appPluginsBody(settings, app.revision, request);
  },
  "GET preview/app/plugins": (request) => {
    const { app, settings } = loadApp(request, { right: "manage", stage: "preview" });
    return appPluginsBody(settings, app.revision, request);
  },
  "POST preview/app/plugins": (request) => {
    const { app } = loadApp(request, { right: "manage", stage: "preview" });
    const ids = (readOptionalArray(request.params, "ids") ?? []).map(String);
    if (ids.length === 0) throw createParamError("ids", "E_LK_V_REQUIRED_PARAM");
    for (const id of ids)
      if (!getPlugin(request.context, id)) throw createApiError(404, "GAIA_PL01", { id });
    const revision = updatePreviewSettings(request.context, {
      appId: app.id,
      user: request.auth.user.code,
      update: (preview) => {
        for (const id of ids) if (!preview.plugins.includes(id)) preview.plugins.push(id);
      },
    });
    return { revision: String(revision) };
  },
};
