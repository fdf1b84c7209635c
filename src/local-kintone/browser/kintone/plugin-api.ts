import type { BootData } from "../../pages/boot-data";
import { settle } from "./callbacks";
import { postInternal } from "./rest";
import { requestProxy, requestProxyUpload } from "./rest-api";

type Callback = (...args: never[]) => void;
type ProxyEntry = {
  method: string;
  url: string;
  headers: Record<string, string>;
  data: Record<string, unknown>;
};

export const PLUGIN_PROXY_ENDPOINT = "/k/api/plugin/proxy.json";
export const PLUGIN_PROXY_UPLOAD_ENDPOINT = "/k/api/plugin/proxy/upload.json";
export const SET_CONFIG_ENDPOINT = "/k/api/plugin/config/set.json";
export const SET_PROXY_CONFIG_ENDPOINT = "/k/api/plugin/proxy-config/set.json";
/** One-shot read of the stored proxy configs, open only to the settings page's own page token. */
export const READ_PROXY_CONFIG_ENDPOINT = "/k/api/plugin/proxy-config/read.json";

const CONFIG_PAGES = new Set(["index", "detail", "create", "edit", "plugin-config"]);

/**
 * kintone.plugin.app.*. The settings-only APIs work only when the server rendered a settings page
 * (boot.settings), and the proxy configs are held in this page's memory, never in the DOM.
 */
export function createPluginApi(boot: BootData, proxyConfigs: ProxyEntry[]) {
  const settings = boot.settings;
  const requireSettings = (name: string) => {
    if (!settings)
      throw new Error(`kintone.plugin.app.${name} is available only on the plugin settings page`);
    return settings;
  };
  const goToPluginList = () => location.assign(`/k/admin/app/${boot.appId}/plugin/`);

  function getConfig(pluginId: string): Record<string, string> | null {
    if (!CONFIG_PAGES.has(boot.page)) return null;
    const plugin = boot.plugins.find((each) => each.id === pluginId);
    return plugin ? { ...plugin.config } : {};
  }

  function setConfig(config: Record<string, unknown>, successCallback?: () => void): void {
    const { pluginId, pageToken } = requireSettings("setConfig");
    for (const [key, value] of Object.entries(config ?? {})) {
      if (typeof value !== "string")
        throw new TypeError(`kintone.plugin.app.setConfig: the value of "${key}" must be a string`);
    }
    postInternal(
      SET_CONFIG_ENDPOINT,
      { app: boot.appId, pluginId, pageToken, config },
      boot.requestToken,
    ).then(
      () => (typeof successCallback === "function" ? successCallback() : goToPluginList()),
      (error: unknown) => console.error(error),
    );
  }

  function getProxyConfig(
    url: string,
    method: string,
  ): { headers: Record<string, string>; data: Record<string, unknown> } | null {
    if (!settings) return null;
    const found = proxyConfigs.find(
      (each) => each.url === url && each.method === String(method).toUpperCase(),
    );
    return found ? { headers: { ...found.headers }, data: { ...found.data } } : null;
  }

  function setProxyConfig(
    url: string,
    method: string,
    headers: Record<string, unknown>,
    data: Record<string, unknown>,
    successCallback?: () => void,
  ): void {
    const { pluginId, pageToken } = requireSettings("setProxyConfig");
    const body = {
      app: boot.appId,
      pluginId,
      pageToken,
      url,
      method,
      headers: headers ?? {},
      data: data ?? {},
    };
    postInternal(SET_PROXY_CONFIG_ENDPOINT, body, boot.requestToken).then(
      (saved) => {
        const entry = saved as ProxyEntry;
        const index = proxyConfigs.findIndex(
          (each) => each.url === entry.url && each.method === entry.method,
        );
        if (index >= 0) proxyConfigs.splice(index, 1, entry);
        else proxyConfigs.push(entry);
        if (typeof successCallback === "function") successCallback();
        else goToPluginList();
      },
      (error: unknown) => console.error(error),
    );
  }

  function proxy(
    pluginId: string,
    url: string,
    method: string,
    headers: Record<string, unknown>,
    data: unknown,
    success?: Callback,
    failure?: (e: unknown) => void,
  ) {
    const payload = { app: boot.appId, pluginId, url, method, headers, data };
    return settle(
      requestProxy(PLUGIN_PROXY_ENDPOINT, payload, boot.requestToken),
      success,
      failure,
      true,
    );
  }
  function upload(
    pluginId: string,
    url: string,
    method: string,
    headers: Record<string, unknown>,
    data: { format?: string; value?: unknown },
    success?: Callback,
    failure?: (e: unknown) => void,
  ) {
    const meta = { app: boot.appId, pluginId, url, method, headers };
    return settle(
      requestProxyUpload(PLUGIN_PROXY_UPLOAD_ENDPOINT, meta, data, boot.requestToken),
      success,
      failure,
      true,
    );
  }

  return {
    getConfig,
    setConfig,
    getProxyConfig,
    setProxyConfig,
    proxy: Object.assign(proxy, { upload }),
  };
}

/** Reads the stored proxy configs once, with the settings page's token (consumed by the server). */
export async function loadProxyConfigs(boot: BootData): Promise<ProxyEntry[]> {
  if (!boot.settings) return [];
  const { pluginId, pageToken } = boot.settings;
  const result = (await postInternal(
    READ_PROXY_CONFIG_ENDPOINT,
    { app: boot.appId, pluginId, pageToken },
    boot.requestToken,
  )) as {
    configs: ProxyEntry[];
  };
  return result.configs;
}
