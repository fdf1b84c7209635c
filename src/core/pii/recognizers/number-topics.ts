import { cuesBefore } from "../cues";
import type { CueHit, CueKind } from "../cues";
import type { Candidate } from "../types";
import { classifyNumber } from "./classify-number";
import type { NumberRun } from "./number-runs";
import { twoWaySplits } from "./number-runs";

/** A bare label: the kind of number is said earlier in the text (…の保険証、…。番号は38209941). */
// 記号10870、番号…: a ゆうちょ or insurance 記号 is as bare a label as 番号.
const BARE_LABEL = /(?:番号|ナンバー|記号)(?:は|が|:|を)?[、 ]?$/u;
/** ゆうちょの口座 / ゆうちょ銀行の口座: the bank word right after ゆうちょ names its account. */
const YUCHO_BEFORE_BANK = /ゆうちょ(?:銀行)?の?$/u;
/** How far back the topic of a call may be named (two or three short sentences). */
const TOPIC_WINDOW = 80;
/** Kinds whose numbers are typed by the topic alone; phones and dates have their own shapes. */
const TOPIC_KINDS: ReadonlySet<CueKind> = new Set([
  "my_number",
  "insurance",
  "pension",
  "license",
  "passport",
  "residence",
  "bank",
  "yucho",
  "resident_code",
  "card",
]);

/**
 * 後期高齢者の保険証、昭和15年…生まれの母のものです。番号は38209941: a number after a bare 番号 label
 * with no typed cue near it takes the kind of the identifier the text is about (the nearest typed
 * cue within {@link TOPIC_WINDOW} characters), when its length fits that kind. A nearer negative
 * cue (受付番号は) keeps it unmasked.
 */
export function classifyByTopic(
  text: string,
  run: NumberRun,
  hits: readonly CueHit[],
): Candidate | null {
  if (!BARE_LABEL.test(text.slice(Math.max(0, run.start - 6), run.start))) return null;
  const ordered = [...cuesBefore(hits, run.start, TOPIC_WINDOW).entries()].sort(
    (a, b) => a[1] - b[1],
  );
  for (const [kind] of ordered) {
    if (kind === "negative") return null;
    if (!TOPIC_KINDS.has(kind)) continue;
    const topic = kind === "bank" && isYuchoAccount(text, hits, run.start) ? "yucho" : kind;
    const verdict = classifyNumber(run, new Map([[topic, 0]]));
    if (!verdict) return null;
    return {
      type: verdict.type,
      start: run.start,
      end: run.end,
      score: 0.7,
      evidence: `${verdict.evidence}+topic`,
      key: run.digits,
    };
  }
  return null;
}

/** Whether the nearest bank word before `start` is the account of a ゆうちょ named right before it. */
function isYuchoAccount(text: string, hits: readonly CueHit[], start: number): boolean {
  let bank: CueHit | undefined;
  for (const hit of hits) {
    if (hit.end > start) break;
    if (hit.kind === "bank") bank = hit;
  }
  return (
    bank !== undefined &&
    YUCHO_BEFORE_BANK.test(text.slice(Math.max(0, bank.start - 8), bank.start))
  );
}

const MAX_SPLIT_GROUPS = 8;

/**
 * 080-5524-3391-080-5524-3391: two numbers said in a row (a read-back, or a number repeated in
 * words) that the normalizer joined into one run. The run is cut where both halves are numbers of
 * their own.
 */
export function splitJoinedNumbers(
  text: string,
  run: NumberRun,
  classify: (part: NumberRun) => Candidate | null,
): Candidate[] {
  // Two numbers in a row hold a few groups; longer runs are no numbers said twice.
  if (run.groups.length < 2 || run.groups.length > MAX_SPLIT_GROUPS) return [];
  for (const [left, right] of twoWaySplits(text, run)) {
    const a = classify(left);
    const b = a && classify(right);
    if (a && b) return [a, b];
  }
  return [];
}
