import type { AnswerDraftReply, AnswerDraftRequest } from "../../core/answer";
import type { JsonSchema } from "../../core/summary";
import { chatModelName } from "../create-openai-client";
import type { LlmContext, LlmResultMeta } from "../llm-context";
import { buildMeta } from "../llm-context";
import type { Audience } from "../pii-guard";
import { createPiiGuard } from "../pii-guard";
import { badResponse, requestStructured } from "../request-structured";

export type DraftAnswerOutcome = { readonly reply: AnswerDraftReply; readonly meta: LlmResultMeta };

/**
 * Drafts a grounded FAQ answer: every message is masked, the reply must be JSON for the
 * schema, cite only `citableIds`, and be non-empty unless it asks for a transfer.
 * @throws PiiBlockedError before anything is sent when a message holds block-class PII
 * @throws LlmBadResponseError for unusable or ungrounded replies (the engine falls back)
 */
export async function draftAnswer(
  context: LlmContext,
  request: AnswerDraftRequest,
  options: { audience: Audience; signal?: AbortSignal },
): Promise<DraftAnswerOutcome> {
  const startedAt = performance.now();
  const guard = createPiiGuard(context.maskOptions);
  const contents = guard.protectAll(request.messages.map((message) => message.content));
  const messages = request.messages.map((message, index) => ({
    role: message.role,
    content: contents[index] ?? "",
  }));
  const model = chatModelName(context.config);
  const { value, usage } = await requestStructured({
    context,
    model,
    messages,
    schemaName: "faq_answer_draft",
    schema: buildAnswerSchema(request.citableIds),
    normalize: normalizeAnswerKeys,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const raw = value as {
    answer: string;
    citations: string[];
    needs_transfer: boolean;
    reason: string | null;
  };
  const citable = new Set(request.citableIds);
  const outside = raw.citations.filter((id) => !citable.has(id));
  if (outside.length > 0) throw badResponse(`cited ids not retrieved: ${outside.join(", ")}`);
  if (!raw.needs_transfer && (raw.answer.trim() === "" || raw.citations.length === 0)) {
    throw badResponse(raw.answer.trim() === "" ? "empty answer" : "answer without citations");
  }
  const reply: AnswerDraftReply = {
    answer: guard.restore(raw.answer.trim(), options.audience),
    citations: [...new Set(raw.citations)],
    needsTransfer: raw.needs_transfer,
    reason: raw.reason === null ? null : guard.restore(raw.reason, options.audience),
  };
  const meta = buildMeta({
    context,
    model,
    promptVersion: request.promptVersion,
    startedAt,
    usage,
    piiMasked: guard.stats.masked,
  });
  return { reply, meta };
}

/**
 * Servers that ignore the response schema follow the prompt's wording instead; accept its
 * camelCase `needsTransfer` as the schema's `needs_transfer`.
 */
function normalizeAnswerKeys(value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const { needsTransfer, ...rest } = value as Record<string, unknown>;
  if (needsTransfer === undefined || "needs_transfer" in rest) return value;
  return { ...rest, needs_transfer: needsTransfer };
}

function buildAnswerSchema(citableIds: readonly string[]): JsonSchema {
  return {
    type: "object",
    properties: {
      answer: { type: "string", description: "市民への回答文。引用したFAQの内容だけに基づく。" },
      citations: {
        type: "array",
        // An empty enum is not a valid schema; with nothing retrievable any citation is rejected.
        items:
          citableIds.length > 0 ? { type: "string", enum: [...citableIds] } : { type: "string" },
        description: "回答の根拠にしたFAQのid。",
      },
      needs_transfer: { type: "boolean", description: "職員への引き継ぎが必要なら true。" },
      reason: {
        type: ["string", "null"],
        description:
          "引き継ぎや判断の理由を短く（例: low_confidence, personal_status）。なければ null。",
      },
    },
    required: ["answer", "citations", "needs_transfer", "reason"],
    additionalProperties: false,
  };
}
