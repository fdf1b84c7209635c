import { clusterQuestions } from "./cluster-questions";
import type { CallFacts, CallMetrics, CountBy, DayCount } from "./types";

/** Japan Standard Time, the office's day boundary. @default 540 */
export const DEFAULT_UTC_OFFSET_MINUTES = 540;
const DAY_MS = 86_400_000;
/** Below this confidence an answered call still counts as "not really answered". */
export const LOW_CONFIDENCE = 0.4;
/** Transfers for these reasons mean the FAQ had no answer (candidates for new entries). */
export const NO_ANSWER_REASONS: readonly string[] = ["low_confidence", "out_of_scope"];

export type AggregateOptions = {
  /** Staff minutes one call takes. @default 3 */
  readonly minutesPerCall?: number;
  /** @default DEFAULT_UTC_OFFSET_MINUTES */
  readonly utcOffsetMinutes?: number;
  /** Show this many days ending at `today` (zero days included); otherwise first to last call. */
  readonly days?: number;
  /** YYYY-MM-DD; the last day shown when `days` is given. */
  readonly today?: string;
  /** @default 5 */
  readonly topUnanswered?: number;
};

/**
 * Aggregates logged calls into the dashboard figures: calls per day and channel, the share
 * completed by AI, staff hours saved (AI-completed calls × minutes), transfers by reason and
 * department, and the most frequent questions the FAQ could not answer (clustered).
 */
export function aggregateCalls(
  calls: readonly CallFacts[],
  options: AggregateOptions = {},
): CallMetrics {
  const offset = options.utcOffsetMinutes ?? DEFAULT_UTC_OFFSET_MINUTES;
  const minutes = options.minutesPerCall ?? 3;
  const dated = calls
    .map((call) => ({ call, day: toDayKey(call.startedAt, offset) }))
    .filter((item): item is { call: CallFacts; day: string } => item.day !== null);
  const range = pickRange(
    dated.map((item) => item.day),
    options,
  );
  const inRange = range
    ? dated.filter((item) => item.day >= range.from && item.day <= range.to)
    : dated;
  const channels = [...new Set(inRange.map((item) => item.call.channel || "—"))].sort();
  const perDay = buildDays(inRange, range, channels);
  const selected = inRange.map((item) => item.call);
  const completedByAi = selected.filter((call) => call.outcome === "ai").length;
  const transfers = selected.filter(
    (call) => call.outcome === "transfer" || call.action === "transfer",
  );
  return {
    total: selected.length,
    completedByAi,
    aiShare: selected.length === 0 ? null : completedByAi / selected.length,
    hoursSaved: Math.round(((completedByAi * minutes) / 60) * 10) / 10,
    channels,
    perDay,
    transfersByReason: countBy(transfers.flatMap((call) => [...new Set(call.reasonCodes)])),
    transfersByDepartment: countBy(transfers.map((call) => call.department || "—")),
    topUnanswered: clusterQuestions(
      selected.filter(isUnanswered).map((call) => call.maskedText),
      {
        limit: options.topUnanswered ?? 5,
      },
    ),
  };
}

/** True for calls the FAQ could not answer: transferred for lack of an answer, or low confidence. */
export function isUnanswered(call: CallFacts): boolean {
  if (call.reasonCodes.some((code) => NO_ANSWER_REASONS.includes(code))) return true;
  return call.action === "answer" && call.confidence !== null && call.confidence < LOW_CONFIDENCE;
}

/** The calendar day of an ISO date-time in the office's time zone, or null if unparseable. */
export function toDayKey(
  iso: string,
  utcOffsetMinutes = DEFAULT_UTC_OFFSET_MINUTES,
): string | null {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return null;
  return new Date(time + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
}

function pickRange(
  days: readonly string[],
  options: AggregateOptions,
): { from: string; to: string } | null {
  if (options.days !== undefined && options.today) {
    return { from: shiftDay(options.today, -(options.days - 1)), to: options.today };
  }
  if (days.length === 0) return null;
  const sorted = [...days].sort();
  return { from: sorted[0] as string, to: sorted[sorted.length - 1] as string };
}

function buildDays(
  items: readonly { call: CallFacts; day: string }[],
  range: { from: string; to: string } | null,
  channels: readonly string[],
): DayCount[] {
  if (!range) return [];
  const table = new Map<string, Record<string, number>>();
  for (let day = range.from; day <= range.to; day = shiftDay(day, 1)) {
    table.set(day, Object.fromEntries(channels.map((channel) => [channel, 0])));
  }
  for (const { call, day } of items) {
    const row = table.get(day);
    const channel = call.channel || "—";
    if (row) row[channel] = (row[channel] ?? 0) + 1;
  }
  return [...table].map(([day, byChannel]) => ({
    day,
    byChannel,
    total: Object.values(byChannel).reduce((sum, count) => sum + count, 0),
  }));
}

function shiftDay(day: string, delta: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + delta * DAY_MS).toISOString().slice(0, 10);
}

function countBy(keys: readonly string[]): CountBy[] {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}
