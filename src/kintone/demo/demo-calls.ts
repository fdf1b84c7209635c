import type { Department, EnginePhrases, FaqEntry, InquiryResult } from "../../core";
import { FaqIndex, answerInquiryOffline } from "../../core";
import { MESSAGES } from "../../messages";
import type {
  CallChannel,
  CallLogEntry,
  CallOutcome,
  CallRating,
} from "../records/call-log-record";
import { toCallLogAiFields } from "../records/call-log-record";
import { generatePhrasing } from "./demo-phrasings";
import type { Random } from "./seeded-random";
import { createRandom } from "./seeded-random";

/** How many demo calls setup writes, over how many days. */
export const DEMO_CALL_COUNT = 360;
export const DEMO_DAYS = 42;
/** Demo call ids start with this, so they can be told apart (and are written only once). */
export const DEMO_CALL_PREFIX = "demo-call-";
const SEED = 20250522;
const STAFF = ["sato", "suzuki"] as const;
const DAY_MS = 86_400_000;
const LOW_CONFIDENCE = 0.35;
const YIELD_EVERY = 10;

const PHRASES: EnginePhrases = {
  transfer: MESSAGES.M_ENGINE_TRANSFER,
  transferNoDepartment: MESSAGES.M_ENGINE_TRANSFER_NO_DEPARTMENT,
  clarify: MESSAGES.M_ENGINE_CLARIFY,
  clarifyTooLong: MESSAGES.M_ENGINE_CLARIFY_TOO_LONG,
  emergency: MESSAGES.M_ENGINE_EMERGENCY,
};

function pickChannel(random: Random): CallChannel {
  const roll = random.next();
  return roll < 0.7 ? "phone" : roll < 0.85 ? "chat" : "counter";
}

/** A start time in the last DEMO_DAYS days: counters open on weekdays 8:30–17:00 (JST). */
function pickStart(random: Random, channel: CallChannel, now: Date): Date {
  for (;;) {
    const day = new Date(now.getTime() - random.int(0, DEMO_DAYS - 1) * DAY_MS);
    const jstDay = new Date(day.getTime() + 9 * 3_600_000);
    const weekday = jstDay.getUTCDay() >= 1 && jstDay.getUTCDay() <= 5;
    const daytime =
      channel === "counter" || (channel === "phone" && random.chance(0.85)) || random.chance(0.6);
    if (!weekday && (channel === "counter" || random.chance(0.7))) continue;
    const minutes = daytime ? random.int(8 * 60 + 30, 17 * 60) : random.int(0, 24 * 60 - 1);
    const start =
      Date.UTC(jstDay.getUTCFullYear(), jstDay.getUTCMonth(), jstDay.getUTCDate()) - 9 * 3_600_000;
    const at = new Date(start + minutes * 60_000 + random.int(0, 59) * 1000);
    if (at.getTime() <= now.getTime()) return at;
  }
}

/** How the call ended, from what the engine decided (staff take over some AI answers). */
function decideOutcome(random: Random, channel: CallChannel, result: InquiryResult): CallOutcome {
  if (result.action === "transfer" || result.action === "emergency") return "transfer";
  if (channel === "counter" || result.action === "clarify") return "staff";
  // A weakly matched answer is one a caller would not accept: staff take the call over.
  if (result.confidence < LOW_CONFIDENCE) return "staff";
  return random.chance(0.82) ? "ai" : "staff";
}

function decideRating(
  random: Random,
  outcome: CallOutcome,
  result: InquiryResult,
): CallRating | null {
  if (outcome !== "staff" || result.action !== "answer") return null;
  const roll = random.next();
  return roll < 0.6 ? "good" : roll < 0.72 ? "bad" : null;
}

function decideDuration(random: Random, channel: CallChannel, outcome: CallOutcome): number {
  if (channel === "counter") return random.int(180, 600);
  if (outcome === "transfer") return random.int(30, 120);
  return channel === "chat" ? random.int(60, 480) : random.int(60, 240);
}

/**
 * Fictional calls for the demo: generated citizen phrasings answered by the real offline
 * engine, spread over the last six weeks. Deterministic for a given `now` (seeded). Yields to
 * the event loop now and then: the engine takes seconds for hundreds of calls, and a blocked
 * loop lets keep-alive sockets go stale under the next request.
 */
export async function buildDemoCalls(params: {
  entries: readonly FaqEntry[];
  departments: readonly Department[];
  now: Date;
  count?: number;
}): Promise<CallLogEntry[]> {
  const random = createRandom(SEED);
  const index = FaqIndex.build(params.entries);
  const byId = new Map(params.entries.map((entry) => [entry.id, entry]));
  const calls: CallLogEntry[] = [];
  for (let number = 1; number <= (params.count ?? DEMO_CALL_COUNT); number += 1) {
    if (number % YIELD_EVERY === 0) await new Promise((done) => setImmediate(done));
    const channel = pickChannel(random);
    const { text } = generatePhrasing(random, params);
    const result = answerInquiryOffline({
      text,
      index,
      departments: params.departments,
      options: { phrases: PHRASES, clock: () => performance.now() },
    });
    const outcome = decideOutcome(random, channel, result);
    calls.push({
      callId: `${DEMO_CALL_PREFIX}${String(number).padStart(4, "0")}`,
      startedAt: pickStart(random, channel, params.now).toISOString(),
      channel,
      // Gateway channels log only the masked words; at the counter staff type what they heard.
      callerText: channel === "counter" ? text : result.masked,
      ...toCallLogAiFields(result),
      citationText: result.citations
        .map((id) => `${id}: ${byId.get(id)?.question ?? ""}`)
        .join("\n"),
      outcome,
      handledBy: outcome === "ai" ? null : random.pick(STAFF),
      durationSec: decideDuration(random, channel, outcome),
      turns: channel === "counter" ? 1 : random.int(1, 4),
      rating: decideRating(random, outcome, result),
      notes: "",
    });
  }
  return calls.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
}
