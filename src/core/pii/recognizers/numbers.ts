import { changedCandidate } from "./changed-candidate";
import { execAll } from "../text-tools";
import { cuesAfter, cuesBefore, nearestCueKind } from "../cues";
import type { CueHit, CueKind } from "../cues";
import type { Candidate, RecognizerInput } from "../types";
import type { NumberVerdict } from "./classify-number";
import { classifyNumber } from "./classify-number";
import type { NumberRun } from "./number-runs";
import { dropStutters, findNumberRuns, splitAtSpaces, twoWaySplits } from "./number-runs";
import { KANA_NUMBER_WORD, readKanaNumber } from "./address-readback";
import { joinHesitatedRuns, mergeRuns } from "./join-runs";
import { toHiragana } from "./kana-names";
import { classifyByTopic, splitJoinedNumbers } from "./number-topics";

/** How far before a number its context word may be (characters; Japanese has no spaces). */
const CUE_WINDOW_BEFORE = 24;
/** `1234-5678-9018がマイナンバーです`: a short window after. */
const CUE_WINDOW_AFTER = 6;
/** A licence word may stand farther back from a bare 12-digit number (pii-japan.md §3.10). */
const LICENCE_CUE_WINDOW = 40;
const LICENCE_DIGITS = 12;
/**
 * 郵便番号が分からなくて。月見坂2丁目11番4号 …。はい、071-8589です。: a postal code looked up and
 * given after the address, farther back from its word than the usual window.
 */
const POSTAL_CUE_WINDOW = 64;
/** Shorter numbers are fees, counts and times, never an identifier on their own. */
const MIN_DIGITS = 4;
/** Digits from which a number followed by 号 is an identifier, not an address part. */
const LONG_ID_DIGITS = 8;
/**
 * A unit right after a number makes it an amount, count, time or address part (名義 is no 名;
 * 個人番号 and 通知カード, the next field's label after a line break, are no 個 or 通).
 */
const UNIT_AFTER =
  /^\s?(円|件|人|名(?![義前字簿])|回|歳|才|個(?!人)|枚|通(?!知)|台|部|冊|時|分|秒|日(?!曜)|週|月(?!曜)|年(?!金)|%|ヶ|か月|カ月|万|千|億|倍|割|点|位|キロ|km|kg|cm|mm|号|期|番(?!号)|丁目|階|階建|F\b|桁|ケタ|けた|文字|円)/u;

/** 〒263-0054 千葉県, 〒100-0005 千代田区: a place name starting with a numeral kanji. */
const PLACE_AFTER_POSTAL = /^\s?[千万](?![円人件])/u;

/** 〒219-8732の私書箱: a post-office box is an organisation's address, not a caller's. */
const PUBLIC_AFTER = /^\s?の?(?:郵便)?私書箱/u;

/**
 * Phone numbers, My Number, card, bank, ゆうちょ, postal-code, pension, licence, insurance and
 * 住民票コード numbers: one pass over the digit runs, each typed by shape, check digits and the
 * nearest context word.
 */
