import { changedCandidate } from "./changed-candidate";
import { execAll } from "../text-tools";
import { NEGATIVE_LABEL_BEFORE } from "../cues";
import type { Candidate, PiiType } from "../types";

/** Types whose values callers read out digit by digit, and so correct and restart. */
const CORRECTABLE = new Set<PiiType>([
  "phone",
  "postal_code",
  "my_number",
  "bank_account",
  "postal_account",
  "credit_card",
  "health_insurance",
  "pension_number",
  "drivers_license",
  "passport",
  "residence_card",
  "secret",
]);
/** What a caller says when taking a value back (あ、いや、ごめんなさい、じゃなくて、じゃない…). */
const MARKER =
  "(?:あっ?|いや|いえ|ごめんなさい|ごめん|すみません|すいません|失礼 ?しました|失礼|間違え ?ました|間違えた|間違い|違います|違う|違った|ちがいます|ちがう|ちがった|じゃなくて|ではなくて|じゃない|ではない|訂正します|正しくは)";
/** After a value: `、いや、5802`, `、あ、最後は7887`. */
const CORRECTION_AFTER = new RegExp(
  `^(?:です)?[、。 .…]{0,6}(?:${MARKER}[、。 ]{0,2}){1,3}(?:最後は|最後の[0-9]?桁?は|下[0-9]桁は|下の[0-9]桁は)?[、 ]?([0-9][0-9 -]{2,24}[0-9])(?![0-9])`,
  "u",
);
/** Before a value: `よんななよんよん…あ、`, `ティー、ケー、ゴーナナ…いや、`, `090じゃない、`. */
const CORRECTION_BEFORE = new RegExp(
  `(?:(?:\\.\\.\\.|…)\\s?(?:${MARKER}[、 ]?){0,3}|(?:、|(?<=[0-9]))\\s?(?:${MARKER}[、 ]?){1,3})$`,
  "u",
);
/** The broken-off start: spoken or written digits and spelled letters, no label words. */
const FRAGMENT_CHAR = /[\p{Script=Hiragana}\p{Script=Katakana}ー0-9A-Za-z、・ -]/u;
const DIGITISH =
  /[0-9]|ゼロ|イチ|ニー|サン|ヨン|ゴー|ロク|ナナ|ハチ|キュー|キュウ|れい|いち|にー|さん|よん|ごー|ろく|なな|はち|きゅう/u;
/** A label ends the fragment on its left (パスポートは、|番号、|携帯は090). */
const FRAGMENT_LEFT_EDGE = /^(?:[はがを][、 0-9]|[はが]$)/u;
const UNIT_AFTER = /^\s?(?:円|件|人|歳|時|日|月|年|桁|文字|回|枚)/u;
/** `080の3310の、あ、ごめんなさい、3301の6628`: a mobile prefix, taken back, then the rest. */
const RESTARTED_PHONE = new RegExp(
  `(?<![0-9])(0[5-9]0-?[0-9]{4})(?:の|-)?[、 ]?(?:${MARKER}[、 ]?){1,3}([0-9]{4}-?[0-9]{4})(?![0-9])`,
  "gu",
);
const MOBILE_PREFIX = /0[5-9]0/;
const MAX_FRAGMENT = 30;

/**
 * Values a caller corrects: the value said instead (`PINは5820、いや、5802`), a last group said
 * again (`…7877、あ、最後は7887`) and a start broken off before the value (`よんななよんよん…あ、4744…`)
 * take the type of the value they correct. Post-processing over the candidates found.
 */
export function findCorrections(text: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const value of found) {
    if (!CORRECTABLE.has(value.type)) continue;
    const after = CORRECTION_AFTER.exec(text.slice(value.end, value.end + 48));
    if (after?.[1]) {
      const end = value.end + after[0].length;
      const start = end - after[1].length;
      if (!UNIT_AFTER.test(text.slice(end, end + 3)))
        out.push(correction(value.type, start, end, after[1], "correction:after"));
    }
    const before = CORRECTION_BEFORE.exec(text.slice(Math.max(0, value.start - 16), value.start));
    if (before) {
      let fragmentEnd = value.start - before[0].length;
      // ゼロ サン の...... 03-…: the pause after the broken-off start is no part of it.
      while (/[の、・ .…-]/u.test(text[fragmentEnd - 1] ?? "")) fragmentEnd -= 1;
      const fragmentStart = fragmentStartBefore(text, fragmentEnd);
      const fragment = text.slice(fragmentStart, fragmentEnd);
      if (fragment.length >= 2 && DIGITISH.test(fragment))
        out.push(correction(value.type, fragmentStart, fragmentEnd, fragment, "correction:before"));
    }
  }
  out.push(...findNearCopies(text, found), ...findLastGroupsSaidAgain(text, found));
  // RESTARTED_PHONE starts with a mobile prefix (0[5-9]0).
  for (const match of MOBILE_PREFIX.test(text) ? execAll(RESTARTED_PHONE, text) : []) {
    const start = match.index ?? 0;
    const head = match[1] ?? "";
    const tail = match[2] ?? "";
    out.push(correction("phone", start, start + head.length, head, "correction:restart"));
    const tailEnd = start + match[0].length;
    out.push(correction("phone", tailEnd - tail.length, tailEnd, tail, "correction:restart"));
  }
  return out;
}

function fragmentStartBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && end - start < MAX_FRAGMENT && FRAGMENT_CHAR.test(text[start - 1] ?? "")) {
    start -= 1;
    if (FRAGMENT_LEFT_EDGE.test(text.slice(start, start + 2))) {
      start += 1;
      break;
    }
  }
  while (start < end && /[、・ ]/u.test(text[start] ?? "")) start += 1;
  return start;
}

function correction(
  type: PiiType,
  start: number,
  end: number,
  value: string,
  evidence: string,
): Candidate {
  return { type, start, end, score: 0.6, evidence, key: value.replace(/[^0-9A-Za-z]/g, "") };
}

/** 電話は090-….最後の4桁は4329: the last digits of a value said again, by their count. */
const LAST_GROUP_AGAIN =
  /^(?:です)?[。、 ]{0,2}(?:最後の|下の?|末尾の?)([0-9])桁(?:は|が)[、 ]?([0-9]{2,4})(?![0-9])/u;

function findLastGroupsSaidAgain(text: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  if (!text.includes("桁")) return out;
  for (const value of found) {
    if (!CORRECTABLE.has(value.type)) continue;
    const match = LAST_GROUP_AGAIN.exec(text.slice(value.end, value.end + 16));
    const digits = match?.[2] ?? "";
    if (!match || digits.length !== Number(match[1])) continue;
    const end = value.end + match[0].length;
    out.push(correction(value.type, end - digits.length, end, digits, "correction:last-digits"));
  }
  return out;
}

/** Written digit runs (groups separated by single spaces or dashes). */
const DIGIT_RUN = /(?<![0-9])[0-9](?:[ -]?[0-9]){5,18}(?![0-9])/gu;
const NEAR_WINDOW = 40;
const MIN_COPY_DIGITS = 6;
const MAX_DIFFERENT_DIGITS = 2;

/**
 * 正しくは7340158、誤って7340518と書いて: a number of the same length said near a found one and
 * differing from it in one or two digits (a swapped pair, a mis-hearing read back) is the same
 * kind of value.
 */
function findNearCopies(text: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let digits = -1;
  for (const value of found) {
    if (!CORRECTABLE.has(value.type) || value.key.length < MIN_COPY_DIGITS) continue;
    if (!/^[0-9]+$/u.test(value.key)) continue;
    // A copy needs as many digits again as the value has.
    if (digits < 0) digits = countDigits(text);
    if (digits < value.key.length * 2) continue;
    const from = Math.max(0, value.start - NEAR_WINDOW);
    for (const match of execAll(DIGIT_RUN, text.slice(from, value.end + NEAR_WINDOW))) {
      const start = from + (match.index ?? 0);
      const end = start + match[0].length;
      if (start < value.end && value.start < end) continue;
      const digits = match[0].replace(/[^0-9]/gu, "");
      if (
        digits.length !== value.key.length ||
        differingDigits(digits, value.key) > MAX_DIFFERENT_DIGITS
      )
        continue;
      if (UNIT_AFTER.test(text.slice(end, end + 3))) continue;
      // 受付番号 7704215 / 品番 169-0065B: a number labelled as another kind, or a code with a
      // letter glued to it, is no copy of a personal number however close its digits are.
      if (/[A-Za-z]/.test(text[end] ?? "")) continue;
      if (NEGATIVE_LABEL_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
      out.push(correction(value.type, start, end, digits, "correction:near-copy"));
    }
  }
  return out;
}

function differingDigits(a: string, b: string): number {
  let count = 0;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) count += 1;
  return count;
}

