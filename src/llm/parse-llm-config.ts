import type { Lang, BrowserMessageKey } from "../messages/browser";
import { formatMessage } from "../messages/browser";
import type { LlmConfig, LlmProvider } from "./llm-config";
import {
  DEFAULT_EMBEDDING_MODEL,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_TRANSCRIPTION_MODEL,
  LLM_PROVIDERS,
  MAX_RETRIES_LIMIT,
  MAX_TIMEOUT_MS,
  MIN_TIMEOUT_MS,
  OPENAI_BASE_URL,
} from "./llm-config";

/** One problem with one settings field, for the plugin settings page to show next to it. */
export type LlmConfigFieldError = {
  readonly field: keyof LlmConfig;
  readonly key: BrowserMessageKey;
};

export type ParseLlmConfigResult =
  | { readonly ok: true; readonly config: LlmConfig }
  | { readonly ok: false; readonly errors: readonly LlmConfigFieldError[] };

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);
// Model and deployment names become URL path segments (Azure) and JSON values.
const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:/@-]{0,127}$/;

/**
 * Turns untrusted settings (plugin config strings, env values, JSON) into an {@link LlmConfig}
 * or a list of field-level errors with message keys. Numbers may be given as strings because
 * kintone plugin config values are always strings.
 */
export function parseLlmConfig(raw: unknown): ParseLlmConfigResult {
  const input = isRecord(raw) ? raw : {};
  const errors: LlmConfigFieldError[] = [];
  const provider = readProvider(input["provider"], errors);
  const baseUrl = readBaseUrl(provider, readText(input["baseUrl"]), errors);
  const deployment = readText(input["deployment"]);
  const apiVersion = readText(input["apiVersion"]);
  if (provider === "azure" && !deployment) {
    errors.push({ field: "deployment", key: "E_LLM_CONFIG_AZURE_DEPLOYMENT_MISSING" });
  }
  if (provider === "azure" && !apiVersion) {
    errors.push({ field: "apiVersion", key: "E_LLM_CONFIG_AZURE_API_VERSION_MISSING" });
  }
  const model = readText(input["model"]) || (provider === "azure" ? deployment : "");
  if (!model) errors.push({ field: "model", key: "E_LLM_CONFIG_MODEL_MISSING" });
  const names = {
    model,
    deployment,
    embeddingModel: readText(input["embeddingModel"]) || DEFAULT_EMBEDDING_MODEL,
    transcriptionModel: readText(input["transcriptionModel"]) || DEFAULT_TRANSCRIPTION_MODEL,
  } as const;
  for (const [field, value] of Object.entries(names)) {
    if (value && !NAME_PATTERN.test(value)) {
      errors.push({ field: field as keyof LlmConfig, key: "E_LLM_CONFIG_NAME_INVALID" });
    }
  }
  const timeoutMs = readInteger(input["timeoutMs"], DEFAULT_TIMEOUT_MS);
  if (timeoutMs === null || timeoutMs < MIN_TIMEOUT_MS || timeoutMs > MAX_TIMEOUT_MS) {
    errors.push({ field: "timeoutMs", key: "E_LLM_CONFIG_TIMEOUT_INVALID" });
  }
  const maxRetries = readInteger(input["maxRetries"], DEFAULT_MAX_RETRIES);
  if (maxRetries === null || maxRetries < 0 || maxRetries > MAX_RETRIES_LIMIT) {
    errors.push({ field: "maxRetries", key: "E_LLM_CONFIG_RETRIES_INVALID" });
  }
  if (errors.length > 0 || provider === null || timeoutMs === null || maxRetries === null) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    config: {
      provider,
      baseUrl,
      ...names,
      deployment: provider === "azure" ? deployment : null,
      apiVersion: provider === "azure" ? apiVersion : null,
      timeoutMs,
      maxRetries,
    },
  };
}

/**
 * The settings page's error texts, one per field (the first problem of each field).
 * @example describeLlmConfigErrors(result.errors, "ja").model // "モデル名を入力してください…"
 */
export function describeLlmConfigErrors(
  errors: readonly LlmConfigFieldError[],
  lang: Lang = "ja",
): Partial<Record<keyof LlmConfig, string>> {
  const described: Partial<Record<keyof LlmConfig, string>> = {};
  for (const error of errors) described[error.field] ??= formatMessage(error.key, lang);
  return described;
}

function readProvider(value: unknown, errors: LlmConfigFieldError[]): LlmProvider | null {
  const text = readText(value) || "openai";
  const provider = LLM_PROVIDERS.find((candidate) => candidate === text.toLowerCase());
  if (!provider) errors.push({ field: "provider", key: "E_LLM_CONFIG_PROVIDER_INVALID" });
  return provider ?? null;
}

function readBaseUrl(
  provider: LlmProvider | null,
  text: string,
  errors: LlmConfigFieldError[],
): string {
  if (!text) {
    if (provider === "openai") return OPENAI_BASE_URL;
    errors.push({ field: "baseUrl", key: "E_LLM_CONFIG_BASE_URL_MISSING" });
    return "";
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    errors.push({ field: "baseUrl", key: "E_LLM_CONFIG_URL_INVALID" });
    return "";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    errors.push({ field: "baseUrl", key: "E_LLM_CONFIG_URL_INVALID" });
  } else if (url.username || url.password || url.search || url.hash) {
    // Credentials or queries in the URL would end up in logs and in the proxy config key.
    errors.push({ field: "baseUrl", key: "E_LLM_CONFIG_URL_INVALID" });
  } else if (url.protocol === "http:" && !isLoopback(url.hostname)) {
    errors.push({ field: "baseUrl", key: "E_LLM_CONFIG_URL_INSECURE" });
  }
  return url.href.replace(/\/+$/, "");
}

function isLoopback(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || /^127(\.\d{1,3}){3}$/.test(hostname);
}

function readText(value: unknown): string {
  return typeof value === "string" ? value.trim() : "";
}

function readInteger(value: unknown, fallback: number): number | null {
  if (value === undefined || value === null || value === "") return fallback;
  const number = typeof value === "number" ? value : Number(String(value).trim());
  return Number.isInteger(number) ? number : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
