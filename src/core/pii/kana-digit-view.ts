import type { NormalizedText } from "../text";
import { KANA_DAY_WORDS, kanaWordsValue } from "./recognizers/kana-numbers";
import { toHiragana } from "./recognizers/kana-names";

/**
 * The masker's reading of numbers said in kana that `normalizeText` leaves as words (its output
 * is shared with other users and stays as it is):
 *
 * - a number before a date counter: `ろくねんの、さんがつ、みっか` → `6年の、3月、3日` (the day word
 *   only right after a month read this way or written);
 * - three or more digits read one by one, two of them unambiguous: `さんにーいち` → `321`,
 *   `にーまるご` → `205` (not `にーさん`, `しちごさん`, or a に/ご glued to the next word);
 * - two to four katakana digits said one at a time with pauses (`ゼロ、ハチ` → `08`), and kana
 *   digits the normalizer split at each pause (`ナナ、ハチ、サン`: `7-8-3` → `783`);
 * - a particle the normalizer read as the last digits of a spoken phone number:
 *   `…ごーにーよんぜろにお願い` became `…-52402お願い`; the に is given back.
 *
 * Used for detection only: the result is a {@link NormalizedText} whose offsets still point into the
 * original text, so every span maps back. Texts without such numbers are returned as they are.
 */
export function kanaDigitView(original: string, normalized: NormalizedText): NormalizedText {
  const { text } = normalized;
  // One scan for every rule's fixed words first (most texts hold none), then each rule's own.
  if (!ANY_GUARD.test(text)) return normalized;
  const dates = DATE_GUARD.test(text);
  const runs = STRONG_PAIR.test(text);
  const particles = text.includes("-") && FIVE_AFTER_DASH.test(text);
  const paused = original.includes("、") && (PAUSED_PAIR.test(text) || SINGLE_DIGITS.test(text));
  if (!dates && !runs && !particles && !paused) return normalized;
  const edits: Edit[] = [];
  if (dates) for (const edit of dateEdits(text)) edits.push(edit);
  if (runs) for (const edit of digitRunEdits(text)) edits.push(edit);
  if (particles) for (const edit of particleEdits(original, normalized)) edits.push(edit);
  if (paused) {
    for (const edit of pausedKatakanaEdits(text)) edits.push(edit);
    for (const edit of pausedDigitEdits(original, normalized)) edits.push(edit);
  }
  if (edits.length === 0) return normalized;
  return applyEdits(normalized, edits);
}

/**
 * `さんはちにいなな`, `ななよんごういち`: speech recognition writes the long vowel of にー (2) and ごー
 * (5) as い and う, which the normalizer does not read as digits. Between two unambiguous digit words
 * (a space or a pause allowed on each side) they are respelt with ー. Same length, so every offset
 * of the result is one of `text`; `にいさん` (a brother) alone or `さんごう` (No. 3) are left.
 */
export function respellDigitWords(text: string): string {
  if (!text.includes("にい") && !text.includes("ごう")) return text;
  return text.replace(LONG_VOWEL_DIGIT, (word) => `${word[0] ?? ""}ー`);
}

const STRONG_WORD =
  "(?:いち|にー|にい|さん|よん|ごー|ごう|ろく|なな|しち|はち|きゅう|ぜろ|まる|れい)";
const LONG_VOWEL_DIGIT = new RegExp(
  `(?<=${STRONG_WORD}[ 、]?)(?:にい|ごう)(?=[ 、]?${STRONG_WORD})`,
  "g",
);

type Edit = { readonly start: number; readonly end: number; readonly text: string };

const DIGIT_WORD =
  "(?:いち|にい|にー|に|さん|よん|しち|し|よ|ごー|ご|ろく|なな|はち|きゅう|きゅー|く|ぜろ|れい|まる)";
const NUMBER_WORD = `(?:${DIGIT_WORD.slice(3, -1)}|じゅう|じゅっ)`;
/**
 * Before a number word: no hiragana, or a particle that is no number word itself (the に of
 * `しがつにじゅうさんにち` is the start of 23).
 */
const BOUNDARY_BEFORE = "(?<![ぁ-ゖ](?<![はがのもをでとや]))";
/** The guards: a date counter, two unambiguous digit words in a row, a dash before five digits. */
const DATE_GUARD = /ねん|がつ|にち/;
const STRONG = "(?:いち|にい|にー|さん|よん|しち|ごー|ろく|なな|はち|きゅ|ぜろ|れい|まる)";
const STRONG_PAIR = new RegExp(`${STRONG}[にしごくよ]?${STRONG}`);
/** A last group of five digits or more, or one or two digits after a group of four. */
const FIVE_AFTER_DASH = /-[0-9]{5}|-[0-9]{4}-[0-9]{1,2}(?![0-9])/;

