import type { InquiryResult, ReasonCode } from "../../core";
import type { TurnRecord } from "../sessions/types";

/** A follow-up is short: 「手数料は?」, 「土日は?」. Longer input stands on its own. */
export const FOLLOW_UP_MAX_CHARS = 12;

// Decisions the context may overturn; anything else (PII, crisis, a wish for a person…) stands.
const SOFT_REASONS: ReadonlySet<ReasonCode> = new Set([
  "low_confidence",
  "out_of_scope",
  "no_question",
]);

/**
 * The query to try with the conversation's context: the previous answered question (already
 * masked) followed by the short follow-up, or null when the utterance needs no context.
 */
export function buildFollowUpQuery(text: string, previous: TurnRecord | undefined): string | null {
  if (!previous || previous.action !== "answer") return null;
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > FOLLOW_UP_MAX_CHARS) return null;
  return `${previous.masked} ${trimmed}`;
}

/**
 * True when the contextual result should replace the stand-alone one: the stand-alone result
 * was not a firm decision (only soft reasons, or an answer), and in context the FAQ answers.
 */
export function shouldUseFollowUp(alone: InquiryResult, inContext: InquiryResult): boolean {
  if (inContext.action !== "answer") return false;
  if (alone.action === "emergency") return false;
  if (alone.action === "answer") return inContext.confidence > alone.confidence;
  return alone.reasons.every((reason) => SOFT_REASONS.has(reason));
}