export function recognizeNumbers(input: RecognizerInput): Candidate[] {
  const { text } = input;
  const hits = input.cues;
  const out: Candidate[] = [];
  // 記号はさんにいいち: short fields read in kana hold no digit the normalizer could see.
  if (!/[0-9]/.test(text))
    return /記号|番号|枝番/u.test(text) ? findInsuranceFields(text, [], hits) : out;
  const runs = findNumberRuns(text);
  const consumed = new Set<NumberRun>();
  for (const chain of joinHesitatedRuns(text, runs)) {
    if (chain.some((run) => consumed.has(run))) continue;
    const found = classifyRun(text, mergeRuns(chain), hits);
    if (!found) continue;
    out.push(changedCandidate(found, { evidence: `${found.evidence}+joined` }));
    for (const run of chain) consumed.add(run);
  }
  const unclassified: NumberRun[] = [];
  for (const run of runs) {
    if (consumed.has(run) || run.digits.length < MIN_DIGITS) continue;
    const destuttered = dropStutters(run);
    const found =
      classifyRun(text, run, hits) ??
      (destuttered && classifyRun(text, destuttered, hits)) ??
      afterFalseStart(text, run, hits);
    if (found) {
      out.push(found);
      continue;
    }
    const pieces = text.slice(run.start, run.end).includes(" ") ? splitAtSpaces(text, run) : [];
    const parts = pieces.length < 2 ? [] : pieces.map((piece) => classifyRun(text, piece, hits));
    for (const part of parts) if (part) out.push(part);
    if (parts.some(Boolean)) continue;
    const halves = splitJoinedNumbers(text, run, (part) => classifyRun(text, part, hits));
    const topical = halves.length > 0 ? null : classifyByTopic(text, run, hits);
    out.push(...halves, ...(topical ? [topical] : []));
    if (halves.length === 0 && !topical) unclassified.push(run);
  }
  if (runs.length > 1) out.push(...findInterruptedNumbers(text, runs, hits));
  return [
    ...out,
    ...findPartialRepeats(unclassified, out),
    ...findInsuranceFields(text, runs, hits),
  ];
}

/**
 * 電話はナナゼロ、あ、ゼロナナゼロ、ハチロクゴーサン…: a start the caller broke off (the normalizer
 * joins it to the number said after it); the rest of the run is classified alone.
 */
function afterFalseStart(text: string, run: NumberRun, hits: readonly CueHit[]): Candidate | null {
  if (run.groups.length < 3 || run.groups.length > 6 || (run.groups[0] ?? 0) > 4) return null;
  if (/^0(?:120|800|570|990)/u.test(run.digits)) return null;
  const rest = twoWaySplits(text, run, 1)[0]?.[1];
  // Only a whole number said again counts (090、あ、080-1234-5678), not the tail of one.
  if (!rest || rest.digits.length < 10) return null;
  return classifyRun(text, rest, hits);
}

/** 記号は41、番号は1187、枝番は01: the short fields of an insurance card, each after its label. */
// 枝番っていうのが02: the label may be quoted (っていうのが, というのは) before its value.
const FIELD_LABEL =
  /(?:記号|番号|枝番)(?:(?:って|と)(?:いう|言う)(?:のが|のは))?(?:は|が|:)?[\s、]?$/u;
const MAX_FIELD_DIGITS = 3;
const KANA_AFTER_LABEL = /(?:記号|番号|枝番)(?:は|が|:)?[、 ]?[いにさよしごろなはきくじぜれま]/u;
/** 番号がにーいちろくです: a short field read in kana digits the normalizer leaves as words. */
const KANA_FIELD = new RegExp(
  `(?:記号|番号|枝番)(?:は|が|:)?[、 ]?(${KANA_NUMBER_WORD}{1,4})(?=です|[、。]|$)`,
  "gu",
);

function findInsuranceFields(
  text: string,
  runs: readonly NumberRun[],
  hits: readonly CueHit[],
): Candidate[] {
  const out: Candidate[] = [];
  if (!/記号|番号|枝番/u.test(text)) return out;
  const fields: { start: number; end: number; digits: string }[] = [];
  for (const run of runs)
    if (run.digits.length <= MAX_FIELD_DIGITS && run.groups.length === 1) fields.push(run);
  // 記号がニーゴー: katakana digits are read like hiragana ones (same length, same offsets).
  const kana = /(?:記号|番号|枝番)(?:は|が|:)?[、 ]?[ァ-ヶ]/u.test(text) ? toHiragana(text) : text;
  for (const match of KANA_AFTER_LABEL.test(kana) ? execAll(KANA_FIELD, kana) : []) {
    const end = (match.index ?? 0) + match[0].length;
    const digits = String(readKanaNumber(match[1] ?? ""));
    if (/^[0-9]{1,3}$/u.test(digits))
      fields.push({ start: end - (match[1] ?? "").length, end, digits });
  }
  for (const run of fields) {
    if (!FIELD_LABEL.test(text.slice(Math.max(0, run.start - 10), run.start))) continue;
    if (UNIT_AFTER.test(text.slice(run.end, run.end + 4))) continue;
    const nearest = nearestCueKind(cuesBefore(hits, run.start, CUE_WINDOW_BEFORE));
    // 保険証のね、番号はね、記号が…。番号が、321: a card's 記号 and 番号 said as a pair, the card
    // named further back than the window, no other context word nearer.
    const paired =
      nearest === undefined &&
      text.includes("記号") &&
      hits.some((hit) => hit.kind === "insurance" && hit.end <= run.start);
    if (nearest !== "insurance" && !paired) continue;
    out.push({
      type: "health_insurance",
      start: run.start,
      end: run.end,
      score: 0.75,
      evidence: "cue:insurance+field",
      key: run.digits,
    });
  }
  return out;
}