const WORD_RE = new RegExp(NUMBER_WORD, "gu");
const numberValue = (said: string): number => kanaWordsValue(said.match(WORD_RE) ?? []);

/** `ろくねん`, `さんがつ`, `じゅうににち`: a number of at most a few words before its counter. */
const COUNTED = new RegExp(
  `${BOUNDARY_BEFORE}(${NUMBER_WORD}{1,5})(ねん(?![きどれ])|がつ|にち(?![じよ]))`,
  "gu",
);
/** After a month (`3月`, `さんがつ`) and a pause: the day word, perhaps after its tens. */
const DAY_AFTER_MONTH = new RegExp(
  `(?<=(?:[0-9]月|がつ)の?(?:[、 ]|えー|えっと|あの){0,3})((?:に|さん)?じゅう)?(${Object.keys(KANA_DAY_WORDS).join("|")})`,
  "gu",
);
const COUNTER: Readonly<Record<string, string>> = { ねん: "年", がつ: "月", にち: "日" };

function dateEdits(text: string): Edit[] {
  const out: Edit[] = [];
  for (const match of text.matchAll(COUNTED)) {
    const value = numberValue(match[1] ?? "");
    const counter = (match[2] ?? "").slice(0, 2);
    if (value <= 0 || (counter === "がつ" && value > 12) || (counter === "にち" && value > 31))
      continue;
    const start = match.index ?? 0;
    out.push({ start, end: start + match[0].length, text: `${value}${COUNTER[counter] ?? ""}` });
  }
  if (out.some((edit) => edit.text.endsWith("月")) || /[0-9]月/u.test(text)) {
    for (const match of text.matchAll(DAY_AFTER_MONTH)) {
      const tens = match[1] ? numberValue(match[1]) : 0;
      const day = KANA_DAY_WORDS[match[2] ?? ""] ?? 0;
      const value = tens > 0 && day >= 10 ? -1 : tens + day;
      if (value <= 0 || value > 31) continue;
      const start = match.index ?? 0;
      out.push({ start, end: start + match[0].length, text: `${value}日` });
    }
  }
  return out;
}

/** Digits read one by one: three words or more, no unit word. */
const DIGIT_RUN = new RegExp(`${BOUNDARY_BEFORE}${DIGIT_WORD}{3,8}`, "gu");
const DIGIT_WORD_RE = new RegExp(DIGIT_WORD, "gu");
/** Readings that are also syllables of ordinary words (に, し, ご, く, よ). */
const WEAK = new Set(["に", "し", "ご", "く", "よ"]);
/** What may follow a number read digit by digit: a pause, です, a particle before a non-kana word. */
const BOUNDARY_AFTER = /^(?:$|[^ぁ-ゖ]|です|でした|で[、。]|ね|の|は|が|を|と|まで|から|や|って)/u;
/** Words that are read like digits (七五三). */
const DIGIT_LIKE_WORDS = /しちごさん|いちにち|にいさん|にーさん/u;

function digitRunEdits(text: string): Edit[] {
  const out: Edit[] = [];
  for (const match of text.matchAll(DIGIT_RUN)) {
    const start = match.index ?? 0;
    const words = match[0].match(DIGIT_WORD_RE) ?? [];
    let end = start + match[0].length;
    // A weak reading at the end belongs to the next word unless a boundary follows it.
    while (words.length > 0 && !BOUNDARY_AFTER.test(text.slice(end, end + 3))) {
      const last = words.pop() ?? "";
      end -= last.length;
      if (!WEAK.has(last)) {
        words.length = 0;
        break;
      }
    }
    if (words.length < 3 || WEAK.has(words[0] ?? "")) continue;
    if (words.filter((word) => !WEAK.has(word)).length < 2) continue;
    if (DIGIT_LIKE_WORDS.test(text.slice(start, end))) continue;
    out.push({ start, end, text: words.map((word) => String(kanaWordsValue([word]))).join("") });
  }
  return out;
}

/**
 * `090-7381-52402お願い`: the normalizer read the particle に after a spoken phone number as a
 * fifth digit of its last group. The digit is given back as the kana it was said with.
 */
function particleEdits(original: string, normalized: NormalizedText): Edit[] {
  const out: Edit[] = [];
  const { text, offsets } = normalized;
  for (const match of text.matchAll(PHONE_WITH_PARTICLE)) {
    const digits = match[0].replace(/-/gu, "");
    // Only where the number without them has a phone number's length (not 0120-…, a service line).
    if (/^0(?:120|800|570|990)/u.test(digits)) continue;
    const extra = digits.length - (digits.startsWith("0") && /^0[789]0/u.test(digits) ? 11 : 10);
    if (extra < 1 || extra > 2) continue;
    const end = (match.index ?? 0) + match[0].length;
    const given: Edit[] = [];
    // きゅうにください → 9, 2, 9: each extra digit must be a weak reading after a kana digit.
    for (let at = end - 1; given.length < extra && at > 0; at -= 1) {
      if (text[at] === "-") continue;
      const from = offsets[at] ?? 0;
      const said = original.slice(from, offsets[at + 1] ?? from);
      if (!WEAK.has(said) || !/[ぁ-ゖ ]/u.test(original[from - 1] ?? "")) break;
      given.push({ start: at, end: at + 1, text: said });
    }
    if (given.length === extra) out.push(...given);
  }
  return out;
}

