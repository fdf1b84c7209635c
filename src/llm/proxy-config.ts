import type { LlmConfig } from "./llm-config";

/** One `kintone.plugin.app.setProxyConfig(url, method, headers, data)` call. */
export type ProxyConfigEntry = {
  readonly url: string;
  readonly method: "POST";
  readonly headers: Readonly<Record<string, string>>;
  readonly data: Readonly<Record<string, string>>;
};

/**
 * The proxy configs the plugin settings page must save so that kintone adds the API key
 * server-side to every model call. kintone matches stored configs by method and URL prefix,
 * so one entry per provider covers chat, embeddings and transcription (all POST).
 * Never store `Content-Type` here: stored headers override the caller's, which would break
 * multipart uploads.
 * [doc] https://cybozu.dev/ja/kintone/docs/js-api/plugins/set-config-for-proxy
 */
export function buildProxyConfigEntries(config: LlmConfig, apiKey: string): ProxyConfigEntry[] {
  const headers: Record<string, string> =
    config.provider === "azure" ? { "api-key": apiKey } : { Authorization: `Bearer ${apiKey}` };
  return [{ url: proxyUrlPrefix(config), method: "POST", headers, data: {} }];
}

/** The URL prefix every request of this configuration starts with. */
export function proxyUrlPrefix(config: LlmConfig): string {
  const base = config.baseUrl.replace(/\/+$/, "");
  return config.provider === "azure" ? `${base}/openai/` : `${base}/`;
}
