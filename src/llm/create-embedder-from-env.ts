import type { DocEmbedder } from "../core/docs";
import type { MaskOptions } from "../core/pii";
import { createLlmServiceFromEnv } from "./create-llm-service-from-env";

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The embedding model for hybrid manual search, from `MADOGUCHI_LLM_EMBEDDING_MODEL` (with the
 * same endpoint and key variables as the chat model; a chat model need not be configured).
 * Texts pass the PII guard of {@link embedTexts} before they are sent.
 * @returns null when `MADOGUCHI_LLM_EMBEDDING_MODEL` is not set (search stays BM25 only)
 * @throws ConfigError when it is set but the endpoint settings are unusable
 */
export function createEmbedderFromEnv(
  env: Env,
  options: { maskOptions?: MaskOptions } = {},
): DocEmbedder | null {
  const model = (env["MADOGUCHI_LLM_EMBEDDING_MODEL"] ?? "").trim();
  if (!model) return null;
  // The endpoint settings are read as for chat; the chat model name is only a placeholder here.
  const chatModel = (env["MADOGUCHI_LLM_MODEL"] ?? "").trim() || model;
  const service = createLlmServiceFromEnv({ ...env, MADOGUCHI_LLM_MODEL: chatModel }, options);
  if (!service) return null;
  return {
    model,
    async embed(texts, signal) {
      const { vectors } = await service.embed({ inputs: texts, ...(signal ? { signal } : {}) });
      return vectors;
    },
  };
}
