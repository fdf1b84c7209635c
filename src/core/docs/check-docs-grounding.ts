import type { AnswerDraftReply } from "../answer/model";

/** Why an LLM answer was rejected; the caller falls back to the offline passages. */
export type GroundingFailure = "empty" | "uncited" | "unknown_citation";

export type GroundingCheck =
  | { readonly ok: true; readonly citations: readonly string[] }
  | { readonly ok: false; readonly reason: GroundingFailure };

const MARK = /\[(C\d+)\]/g;

/**
 * "No answer without a source": accepts a model's answer only if its text carries citation
 * marks, every mark and every listed citation is one of the passages it was given, and the
 * answer is not empty. Returns the cited labels in order of first use.
 */
export function checkDocsGrounding(
  reply: Pick<AnswerDraftReply, "answer" | "citations">,
  citableIds: readonly string[],
): GroundingCheck {
  if (!reply.answer.trim()) return { ok: false, reason: "empty" };
  const marks = [...reply.answer.matchAll(MARK)].map((match) => match[1]!);
  if (marks.length === 0) return { ok: false, reason: "uncited" };
  const allowed = new Set(citableIds);
  const cited = [...new Set([...marks, ...reply.citations])];
  if (cited.some((id) => !allowed.has(id))) return { ok: false, reason: "unknown_citation" };
  return { ok: true, citations: cited };
}
