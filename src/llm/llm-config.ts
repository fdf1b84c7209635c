/** Which kind of endpoint madoguchi talks to. */
export type LlmProvider = "openai" | "azure" | "compatible";

export const LLM_PROVIDERS: readonly LlmProvider[] = ["openai", "azure", "compatible"] as const;

/** A validated model configuration (from the plugin settings or the environment). */
export type LlmConfig = {
  readonly provider: LlmProvider;
  /**
   * OpenAI / compatible: the API base URL including `/v1`. Azure: the resource endpoint,
   * e.g. `https://example.openai.azure.com` (the SDK adds `/openai/deployments/…`).
   */
  readonly baseUrl: string;
  /** Chat model name; for Azure the label stored with results (requests use `deployment`). */
  readonly model: string;
  /** Azure only: the chat deployment name. */
  readonly deployment: string | null;
  /** Azure only: the `api-version` query value. */
  readonly apiVersion: string | null;
  /** Embeddings model (Azure: its deployment name). */
  readonly embeddingModel: string;
  /** Transcription model (Azure: its deployment name). */
  readonly transcriptionModel: string;
  /**
   * Per-attempt timeout in milliseconds (the SDK's own default of 10 minutes is far too long
   * for a person waiting at a desk).
   * @default 30000
   */
  readonly timeoutMs: number;
  /**
   * Retries done by the SDK (408/409/429/5xx and connection errors, with backoff).
   * We never add our own retry loop on top.
   * @default 2
   */
  readonly maxRetries: number;
};

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_RETRIES = 2;
export const OPENAI_BASE_URL = "https://api.openai.com/v1";
export const DEFAULT_EMBEDDING_MODEL = "text-embedding-3-small";
export const DEFAULT_TRANSCRIPTION_MODEL = "gpt-4o-mini-transcribe";
export const MIN_TIMEOUT_MS = 1_000;
export const MAX_TIMEOUT_MS = 600_000;
export const MAX_RETRIES_LIMIT = 5;