/** How far apart the pieces of a number a caller broke off may be (characters). */
const MAX_INTERRUPTION = 64;
/** A piece that starts an interrupted number is shorter than any whole phone number. */
const MAX_INTERRUPTED_HEAD = 9;
const INTERRUPTED_TYPES = new Set([
  "phone",
  "my_number",
  "bank_account",
  "credit_card",
  "postal_code",
  "pension_number",
]);

/**
 * `電話番号 090、あ、ちょっと待ってください、メモ見ます、えーと 7714-2089`: a number the caller breaks
 * off to look something up, or to hand the phone over, and finishes after: two or three pieces
 * with words but no digits and no other context word between them, which together make a phone
 * number or a My Number after its context word. The candidate spans the pieces and the words.
 */
function findInterruptedNumbers(
  text: string,
  runs: readonly NumberRun[],
  hits: readonly CueHit[],
): Candidate[] {
  const out: Candidate[] = [];
  const anyCue = hits.some((hit) => INTERRUPTED_CUES.has(hit.kind));
  // Without a correction word anywhere, a head that is not cued finds nothing (looked for once,
  // when the first such head comes).
  let anyTakenBack: boolean | undefined;
  for (let i = 0; i + 1 < runs.length; i += 1) {
    const head = runs[i] as NumberRun;
    if (head.digits.length > MAX_CORRECTED_HEAD || head.digits.length < 3) continue;
    // Only after a context word for such a number, or a phone number's leading 0 (or a correction).
    const cued = head.digits[0] === "0" || (anyCue && hasNumberCue(hits, head));
    if (!cued && !(anyTakenBack ??= GROUP_TAKEN_BACK.test(text))) continue;
    // 15桁で、3425…: a count or an amount is no piece of a number.
    if (UNIT_AFTER.test(text.slice(head.end, head.end + 4))) continue;
    let fallback: Candidate | null = null;
    let best: Candidate | null = null;
    const takenBack: boolean[] = [];
    for (let j = i + 1; j < runs.length && j <= i + MAX_PIECES - 1 && !best; j += 1) {
      const previous = runs[j - 1] as NumberRun;
      const tail = runs[j] as NumberRun;
      if (tail.start - head.end > MAX_INTERRUPTION) break;
      if (hits.some((hit) => hit.start >= head.end && hit.end <= tail.start)) break;
      // 還付額4,800円: an amount is no piece of a number.
      if (AMOUNT_AFTER.test(text.slice(tail.end, tail.end + 4))) break;
      const gap = text.slice(previous.end, tail.start);
      // Another number's label between the pieces: they are two numbers.
      if (/番号|番地|号室/u.test(gap)) break;
      // 4045-4917、あ、間違えた、0917-3323: the group said before a correction is replaced.
      takenBack.push(gap.length <= MAX_CORRECTION_GAP && GROUP_TAKEN_BACK.test(gap));
      const corrected = takenBack.includes(true);
      if (!cued && !corrected) break;
      if (!corrected && head.digits.length > MAX_INTERRUPTED_HEAD) continue;
      const merged = withoutTakenBack(runs.slice(i, j + 1), takenBack);
      // Shorter than any number typed here (a postal code has 7 digits, an account 6).
      const found = merged && merged.digits.length >= 6 ? classifyRun(text, merged, hits) : null;
      if (!found || !INTERRUPTED_TYPES.has(found.type) || !interruptedEvidence(found, head))
        continue;
      const candidate = changedCandidate(found, {
        score: 0.6,
        evidence: `${found.evidence}+interrupted`,
      });
      // A My Number whose check digit fails may be a wrong reading: a longer chain may pass.
      if (found.evidence.includes("checksum-failed")) fallback ??= candidate;
      else best = candidate;
    }
    const chosen = best ?? fallback;
    if (chosen) out.push(chosen);
  }
  return out;
}

