import OpenAI, { AzureOpenAI } from "openai";
import type { KintonePluginProxyApi } from "./kintone-proxy-fetch";
import { createKintoneProxyFetch, PROXY_PLACEHOLDER_KEY } from "./kintone-proxy-fetch";
import type { LlmConfig } from "./llm-config";

/**
 * How requests leave this process: Node holds the key and uses the SDK's own fetch; the
 * plugin goes through kintone's proxy and never sees the key.
 */
export type LlmTransport =
  | { readonly kind: "node"; readonly apiKey: string }
  | {
      readonly kind: "kintone-proxy";
      readonly pluginId: string;
      readonly kintone: KintonePluginProxyApi;
    };

/** Builds the SDK client for a configuration, with an explicit timeout and the SDK's retries. */
export function createOpenAiClient(config: LlmConfig, transport: LlmTransport): OpenAI {
  const viaProxy = transport.kind === "kintone-proxy";
  const common = {
    apiKey: viaProxy ? PROXY_PLACEHOLDER_KEY : transport.apiKey,
    timeout: config.timeoutMs,
    maxRetries: config.maxRetries,
    // Explicit nulls stop the SDK from picking up OPENAI_ORG_ID / OPENAI_PROJECT_ID.
    organization: null,
    project: null,
    ...(viaProxy
      ? {
          fetch: createKintoneProxyFetch({
            pluginId: transport.pluginId,
            kintone: transport.kintone,
          }),
          // Safe only here: the key in the browser is a placeholder; kintone adds the real one.
          dangerouslyAllowBrowser: true,
        }
      : { fetch: createPlatformFetch() }),
  };
  if (config.provider === "azure") {
    // baseURL instead of endpoint: the SDK would otherwise also read OPENAI_BASE_URL and refuse.
    return new AzureOpenAI({
      ...common,
      baseURL: `${config.baseUrl.replace(/\/+$/, "")}/openai`,
      apiVersion: config.apiVersion ?? undefined,
    });
  }
  return new OpenAI({ ...common, baseURL: config.baseUrl });
}

/** The model name to put in a chat request (Azure routes by deployment). */
export function chatModelName(config: LlmConfig): string {
  return config.provider === "azure" ? (config.deployment ?? config.model) : config.model;
}

/**
 * The platform's own fetch, with one fix: a rejection that is not an `Error` of this realm
 * (undici's DOMException seen from a test runner's VM context) is re-created as one, keeping
 * its name, so the SDK still recognises aborts as timeouts instead of connection failures.
 */
function createPlatformFetch() {
  const platformFetch = (input: string | URL | Request, init?: RequestInit): Promise<Response> =>
    globalThis.fetch(input, init).catch((error: unknown) => {
      if (error instanceof Error || typeof error !== "object" || error === null) throw error;
      const { name, message } = error as { name?: unknown; message?: unknown };
      throw Object.assign(new Error(String(message ?? "fetch failed")), {
        name: typeof name === "string" ? name : "Error",
        cause: error,
      });
    });
  return Object.assign(platformFetch, { Response: globalThis.Response });
}
