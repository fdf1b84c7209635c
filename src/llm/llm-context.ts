import type OpenAI from "openai";
import type { MaskOptions } from "../core/pii";
import type { LlmConfig } from "./llm-config";

/** What every operation needs: the SDK client, the configuration, the masking options. */
export type LlmContext = {
  readonly client: OpenAI;
  readonly config: LlmConfig;
  /** Passed to the masker, e.g. the city's public phone numbers that must stay readable. */
  readonly maskOptions: MaskOptions;
};

export type TokenUsage = { readonly promptTokens: number; readonly completionTokens: number };

/** Accountability data carried by every AI result, ready to be stored with the record. */
export type LlmResultMeta = {
  readonly mode: "llm";
  readonly provider: string;
  readonly model: string;
  readonly promptVersion: string;
  readonly latencyMs: number;
  /** null when the endpoint did not report usage (some compatible servers). */
  readonly usage: TokenUsage | null;
  /** How many personal-information values were masked in what was sent. */
  readonly piiMasked: number;
};

/** Builds the meta of a finished call. */
export function buildMeta(params: {
  context: LlmContext;
  model: string;
  promptVersion: string;
  startedAt: number;
  usage: TokenUsage | null;
  piiMasked: number;
}): LlmResultMeta {
  return {
    mode: "llm",
    provider: params.context.config.provider,
    model: params.model,
    promptVersion: params.promptVersion,
    latencyMs: Math.round(performance.now() - params.startedAt),
    usage: params.usage,
    piiMasked: params.piiMasked,
  };
}

/** Reads the SDK's usage object, which compatible servers may omit or fill partly. */
export function readUsage(
  usage: { prompt_tokens?: number; completion_tokens?: number } | null | undefined,
): TokenUsage | null {
  if (!usage) return null;
  return { promptTokens: usage.prompt_tokens ?? 0, completionTokens: usage.completion_tokens ?? 0 };
}
