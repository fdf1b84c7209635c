import type { ReasonCode, TriageAction } from "../../core";

/** How a citizen reached the desk. */
export type Channel = "phone" | "chat";

/**
 * One exchange as the gateway keeps it: the caller's words MASKED (the raw text is never
 * stored), and what the engine decided and said.
 */
export type TurnRecord = {
  readonly at: Date;
  readonly masked: string;
  readonly action: TriageAction;
  readonly department: string | null;
  readonly reasons: readonly ReasonCode[];
  readonly citations: readonly string[];
  /** FAQ questions of the citations, for staff reading the log. */
  readonly citationTitles: readonly string[];
  readonly reply: string;
  readonly confidence: number;
  readonly mode: "offline" | "llm";
  readonly model: string | null;
  readonly promptVersion: string;
  readonly latencyMs: number | null;
};

/** What a call or chat led to, in the call log's terms. */
export type Handoff = "none" | "transferred" | "staff";

/** A phone call or chat session in progress. */
export type CallSession = {
  /** Twilio's CallSid, or `chat-<uuid>`: the call log's idempotency key. */
  readonly id: string;
  readonly channel: Channel;
  readonly startedAt: Date;
  lastActiveAt: number;
  readonly turns: TurnRecord[];
  handoff: Handoff;
  /** Phone: prompts in a row that got no speech. */
  silentPrompts: number;
  /** Chat: when recent turns were taken (rate limit). */
  recentTurns: number[];
  ended: boolean;
  durationSec: number | null;
};
