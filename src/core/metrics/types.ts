import type { ReasonCode } from "../triage";

/** How a call ended (the call-log app's 結果): what the council report counts. */
export type CallOutcome = "ai" | "staff" | "transfer";

/** One logged call as the metrics need it (mapped from a call-log record by the caller). */
export type CallFacts = {
  /** ISO 8601 date-time the call started. */
  readonly startedAt: string;
  /** 電話 / チャット / 窓口 (any label; charts group by it). */
  readonly channel: string;
  readonly outcome: CallOutcome | null;
  readonly action: "answer" | "transfer" | "emergency" | "clarify" | null;
  readonly department: string | null;
  readonly reasonCodes: readonly (ReasonCode | string)[];
  /** 0–1, or null when no draft was made. */
  readonly confidence: number | null;
  /** The caller's words with personal information masked (never the raw text). */
  readonly maskedText: string;
};

export type CountBy = { readonly key: string; readonly count: number };

export type DayCount = {
  /** YYYY-MM-DD in the office's time zone. */
  readonly day: string;
  readonly total: number;
  readonly byChannel: Readonly<Record<string, number>>;
};

/** What the dashboard shows. */
export type CallMetrics = {
  readonly total: number;
  readonly completedByAi: number;
  /** completedByAi / total, or null with no calls. */
  readonly aiShare: number | null;
  /** Staff hours the AI-completed calls would have taken. */
  readonly hoursSaved: number;
  readonly channels: readonly string[];
  readonly perDay: readonly DayCount[];
  readonly transfersByReason: readonly CountBy[];
  readonly transfersByDepartment: readonly CountBy[];
  readonly topUnanswered: readonly QuestionCluster[];
};

/** Similar questions grouped together (for FAQ candidates and "top unanswered"). */
export type QuestionCluster = {
  /** The most typical question of the group (closest to the others). */
  readonly representative: string;
  readonly count: number;
  readonly examples: readonly string[];
};
