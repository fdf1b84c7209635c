import { renderForSpeech } from "../speech";
import { buildAnswerPrompt, PROMPT_VERSION } from "./build-prompt";
import { checkGrounding } from "./check-grounding";
import { composeOfflineResult } from "./compose-result";
import { countPromptTokens } from "./count-tokens";
import type { AnswerModel } from "./model";
import type { InquiryParams } from "./prepare-inquiry";
import { prepareInquiry } from "./prepare-inquiry";
import type { InquiryResult } from "./types";

/**
 * Answers one utterance without a model: triage, then the best FAQ entry's approved answer
 * verbatim with its citation (or a transfer, emergency or clarify phrase).
 */
export function answerInquiryOffline(params: InquiryParams): InquiryResult {
  return composeOfflineResult(prepareInquiry(params), params.departments, params.options);
}

/**
 * Answers one utterance, with `model` when given. Only the masked text and the top-k entries
 * reach the model; its reply must pass the grounding check. A model asking for a transfer
 * becomes a `low_confidence` transfer; a failed check or any model error falls back to the
 * offline answer, marked in `fallback`.
 */
export async function answerInquiry(
  params: InquiryParams & { readonly model?: AnswerModel | null; readonly signal?: AbortSignal },
): Promise<InquiryResult> {
  const prepared = prepareInquiry(params);
  const offline = composeOfflineResult(prepared, params.departments, params.options);
  if (!params.model || offline.action !== "answer") return offline;
  const entries = prepared.retrieved.slice(0, params.options?.topK ?? 3);
  const messages = buildAnswerPrompt({ maskedQuestion: prepared.masked, entries });
  const citableIds = entries.map((entry) => entry.id);
  const clock = params.options?.clock;
  const started = clock?.();
  let draft;
  try {
    draft = await params.model.draftAnswer(
      { messages, citableIds, promptVersion: PROMPT_VERSION },
      params.signal,
    );
  } catch (error) {
    const code =
      error instanceof Error ? ((error as { code?: unknown }).code ?? error.name) : "unknown";
    return { ...offline, fallback: { reason: `model_error:${String(code)}` } };
  }
  const meta = {
    provider: params.model.provider,
    model: params.model.model,
    promptVersion: PROMPT_VERSION,
    latencyMs: started !== undefined && clock ? clock() - started : draft.latencyMs,
    usage: draft.usage,
  };
  const promptTokens = countPromptTokens(messages);
  const verdict = checkGrounding(draft.reply, citableIds);
  if (verdict.ok) {
    const answer = draft.reply.answer.trim();
    const speech = renderForSpeech(answer, params.options?.speech);
    return {
      ...offline,
      answer,
      speech,
      citations: verdict.citations,
      mode: "llm",
      promptTokens,
      meta,
    };
  }
  if (verdict.reason === "needs_transfer") {
    const evidence = draft.reply.reason ? [draft.reply.reason.slice(0, 200)] : [];
    const reasonDetails = [{ code: "low_confidence" as const, evidence }];
    const transfer = composeOfflineResult(
      { ...prepared, triage: { ...prepared.triage, action: "transfer", reasons: reasonDetails } },
      params.departments,
      params.options,
    );
    return { ...transfer, mode: "llm", promptTokens, meta };
  }
  return { ...offline, meta, fallback: { reason: `grounding_failed:${verdict.reason}` } };
}
