/**
 * The model seam: the only code in madoguchi that talks to a language model. Every outgoing
 * text passes the personal-information guard here; the plugin reaches the model only through
 * kintone's proxy, so the API key never reaches a browser.
 */
export type { LlmConfig, LlmProvider } from "./llm-config";
export {
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  LLM_PROVIDERS,
  OPENAI_BASE_URL,
} from "./llm-config";
export type { LlmConfigFieldError, ParseLlmConfigResult } from "./parse-llm-config";
export { describeLlmConfigErrors, parseLlmConfig } from "./parse-llm-config";
export type { LlmEnvSettings } from "./llm-config-from-env";
export { llmConfigFromEnv } from "./llm-config-from-env";
export type { LlmTransport } from "./create-openai-client";
export { createOpenAiClient } from "./create-openai-client";
export type { KintonePluginProxyApi, KintoneProxyReply, ProxyFetch } from "./kintone-proxy-fetch";
export {
  createKintoneProxyFetch,
  KintoneProxyFailure,
  PROXY_PLACEHOLDER_KEY,
} from "./kintone-proxy-fetch";
export type { ProxyConfigEntry } from "./proxy-config";
export { buildProxyConfigEntries, proxyUrlPrefix } from "./proxy-config";
export { mapLlmError } from "./map-error";
export type { Audience, GuardStats, PiiGuard } from "./pii-guard";
export { createPiiGuard } from "./pii-guard";
export type { LlmResultMeta, TokenUsage } from "./llm-context";
export type { LlmService } from "./llm-service";
export { createAnswerModel, createLlmService } from "./llm-service";
export { createAnswerModelFromEnv } from "./create-answer-model-from-env";
export { createLlmServiceFromEnv } from "./create-llm-service-from-env";
export { createEmbedderFromEnv } from "./create-embedder-from-env";
export type { DraftAnswerOutcome } from "./operations/draft-answer";
export type { SummaryOutcome } from "./operations/summarize-transcript";
export type { TriageSuggestion } from "./operations/classify-triage";
export { TRIAGE_ACTIONS, TRIAGE_REASON_CODES } from "./operations/classify-triage";
export type { TranscriptOutcome } from "./operations/transcribe-audio";
export type { EmbeddingOutcome } from "./operations/embed-texts";
export {
  EMBED_PROMPT_VERSION,
  SUMMARY_PROMPT_VERSION,
  TRANSCRIBE_PROMPT_VERSION,
  TRIAGE_PROMPT_VERSION,
} from "./prompts";
