import type { LlmContext, LlmResultMeta } from "../llm-context";
import { buildMeta, readUsage } from "../llm-context";
import { mapLlmError } from "../map-error";
import { createPiiGuard } from "../pii-guard";
import { EMBED_PROMPT_VERSION } from "../prompts";
import { badResponse } from "../request-structured";

export type EmbeddingOutcome = {
  /** One vector per input, in input order. */
  readonly vectors: readonly (readonly number[])[];
  readonly meta: LlmResultMeta;
};

/**
 * Embeds texts for optional hybrid retrieval. Inputs are masked first, so FAQ text and
 * citizen questions are embedded in the same masked form.
 * @throws PiiBlockedError when an input holds block-class PII (nothing is sent)
 */
export async function embedTexts(
  context: LlmContext,
  params: { inputs: readonly string[]; signal?: AbortSignal },
): Promise<EmbeddingOutcome> {
  const startedAt = performance.now();
  const guard = createPiiGuard(context.maskOptions);
  const input = guard.protectAll(params.inputs);
  const model = context.config.embeddingModel;
  if (input.length === 0) {
    const meta = buildMeta({
      context,
      model,
      promptVersion: EMBED_PROMPT_VERSION,
      startedAt,
      usage: null,
      piiMasked: 0,
    });
    return { vectors: [], meta };
  }
  let response;
  try {
    response = await context.client.embeddings.create(
      { model, input, encoding_format: "float" },
      params.signal ? { signal: params.signal } : undefined,
    );
  } catch (error) {
    throw mapLlmError(error, context.config);
  }
  const data = Array.isArray(response?.data) ? response.data : [];
  const vectors: (number[] | undefined)[] = Array.from({ length: input.length }, () => undefined);
  for (const item of data) {
    if (Number.isInteger(item.index) && Array.isArray(item.embedding))
      vectors[item.index] = item.embedding;
  }
  if (data.length !== input.length || !vectors.every((vector) => Array.isArray(vector))) {
    throw badResponse("embedding count does not match the inputs");
  }
  return {
    vectors: vectors as number[][],
    meta: buildMeta({
      context,
      model,
      promptVersion: EMBED_PROMPT_VERSION,
      startedAt,
      usage: readUsage(response.usage),
      piiMasked: guard.stats.masked,
    }),
  };
}
