import type { KintoneApi } from "../client/kintone-api";
import { callKintone } from "../client/map-kintone-error";
import type { PackedPlugin } from "./pack-plugin";

export type PluginInstallResult = "installed" | "updated" | "unchanged";

/**
 * Installs the plugin, or updates it when its contents changed since the last setup
 * (`previousHash`). Leaves it alone otherwise, so a second run changes nothing.
 */
export async function installPlugin(
  api: KintoneApi,
  params: { plugin: PackedPlugin; previousHash: string | null },
): Promise<PluginInstallResult> {
  const { plugin } = params;
  const listed = await callKintone(api.baseUrl, () =>
    api.client.plugin.getPlugins({ ids: [plugin.id] }),
  );
  const installed = listed.plugins.some((entry) => entry.id === plugin.id);
  if (installed && params.previousHash === plugin.contentHash) return "unchanged";
  const { fileKey } = await callKintone(api.baseUrl, () =>
    api.client.file.uploadFile({ file: { name: "madoguchi-plugin.zip", data: plugin.zip } }),
  );
  if (installed) {
    await callKintone(api.baseUrl, () =>
      api.client.plugin.updatePlugin({ id: plugin.id, fileKey }),
    );
    return "updated";
  }
  await callKintone(api.baseUrl, () => api.client.plugin.installPlugin({ fileKey }));
  return "installed";
}

/** Adds the plugin to an app's pre-live settings unless it is there. @returns true when added */
export async function enablePluginInApp(
  api: KintoneApi,
  params: { appId: string; pluginId: string },
): Promise<boolean> {
  const current = await callKintone(api.baseUrl, () =>
    api.client.app.getPlugins({ app: params.appId, preview: true }),
  );
  if (current.plugins.some((plugin) => plugin.id === params.pluginId)) return false;
  await callKintone(api.baseUrl, () =>
    api.client.app.addPlugins({ app: params.appId, ids: [params.pluginId] }),
  );
  return true;
}
