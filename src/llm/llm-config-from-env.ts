import { ConfigError } from "../errors";
import { formatMessage } from "../messages/browser";
import type { LlmConfig, LlmProvider } from "./llm-config";
import { parseLlmConfig } from "./parse-llm-config";

/** A configuration read from the environment, with the key that Node may hold. */
export type LlmEnvSettings = { readonly config: LlmConfig; readonly apiKey: string };

type Env = Readonly<Record<string, string | undefined>>;

// Local OpenAI-compatible servers (Ollama, llama.cpp, vLLM without --api-key) ignore the key,
// but the SDK insists on one.
const UNUSED_KEY = "unused";

/**
 * Reads the model configuration from environment variables (names in docs/llm.md).
 * @returns null when no model is configured (madoguchi then works offline)
 * @throws ConfigError when a model is configured but the settings are unusable
 */
export function llmConfigFromEnv(env: Env): LlmEnvSettings | null {
  const model = value(env, "MADOGUCHI_LLM_MODEL");
  const deployment = value(env, "MADOGUCHI_LLM_DEPLOYMENT");
  if (!model && !deployment) return null;
  const provider = detectProvider(env);
  const azure = provider === "azure";
  const parsed = parseLlmConfig({
    provider,
    baseUrl: azure ? value(env, "AZURE_OPENAI_ENDPOINT") : value(env, "OPENAI_BASE_URL"),
    model,
    deployment: deployment || model,
    apiVersion: value(env, "OPENAI_API_VERSION"),
    embeddingModel: value(env, "MADOGUCHI_LLM_EMBEDDING_MODEL"),
    transcriptionModel: value(env, "MADOGUCHI_LLM_TRANSCRIPTION_MODEL"),
    timeoutMs: value(env, "MADOGUCHI_LLM_TIMEOUT_MS"),
    maxRetries: value(env, "MADOGUCHI_LLM_MAX_RETRIES"),
  });
  if (!parsed.ok) {
    const detail = parsed.errors
      .map((error) => `${error.field}: ${formatMessage(error.key, "ja")}`)
      .join(" ");
    throw new ConfigError("CONFIG_LLM", detail);
  }
  const keyVariable = azure ? "AZURE_OPENAI_API_KEY" : "OPENAI_API_KEY";
  const apiKey = azure
    ? value(env, "AZURE_OPENAI_API_KEY") || value(env, "OPENAI_API_KEY")
    : value(env, "OPENAI_API_KEY");
  if (!apiKey && provider !== "compatible") {
    throw new ConfigError(
      "CONFIG_LLM",
      formatMessage("E_LLM_API_KEY_MISSING", "ja", { variable: keyVariable }),
    );
  }
  return { config: parsed.config, apiKey: apiKey || UNUSED_KEY };
}

function detectProvider(env: Env): LlmProvider | string {
  const explicit = value(env, "MADOGUCHI_LLM_PROVIDER");
  if (explicit) return explicit;
  if (value(env, "AZURE_OPENAI_ENDPOINT")) return "azure";
  const baseUrl = value(env, "OPENAI_BASE_URL");
  if (baseUrl && !/^https:\/\/api\.openai\.com(\/|$)/.test(baseUrl)) return "compatible";
  return "openai";
}

function value(env: Env, name: string): string {
  return (env[name] ?? "").trim();
}