/**
 * The chain as one run, without the group said before each correction (the last group of the
 * piece before it, or the whole piece when it is one group).
 */
function withoutTakenBack(chain: readonly NumberRun[], takenBack: readonly boolean[]): NumberRun {
  let digits = "";
  const groups: number[] = [];
  chain.forEach((run, k) => {
    const drop = takenBack[k] === true ? (run.groups.at(-1) ?? 0) : 0;
    digits += run.digits.slice(0, run.digits.length - drop);
    groups.push(...(drop > 0 ? run.groups.slice(0, -1) : run.groups));
  });
  const first = chain[0] as NumberRun;
  const last = chain.at(-1) as NumberRun;
  return { start: first.start, end: last.end, digits, groups, international: first.international };
}

const INTERRUPTED_CUES: ReadonlySet<CueKind> = new Set<CueKind>([
  "phone",
  "my_number",
  "bank",
  "card",
  "postal",
  "pension",
]);

/** A context word before the first piece, or after it (…サンサンニサン、マイナンバーはそれで全部です). */
function hasNumberCue(hits: readonly CueHit[], head: NumberRun): boolean {
  for (const kind of cuesBefore(hits, head.start, CUE_WINDOW_BEFORE).keys())
    if (INTERRUPTED_CUES.has(kind)) return true;
  for (const kind of cuesAfter(hits, head.end, MAX_INTERRUPTION + CUE_WINDOW_BEFORE).keys())
    if (INTERRUPTED_CUES.has(kind)) return true;
  return false;
}

/** Thousands written with a comma, or yen: the digits before are an amount. */
const AMOUNT_AFTER = /^(?:,[0-9]{3}|\s?円)/u;

/** Pieces of one number: four groups of a card or a My Number said with pauses. */
const MAX_PIECES = 4;

/** A correction said between the pieces (あ、間違えた / ごめんなさい / じゃなくて). */
const GROUP_TAKEN_BACK =
  /間違え|ごめん|すみません|すいません|じゃなくて|ではなくて|違った|違う|訂正/u;
/** The correction is said right after the group it takes back. */
const MAX_CORRECTION_GAP = 16;
/** A head that loses its last group to a correction may hold a whole number before it. */
const MAX_CORRECTED_HEAD = 16;

/**
 * A context word typed the pieces, or (自宅は0238-82の……あれ、何番だっけ。あ、4205です) they make a
 * phone number whose first piece starts with 0 and holds an area code's worth of digits.
 */
function interruptedEvidence(found: Candidate, head: NumberRun): boolean {
  if (found.evidence.startsWith("cue:")) return true;
  // A card number whose pieces pass the Luhn check with a brand's prefix.
  if (found.type === "credit_card" && found.evidence.includes("luhn")) return true;
  return found.type === "phone" && head.digits.startsWith("0") && head.digits.length >= 4;
}

/** Digits a broken-off start of a number needs before it is masked like the whole one. */
const MIN_PARTIAL_DIGITS = 6;

/**
 * `090の4432の…あ、すみません、090の4432の1109`: a caller who restarts leaves the start of the
 * number behind; a run that begins another found number is masked as that type.
 */
function findPartialRepeats(runs: readonly NumberRun[], found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const run of runs) {
    if (run.digits.length < MIN_PARTIAL_DIGITS) continue;
    const whole = found.find(
      (candidate) =>
        candidate.key.length > run.digits.length && candidate.key.startsWith(run.digits),
    );
    if (!whole) continue;
    out.push({
      type: whole.type,
      start: run.start,
      end: run.end,
      score: 0.6,
      evidence: "partial-repeat",
      key: run.digits,
    });
  }
  return out;
}

