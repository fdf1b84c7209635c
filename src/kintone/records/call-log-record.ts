import type { InquiryResult, ReasonCode } from "../../core";
import { ACTION_LABELS, CALL_LOG_FIELDS, CHANNELS, OUTCOMES, RATINGS } from "../apps";
import { labelReasons } from "./reason-labels";
import type { KintoneRecord, RecordInput } from "./record-values";
import { readList, readNumber, readText, readUserCodes } from "./record-values";

export type CallChannel = keyof typeof CHANNELS;
export type CallAction = keyof typeof ACTION_LABELS;
export type CallOutcome = keyof typeof OUTCOMES;
export type CallRating = keyof typeof RATINGS;

/**
 * One call, chat or counter inquiry as the call-log app stores it. `callId` is the idempotency
 * key. For gateway calls `callerText` must be the MASKED transcript (never the raw words).
 */
export type CallLogEntry = {
  readonly callId: string;
  /** ISO 8601 time the call started. */
  readonly startedAt: string;
  readonly channel: CallChannel;
  readonly callerText?: string;
  readonly maskedText?: string;
  readonly aiDraft?: string;
  readonly citations?: readonly string[];
  readonly citationText?: string;
  readonly action?: CallAction | null;
  readonly department?: string | null;
  readonly reasons?: readonly string[];
  readonly confidence?: number | null;
  readonly mode?: "offline" | "llm" | null;
  readonly model?: string | null;
  readonly promptVersion?: string | null;
  readonly latencyMs?: number | null;
  readonly outcome?: CallOutcome | null;
  /** kintone user code of the staff member. */
  readonly handledBy?: string | null;
  readonly durationSec?: number | null;
  readonly turns?: number | null;
  readonly rating?: CallRating | null;
  readonly notes?: string;
};

/** A call-log record read back, with its kintone record id and revision. */
export type StoredCallLog = CallLogEntry & { readonly recordId: string; readonly revision: string };

/** kintone DATETIME wants `YYYY-MM-DDTHH:MM:SSZ` (no milliseconds). */
export function toKintoneDateTime(iso: string): string {
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, "Z");
}

function findKey<T extends Record<string, string>>(table: T, label: string): keyof T | null {
  const found = Object.entries(table).find(([, value]) => value === label);
  return found ? (found[0] as keyof T) : null;
}

function numberText(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? "" : String(value);
}

/** The call-log fields for an entry; fields the entry leaves undefined are not written. */
export function toCallLogRecordInput(entry: CallLogEntry): RecordInput {
  const input: RecordInput = {
    [CALL_LOG_FIELDS.startedAt]: { value: toKintoneDateTime(entry.startedAt) },
    [CALL_LOG_FIELDS.channel]: { value: CHANNELS[entry.channel] },
  };
  const set = (code: string, value: unknown): void => {
    if (value !== undefined) input[code] = { value };
  };
  set(CALL_LOG_FIELDS.callerText, entry.callerText);
  set(CALL_LOG_FIELDS.maskedText, entry.maskedText);
  set(CALL_LOG_FIELDS.aiDraft, entry.aiDraft);
  set(CALL_LOG_FIELDS.citations, entry.citations?.join(","));
  set(CALL_LOG_FIELDS.citationText, entry.citationText);
  set(
    CALL_LOG_FIELDS.action,
    entry.action === undefined ? undefined : entry.action ? ACTION_LABELS[entry.action] : "",
  );
  set(
    CALL_LOG_FIELDS.department,
    entry.department === undefined ? undefined : (entry.department ?? ""),
  );
  if (entry.reasons !== undefined) {
    set(CALL_LOG_FIELDS.reasonCodes, entry.reasons.join(","));
    set(CALL_LOG_FIELDS.reasons, labelReasons(entry.reasons).join("、"));
  }
  set(
    CALL_LOG_FIELDS.confidence,
    entry.confidence === undefined ? undefined : numberText(entry.confidence),
  );
  set(CALL_LOG_FIELDS.mode, entry.mode === undefined ? undefined : (entry.mode ?? ""));
  set(CALL_LOG_FIELDS.model, entry.model === undefined ? undefined : (entry.model ?? ""));
  set(
    CALL_LOG_FIELDS.promptVersion,
    entry.promptVersion === undefined ? undefined : (entry.promptVersion ?? ""),
  );
  set(
    CALL_LOG_FIELDS.latencyMs,
    entry.latencyMs === undefined ? undefined : numberText(entry.latencyMs),
  );
  set(
    CALL_LOG_FIELDS.outcome,
    entry.outcome === undefined ? undefined : entry.outcome ? OUTCOMES[entry.outcome] : "",
  );
  if (entry.handledBy !== undefined) {
    set(CALL_LOG_FIELDS.handledBy, entry.handledBy ? [{ code: entry.handledBy }] : []);
  }
  set(
    CALL_LOG_FIELDS.durationSec,
    entry.durationSec === undefined ? undefined : numberText(entry.durationSec),
  );
  set(CALL_LOG_FIELDS.turns, entry.turns === undefined ? undefined : numberText(entry.turns));
  set(
    CALL_LOG_FIELDS.rating,
    entry.rating === undefined ? undefined : entry.rating ? RATINGS[entry.rating] : "",
  );
  set(CALL_LOG_FIELDS.notes, entry.notes);
  return input;
}

