import type { CallLogEntry } from "../../kintone";
import type { CallSession, TurnRecord } from "../sessions/types";

/** What the queue stores and delivers: the latest full state of one call's log. */
export type CallLogSnapshot = {
  readonly callId: string;
  readonly entry: CallLogEntry;
};

/**
 * The call-log entry of a session: masked words only (the raw text never reaches the session),
 * the decisive turn's action, department and reasons, the outcome and the duration. Every
 * snapshot is complete, so the latest one can replace any earlier one; fields staff fill in
 * (handled by, rating, notes) are left out so an update never overwrites them.
 */
export function buildCallLogSnapshot(session: CallSession, now: Date): CallLogSnapshot {
  const { turns } = session;
  const decisive = findDecisiveTurn(turns);
  const llmTurn = turns.find((turn) => turn.mode === "llm");
  const cited = turns.flatMap((turn) =>
    turn.citations.map((id, i) => ({ id, title: turn.citationTitles[i] ?? "" })),
  );
  const duration =
    session.durationSec ?? Math.round((now.getTime() - session.startedAt.getTime()) / 1000);
  const callerLines = turns.map((turn) => turn.masked).join("\n");
  const entry: CallLogEntry = {
    callId: session.id,
    startedAt: session.startedAt.toISOString(),
    channel: session.channel,
    callerText: callerLines,
    maskedText: callerLines,
    aiDraft: turns.map((turn) => turn.reply).join("\n"),
    citations: [...new Set(cited.map((c) => c.id))],
    citationText: [...new Set(cited.map((c) => `${c.id} ${c.title}`.trim()))].join("\n"),
    action: decisive?.action ?? null,
    department: decisive?.department ?? null,
    reasons: [...new Set(turns.flatMap((turn) => turn.reasons))],
    confidence: decisive ? Math.round(decisive.confidence * 100) / 100 : null,
    mode: llmTurn ? "llm" : "offline",
    model: llmTurn?.model ?? null,
    promptVersion: decisive?.promptVersion ?? null,
    latencyMs: decisive?.latencyMs === null || !decisive ? null : Math.round(decisive.latencyMs),
    outcome:
      session.handoff === "transferred" ? "transfer" : session.handoff === "staff" ? "staff" : "ai",
    durationSec: Math.max(0, duration),
    turns: turns.length,
  };
  return { callId: session.id, entry };
}

/** The turn that explains the call: an emergency, else the first transfer, else the last turn. */
function findDecisiveTurn(turns: readonly TurnRecord[]): TurnRecord | undefined {
  return (
    turns.find((turn) => turn.action === "emergency") ??
    turns.find((turn) => turn.action === "transfer") ??
    turns[turns.length - 1]
  );
}