/** A spoken phone number with one or two digits too many at its end, a word right after. */
const PHONE_WITH_PARTICLE =
  /(?<![0-9-])0[0-9]{1,4}-[0-9]{2,4}-[0-9]{4,6}(?:-[0-9]{1,2})?(?=[ぁ-ゖ一-龯])/gu;

/** ゼロ、ハチ: unambiguous katakana digit words, each said alone with a pause between. */
const KATAKANA_DIGIT = "(?:ゼロ|マル|レイ|イチ|ニー|サン|ヨン|ゴー|ロク|ナナ|ハチ|キュウ|キュー)";
const PAUSED_KATAKANA = new RegExp(
  `(?<![\\u30a1-\\u30faー])${KATAKANA_DIGIT}(?:、${KATAKANA_DIGIT}){1,3}(?![\\u30a1-\\u30faー]|、${KATAKANA_DIGIT})`,
  "gu",
);
const PAUSED_PAIR = new RegExp(`${KATAKANA_DIGIT}、${KATAKANA_DIGIT}`);

/**
 * 記号が、柊の、ゼロ、ハチ: two to four digits read in katakana one at a time (the normalizer joins
 * runs of three or more digits only). Read as one number; the pauses are left out of the view.
 */
function pausedKatakanaEdits(text: string): Edit[] {
  const out: Edit[] = [];
  for (const match of text.matchAll(PAUSED_KATAKANA)) {
    const start = match.index ?? 0;
    const digits = match[0]
      .split("、")
      .map((word) => String(kanaWordsValue([toHiragana(word)])))
      .join("");
    out.push({ start, end: start + match[0].length, text: digits });
  }
  return out;
}

/** 7-8-3: single digits the normalizer split at each pause. */
const SINGLE_DIGITS = /(?<![0-9-])[0-9](?:-[0-9]){2,3}(?![0-9-])/;
const SINGLE_DIGITS_ALL = new RegExp(SINGLE_DIGITS.source, "g");
const KANA = /^[\u3041-\u3096\u30a1-\u30faー]+$/u;

/**
 * 番号は、ナナ、ハチ、サンです: three or four digits read in kana one at a time with a pause after
 * each are one short number (a written 7-8-3, or kana with の between, is left as it is).
 */
function pausedDigitEdits(original: string, normalized: NormalizedText): Edit[] {
  const out: Edit[] = [];
  const { text, offsets } = normalized;
  for (const match of text.matchAll(SINGLE_DIGITS_ALL)) {
    const start = match.index ?? 0;
    let spoken = true;
    for (let i = start; i < start + match[0].length && spoken; i += 1) {
      const said = original.slice(offsets[i] ?? 0, offsets[i + 1] ?? 0);
      spoken = text[i] === "-" ? said === "、" : KANA.test(said);
    }
    if (spoken)
      out.push({ start, end: start + match[0].length, text: match[0].replace(/-/gu, "") });
  }
  return out;
}

/** Applies non-overlapping edits (the first of two overlapping ones wins) to the view. */
function applyEdits(normalized: NormalizedText, edits: Edit[]): NormalizedText {
  edits.sort((a, b) => a.start - b.start);
  const { text, offsets } = normalized;
  const parts: string[] = [];
  const out: number[] = [];
  let from = 0;
  for (const edit of edits) {
    if (edit.start < from) continue;
    parts.push(text.slice(from, edit.start));
    for (let i = from; i < edit.start; i += 1) out.push(offsets[i] ?? 0);
    parts.push(edit.text);
    // Each new character stands for the whole word it replaces.
    for (let k = 0; k < edit.text.length; k += 1) out.push(offsets[edit.start] ?? 0);
    from = edit.end;
  }
  parts.push(text.slice(from));
  for (let i = from; i < offsets.length; i += 1) out.push(offsets[i] ?? 0);
  return { text: parts.join(""), offsets: out };
}

/** Every guard above in one alternation (no u flag, no look-around but the digits'). */
const ANY_GUARD = new RegExp(
  [
    DATE_GUARD.source,
    STRONG_PAIR.source,
    FIVE_AFTER_DASH.source,
    PAUSED_PAIR.source,
    "[0-9]-[0-9]-[0-9]",
  ].join("|"),
);
