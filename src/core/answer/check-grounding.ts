import type { AnswerDraftReply } from "./model";

export type GroundingVerdict =
  | { readonly ok: true; readonly citations: readonly string[] }
  | {
      readonly ok: false;
      readonly reason: "needs_transfer" | "empty_answer" | "no_citation" | "foreign_citation";
    };

/**
 * Checks a model reply before anyone sees it: the model did not ask for a transfer, the answer
 * is not empty, and it cites at least one entry, all from the retrieved set.
 */
export function checkGrounding(
  reply: AnswerDraftReply,
  citableIds: readonly string[],
): GroundingVerdict {
  if (reply.needsTransfer) return { ok: false, reason: "needs_transfer" };
  if (reply.answer.trim().length === 0) return { ok: false, reason: "empty_answer" };
  const citations = [...new Set(reply.citations.map((id) => id.trim()))];
  if (citations.length === 0) return { ok: false, reason: "no_citation" };
  if (citations.some((id) => !citableIds.includes(id)))
    return { ok: false, reason: "foreign_citation" };
  return { ok: true, citations };
}