/** A call-log record as an entry (unknown choice labels read as null). */
export function toCallLog(record: KintoneRecord): StoredCallLog {
  const mode = readText(record, CALL_LOG_FIELDS.mode);
  return {
    recordId: readText(record, "$id"),
    revision: readText(record, "$revision"),
    callId: readText(record, CALL_LOG_FIELDS.callId),
    startedAt: readText(record, CALL_LOG_FIELDS.startedAt),
    channel: findKey(CHANNELS, readText(record, CALL_LOG_FIELDS.channel)) ?? "phone",
    callerText: readText(record, CALL_LOG_FIELDS.callerText),
    maskedText: readText(record, CALL_LOG_FIELDS.maskedText),
    aiDraft: readText(record, CALL_LOG_FIELDS.aiDraft),
    citations: readList(record, CALL_LOG_FIELDS.citations),
    citationText: readText(record, CALL_LOG_FIELDS.citationText),
    action: findKey(ACTION_LABELS, readText(record, CALL_LOG_FIELDS.action)),
    department: readText(record, CALL_LOG_FIELDS.department) || null,
    reasons: readList(record, CALL_LOG_FIELDS.reasonCodes),
    confidence: readNumber(record, CALL_LOG_FIELDS.confidence),
    mode: mode === "offline" || mode === "llm" ? mode : null,
    model: readText(record, CALL_LOG_FIELDS.model) || null,
    promptVersion: readText(record, CALL_LOG_FIELDS.promptVersion) || null,
    latencyMs: readNumber(record, CALL_LOG_FIELDS.latencyMs),
    outcome: findKey(OUTCOMES, readText(record, CALL_LOG_FIELDS.outcome)),
    handledBy: readUserCodes(record, CALL_LOG_FIELDS.handledBy)[0] ?? null,
    durationSec: readNumber(record, CALL_LOG_FIELDS.durationSec),
    turns: readNumber(record, CALL_LOG_FIELDS.turns),
    rating: findKey(RATINGS, readText(record, CALL_LOG_FIELDS.rating)),
    notes: readText(record, CALL_LOG_FIELDS.notes),
  };
}

/**
 * The AI part of a call-log entry from an engine result (`madoguchi answer` JSON). Uses the
 * masked text only: the raw input never goes into a gateway log.
 */
export function toCallLogAiFields(result: InquiryResult): Partial<CallLogEntry> {
  return {
    maskedText: result.masked,
    aiDraft: result.answer,
    citations: result.citations,
    action: result.action,
    department: result.department,
    reasons: result.reasons as readonly ReasonCode[],
    confidence: Math.round(result.confidence * 100) / 100,
    mode: result.mode,
    model: result.meta.model,
    promptVersion: result.meta.promptVersion,
    latencyMs: result.meta.latencyMs === null ? null : Math.round(result.meta.latencyMs),
  };
}