/** `080-2219-6603 日中は…`: a grouped phone-shaped number, a space, then a word: 日 is no unit. */
function spacedGroupsBeforeWord(text: string, run: NumberRun): boolean {
  return (
    run.groups.length > 1 &&
    run.digits.length >= 10 &&
    run.digits.startsWith("0") &&
    text[run.end] === " "
  );
}

/** The run starts after a month and a slash and ends before a colon and minutes (12/14 15:30). */
function isDayAndHour(text: string, run: NumberRun): boolean {
  return (
    run.groups.length === 2 &&
    text[run.start - 1] === "/" &&
    /[0-9]/u.test(text[run.start - 2] ?? "") &&
    /^:[0-5][0-9]/u.test(text.slice(run.end, run.end + 3))
  );
}

function classifyRun(text: string, run: NumberRun, hits: readonly CueHit[]): Candidate | null {
  if (run.digits.length < MIN_DIGITS) return null;
  // 12/14 15:30: a date's day and a time's hour spaced apart are no number.
  if (isDayAndHour(text, run)) return null;
  const mark = postalMarkBefore(text, run.start);
  // 〒263-0054 千葉県…: after 〒 a kanji numeral starting a place name is no unit.
  const after = text.slice(run.end, run.end + 4);
  const unit =
    spacedGroupsBeforeWord(text, run) ||
    (mark > 0 && run.digits.length === 7 && PLACE_AFTER_POSTAL.test(after))
      ? null
      : UNIT_AFTER.exec(after);
  // 第123456789012号 is how a driver's licence prints its number: 号 is no unit for long numbers.
  if (unit && !(unit[1] === "号" && run.digits.length >= LONG_ID_DIGITS)) return null;
  if (PUBLIC_AFTER.test(text.slice(run.end, run.end + 8))) return null;
  const cues = new Map<CueKind, number>(cuesBefore(hits, run.start, CUE_WINDOW_BEFORE));
  for (const [kind, distance] of cuesAfter(hits, run.end, CUE_WINDOW_AFTER)) {
    if (kind !== "negative" && !cues.has(kind)) cues.set(kind, distance + CUE_WINDOW_BEFORE / 2);
  }
  if (mark > 0) cues.set("postal", 0);
  if (cues.has("insurance") && isLotAfterTown(text, run)) cues.delete("insurance");
  if (negativeLabelTaken(text, run, cues)) cues.delete("negative");
  const verdict =
    labelledInsurance(text, run, cues) ??
    classifyNumber(run, cues) ??
    classifyLicenceFarther(run, hits) ??
    classifyPostalFarther(text, run, hits);
  if (!verdict) return null;
  // Spelled out, not spread: verdicts come in several shapes and a spread of them is slow.
  const { type, score, evidence } = verdict;
  // The 〒 mark belongs to the postal code it stands before: masked with it.
  const start = type === "postal_code" ? run.start - mark : run.start;
  // Keys in the order of every other candidate: one object shape for the passes that read them.
  return { type, start, end: run.end, score, evidence, key: run.digits };
}

/** A town's last character: kanji or katakana that is no label of a number (号, 番, 証, 記 …). */
const TOWN_END = /[\p{Script=Han}ァ-ヶ々ヶ](?<![号番証記枝欄者類票])$/u;
const MAX_LOT_GROUP = 3;

/**
 * 介護保険証を、青葉市柳町2-4-18の家に: a block, lot and house number glued to a town's name is
 * an address, even with an insurance word nearby (an insurance number is no three short groups
 * written straight after a place).
 */
function isLotAfterTown(text: string, run: NumberRun): boolean {
  if (run.groups.length < 3 || run.groups.some((size) => size > MAX_LOT_GROUP)) return false;
  return TOWN_END.test(text.slice(Math.max(0, run.start - 1), run.start));
}

