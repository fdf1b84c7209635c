/** Stable reason codes (DESIGN.md); logs, tests and UIs switch on these. */
export const REASON_CODES = [
  "crisis",
  "injection",
  "pii",
  "human_requested",
  "complaint",
  "turn_limit",
  "personal_status",
  "other_department",
  "out_of_scope",
  "no_question",
  "too_long",
  "low_confidence",
] as const;

export type ReasonCode = (typeof REASON_CODES)[number];

/** A reason for a decision with the words that triggered it. */
export type TriageReason = {
  readonly code: ReasonCode;
  readonly evidence: readonly string[];
};

export type TriageAction = "answer" | "transfer" | "emergency" | "clarify";