function countDigits(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) count += 1;
  }
  return count;
}

/** Types whose value and its correction are one item (the correction joins them). */
const BRIDGED = new Set<PiiType>([...CORRECTABLE, "address", "email"]);
/** What may stand between a value and the value said instead: pauses, fillers, a correction. */
const BRIDGE_GAP = new RegExp(
  `^(?:[、,。. …・-]|の|で|です|ね|えーと|えっと|ええと|えー|あのー|あの|はい|${MARKER}|最後は|最後の[0-9]?桁?は|下[0-9]桁は|下の[0-9]桁は)+$`,
  "u",
);
const HAS_MARKER = new RegExp(MARKER, "u");
/** Values found as a correction: the gap after them needs no correction word of its own. */
const AFTER_CORRECTION: ReadonlySet<string> = new Set(["correction:before", "correction:after"]);
const MAX_BRIDGE = 32;

/**
 * `080-3319 の、えーと、あ、違った、3391-2074`: a value, a correction and the value said instead
 * are one item; a candidate over the gap lets the two merge (same-type overlaps merge into their
 * union). A broken-off start (`ゼロ サン の…… 03-5987-…`) needs no correction word.
 */
export function bridgeCorrections(text: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const values: Candidate[] = [];
  const types = new Set<string>();
  let repeated = false;
  for (const candidate of found) {
    if (!BRIDGED.has(candidate.type)) continue;
    if (types.has(candidate.type)) repeated = true;
    types.add(candidate.type);
    values.push(candidate);
  }
  // A bridge joins two values of one type.
  if (!repeated) return out;
  values.sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < values.length; i += 1) {
    const left = values[i] as Candidate;
    let j = i + 1;
    while (j < values.length && (values[j] as Candidate).start < left.end) j += 1;
    const right = values[j];
    if (!right || right.type !== left.type || right.start - left.end > MAX_BRIDGE) continue;
    const gap = text.slice(left.end, right.start).replace(/ /gu, "");
    if (gap.length === 0 || !BRIDGE_GAP.test(gap)) continue;
    // …あ、最後は3092です。090-1647-3092: the corrected group, then the whole value said again.
    if (!HAS_MARKER.test(gap) && !AFTER_CORRECTION.has(left.evidence)) continue;
    out.push(changedCandidate(left, { end: right.end, score: 0.5, evidence: "correction:bridge" }));
  }
  return out;
}

/** `4 の 17 の、いや、4 の 71 の 3`: a block number said again after an address. */
const ADDRESS_CORRECTION = new RegExp(
  `^(?: ?の)?[、。 ]{0,3}(?:${MARKER}[、。 ]{0,2}){1,3}([0-9]{1,4}(?:(?: ?の ?|-)[0-9]{1,4}){1,3})(?![0-9])`,
  "u",
);

/** Block numbers said again after a found address (`…の、いや、4 の 71 の 3`). */
export function findAddressCorrections(text: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const value of found) {
    if (value.type !== "address") continue;
    const after = ADDRESS_CORRECTION.exec(text.slice(value.end, value.end + 48));
    if (!after?.[1]) continue;
    const end = value.end + after[0].length;
    out.push(correction("address", end - after[1].length, end, after[1], "correction:after"));
  }
  // 白鷺台六丁目、あ、違う、五丁目の三十番九号: the town and a 丁目 taken back, then the block.
  for (const value of found) {
    if (
      value.type !== "address" ||
      !/^[0-9〇一二三四五六七八九十]{1,3}丁目/u.test(text.slice(value.start, value.end))
    )
      continue;
    const before = CHOME_TAKEN_BACK.exec(text.slice(Math.max(0, value.start - 40), value.start));
    if (!before) continue;
    const start = value.start - before[0].length;
    out.push(
      changedCandidate(value, {
        start,
        score: 0.5,
        evidence: "correction:chome",
        key: text.slice(start, value.end),
      }),
    );
  }
  return out;
}

/** The place and a 丁目 said before a correction word (`宵待区白鷺台六丁目、あ、違う、`). */
const CHOME_TAKEN_BACK = new RegExp(
  `(?<![\\p{Script=Han}ヶ々ノ])[\\p{Script=Han}ヶ々ノ]{2,12}[0-9〇一二三四五六七八九十]{1,3}丁目[、。 ]{0,3}(?:${MARKER}[、。 ]{0,2}){1,3}$`,
  "u",
);