/**
 * 被保険者番号は / 保険証の番号 / 被保険者証の番号、: the label of an insurance number right before
 * its value.
 */
const INSURANCE_LABEL = /(?:保険者(?:証の?)?|保険証の?|保険の?)番号(?:は|が|:|：)?[、 ]?$/u;
const INSURANCE_LABEL_DIGITS = /^[0-9]{6,12}$/u;

/**
 * 介護保険の被保険者番号は0300527119: a care-insurance number has ten digits and often starts with
 * 0, so it looks like a landline; a number labelled as an insurance number right before it is one.
 */
function labelledInsurance(
  text: string,
  run: NumberRun,
  cues: ReadonlyMap<CueKind, number>,
): NumberVerdict | null {
  const distance = cues.get("insurance");
  if (distance === undefined || distance > 8 || cues.has("negative")) return null;
  if (!INSURANCE_LABEL_DIGITS.test(run.digits) || run.groups.length > 1) return null;
  if (!INSURANCE_LABEL.test(text.slice(Math.max(0, run.start - 12), run.start))) return null;
  return { type: "health_insurance", score: 0.8, evidence: "cue:insurance+label" };
}

/**
 * A number of the label's own, then the end of its bracket or sentence, or the next field's label
 * (法人番号：…⏎直通：0898-…: a mail signature's lines).
 */
const LABELLED_NUMBER_THEN_BREAK = /[0-9]{4,}(?:[^0-9)）。]{0,8}[)）。]| [^0-9 :：]{1,8}[:：] ?$)/u;

/**
 * （弊社法人番号 9901610986625）。担当：白石（092-…）: a corporate or receipt number's label says
 * what the number right after it is; once that number has been given and its clause has ended,
 * the label says nothing about the next one.
 */
function negativeLabelTaken(
  text: string,
  run: NumberRun,
  cues: ReadonlyMap<CueKind, number>,
): boolean {
  const distance = cues.get("negative");
  if (distance === undefined || distance < 5) return false;
  return LABELLED_NUMBER_THEN_BREAK.test(text.slice(run.start - distance, run.start));
}

/** Length of a `〒` or `〒 ` right before `at` (0 when there is none). */
function postalMarkBefore(text: string, at: number): number {
  if (text[at - 1] === "〒") return 1;
  return text.slice(Math.max(0, at - 2), at) === "〒 " ? 2 : 0;
}

/**
 * A number in the postal code's own written shape (3-4, its hyphen) with a postal word farther
 * back than the usual window and no other context word in between: the code given as an answer.
 */
function classifyPostalFarther(
  text: string,
  run: NumberRun,
  hits: readonly CueHit[],
): NumberVerdict | null {
  if (run.digits.length !== 7 || run.groups.length !== 2 || run.groups[0] !== 3) return null;
  const far = cuesBefore(hits, run.start, POSTAL_CUE_WINDOW);
  if (nearestCueKind(far) !== "postal") return null;
  // 郵便で送ります… 123-4567: the post itself names no code; only the code's own word reaches so far.
  const cueEnd = run.start - (far.get("postal") ?? 0);
  if (!/(?:〒|番号|ばんごう|zip|postal)$/iu.test(text.slice(Math.max(0, cueEnd - 8), cueEnd)))
    return null;
  return { type: "postal_code", score: 0.8, evidence: "cue:postal+far" };
}

/**
 * A bare 12-digit number with a licence word further back (免許証を持って行くので、先に番号を…
 * 123456789012です): a licence number, read within the wider window pii-japan.md §3.10 gives.
 */
function classifyLicenceFarther(run: NumberRun, hits: readonly CueHit[]): NumberVerdict | null {
  if (run.digits.length !== LICENCE_DIGITS) return null;
  const far = new Map<CueKind, number>(cuesBefore(hits, run.start, LICENCE_CUE_WINDOW));
  if (far.has("negative") || !far.has("license")) return null;
  return classifyNumber(run, new Map([["license", far.get("license") ?? 0]]));
}
