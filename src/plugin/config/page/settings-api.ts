import type { ProxyConfigEntry } from "../../../llm";
import type { StoredConfig } from "../parse-config";

/** The settings-page-only part of kintone.plugin.app (the proxy config is readable only here). */
export type SettingsApi = {
  getConfig(pluginId: string): Record<string, string> | null;
  setConfig(config: StoredConfig, successCallback?: () => void): void;
  getProxyConfig(url: string, method: string): { headers: Record<string, string> } | null;
  setProxyConfig(
    url: string,
    method: string,
    headers: Record<string, string>,
    data: Record<string, string>,
    successCallback?: () => void,
  ): void;
};

/** The page's `kintone.plugin.app`. */
export function getSettingsApi(): SettingsApi {
  return (globalThis as unknown as { kintone: { plugin: { app: SettingsApi } } }).kintone.plugin
    .app;
}

/**
 * Saves the API key ONLY as proxy config (kintone adds the headers server-side to proxied calls),
 * then the rest of the settings with setConfig. The key never enters setConfig.
 */
export async function saveSettings(params: {
  api: SettingsApi;
  proxyEntries: readonly ProxyConfigEntry[];
  config: StoredConfig;
}): Promise<void> {
  for (const entry of params.proxyEntries) {
    await new Promise<void>((resolve) =>
      params.api.setProxyConfig(
        entry.url,
        entry.method,
        { ...entry.headers },
        { ...entry.data },
        resolve,
      ),
    );
  }
  await new Promise<void>((resolve) => params.api.setConfig(params.config, resolve));
}

/** True when a key is stored for this URL prefix (the value itself is never shown). */
export function hasStoredKey(api: SettingsApi, urlPrefix: string | null): boolean {
  if (!urlPrefix) return false;
  return api.getProxyConfig(urlPrefix, "POST") !== null;
}
