import { cuesAfter, cuesBefore } from "../cues";
import type { CueHit, CueKind } from "../cues";
import type { Candidate, RecognizerInput } from "../types";
import { classifyNumber } from "./classify-number";
import type { NumberRun } from "./number-runs";
import { findNumberRuns, splitAtSpaces } from "./number-runs";

/** How far before a number its context word may be (characters; Japanese has no spaces). */
const CUE_WINDOW_BEFORE = 24;
/** `1234-5678-9018がマイナンバーです`: a short window after. */
const CUE_WINDOW_AFTER = 6;
/** Shorter numbers are fees, counts and times, never an identifier on their own. */
const MIN_DIGITS = 4;
/** A unit right after a number makes it an amount, count, time or address part. */
const UNIT_AFTER =
  /^\s?(円|件|人|名|回|歳|才|個|枚|通|台|部|冊|時|分|秒|日|週|月|年|%|ヶ|か月|カ月|万|千|億|倍|割|点|位|キロ|km|kg|cm|mm|号|番|丁目|階|階建|F\b|桁|ケタ|けた|文字|円)/u;

/**
 * Phone numbers, My Number, card, bank, ゆうちょ, postal-code, pension, licence, insurance and
 * 住民票コード numbers: one pass over the digit runs, each typed by shape, check digits and the
 * nearest context word.
 */
export function recognizeNumbers(input: RecognizerInput): Candidate[] {
  const { text } = input;
  const hits = input.cues;
  const out: Candidate[] = [];
  if (!/[0-9]/.test(text)) return out;
  for (const run of findNumberRuns(text)) {
    if (run.digits.length < MIN_DIGITS) continue;
    const found = classifyRun(text, run, hits);
    if (found) {
      out.push(found);
      continue;
    }
    if (!text.slice(run.start, run.end).includes(" ")) continue;
    const pieces = splitAtSpaces(text, run);
    if (pieces.length < 2) continue;
    for (const piece of pieces) {
      const part = classifyRun(text, piece, hits);
      if (part) out.push(part);
    }
  }
  return out;
}

function classifyRun(text: string, run: NumberRun, hits: readonly CueHit[]): Candidate | null {
  if (run.digits.length < MIN_DIGITS) return null;
  if (UNIT_AFTER.test(text.slice(run.end, run.end + 4))) return null;
  const cues = new Map<CueKind, number>(cuesBefore(hits, run.start, CUE_WINDOW_BEFORE));
  for (const [kind, distance] of cuesAfter(hits, run.end, CUE_WINDOW_AFTER)) {
    if (kind !== "negative" && !cues.has(kind)) cues.set(kind, distance + CUE_WINDOW_BEFORE / 2);
  }
  if (text[run.start - 1] === "〒" || text.slice(Math.max(0, run.start - 2), run.start) === "〒 ") {
    cues.set("postal", 0);
  }
  const verdict = classifyNumber(run, cues);
  if (!verdict) return null;
  return { ...verdict, start: run.start, end: run.end, key: run.digits };
}
