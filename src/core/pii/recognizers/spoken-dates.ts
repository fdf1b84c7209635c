import { execAll } from "../text-tools";
import { KANA_DAY_WORDS, kanaWordsValue } from "./kana-numbers";

/**
 * Dates the normalizer leaves as words: read in hiragana (へいせい、にじゅうさん年の、しち月よっか) or
 * written in English (March 4, 1988 / 4 March 1988 / 03/04/1988). Each is returned with whether it is a
 * possible date; the caller decides from the cues whether it is a date of birth.
 */
export type SpokenDate = {
  readonly start: number;
  readonly end: number;
  readonly plausible: boolean;
};

const KANA_ERA: Readonly<Record<string, number>> = {
  めいじ: 1867,
  たいしょう: 1911,
  しょうわ: 1925,
  へいせい: 1988,
  れいわ: 2018,
};
const KANA_DIGITS =
  "(?:いち|さん|よん|ろく|なな|しち|はち|きゅう|じゅう|じゅっ|がん|[にしよごく]|[0-9])";
const KANA_DIGITS_RE = new RegExp(KANA_DIGITS, "gu");
const KANA_NUM = `${KANA_DIGITS}{1,5}`;
const HES = "(?:[、 ]|えーと|えっと|えー|あの){0,3}";
const KANA_DATE = new RegExp(
  `(めいじ|たいしょう|しょうわ|へいせい|れいわ)${HES}(${KANA_NUM}) ?(?:年|ねん)の?${HES}(${KANA_NUM}) ?(?:月|がつ)の?${HES}(?:(${KANA_NUM})? ?(${Object.keys(KANA_DAY_WORDS).join("|")})|(${KANA_NUM}) ?(?:日|にち))`,
  "gu",
);
const KANA_NUM_SPACED = `${KANA_DIGITS}(?: ?${KANA_DIGITS}){0,4}`;
// いち きゅう はち ご ねん じゅう がつ いつか: a western year read digit by digit (the normalizer
// makes it 1-9-8-5), then the month and the day in kana.
const KANA_WESTERN_DATE = new RegExp(
  `(?<![0-9-])((?:1-?9|2-?0)-?[0-9]-?[0-9]) ?(?:年|ねん)の?${HES}(${KANA_NUM_SPACED}) ?(?:月|がつ)の?${HES}(?:(${KANA_NUM_SPACED})? ?(${Object.keys(KANA_DAY_WORDS).join("|")})|(${KANA_NUM_SPACED}) ?(?:日|にち))`,
  "gu",
);
// せんきゅうひゃく ななじゅうに ねん / にせんご ねん: a western year read with its units
// (せん, ひゃく), then the month and the day in kana, as in the date above.
const KANA_UNITS_YEAR = new RegExp(
  `(?<![ぁ-ん])(せん ?きゅう ?ひゃく|にせん) ?(${KANA_NUM_SPACED})? ?(?:年|ねん)の?${HES}(${KANA_NUM_SPACED}) ?(?:月|がつ)の?${HES}(?:(${KANA_NUM_SPACED})? ?(${Object.keys(KANA_DAY_WORDS).join("|")})|(${KANA_NUM_SPACED}) ?(?:日|にち))`,
  "gu",
);
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_WORD =
  "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
const ENGLISH_DATE = new RegExp(
  `(?<![A-Za-z])(?:${MONTH_WORD} ([0-9]{1,2})(?:st|nd|rd|th)?,? ((?:19|20)[0-9]{2})|([0-9]{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH_WORD},? ((?:19|20)[0-9]{2}))(?![0-9])`,
  "giu",
);

/**
 * DOB: 03/14/1985 or 14/03/1985, as foreign residents write it; 14-08-2001 with hyphens too (the
 * Indonesian habit), the same separator twice.
 */
const US_DATE = /(?<![0-9/-])([0-9]{1,2})([/-])([0-9]{1,2})\2((?:19|20)[0-9]{2})(?![0-9/-])/gu;

/** A number read in hiragana (にじゅうさん → 23), or -1. */
export function parseKanaNumber(word: string): number {
  if (/^[0-9]+$/u.test(word)) return Number(word);
  return kanaWordsValue(word.match(KANA_DIGITS_RE) ?? []);
}

export function findSpokenDates(text: string): SpokenDate[] {
  const out: SpokenDate[] = [];
  if (/めいじ|たいしょう|しょうわ|へいせい|れいわ/u.test(text)) {
    for (const match of execAll(KANA_DATE, text)) {
      const year = parseKanaNumber(match[2] ?? "");
      const month = parseKanaNumber(match[3] ?? "");
      // にじゅうよっか: tens before a day word.
      const tens = match[4] ? parseKanaNumber(match[4]) : 0;
      const day = match[5]
        ? tens + (KANA_DAY_WORDS[match[5]] ?? -99)
        : parseKanaNumber(match[6] ?? "");
      const inRange = (KANA_ERA[match[1] ?? ""] ?? 0) + year <= 2100 && year >= 1 && year <= 64;
      out.push(span(match, inRange && isMonthDay(month, day)));
    }
  }
  if (text.includes("ねん")) {
    for (const match of execAll(KANA_WESTERN_DATE, text)) {
      const year = Number((match[1] ?? "").replace(/-/gu, ""));
      const month = parseKanaNumber(match[2] ?? "");
      const tens = match[3] ? parseKanaNumber(match[3]) : 0;
      const day = match[4]
        ? tens + (KANA_DAY_WORDS[match[4]] ?? -99)
        : parseKanaNumber(match[5] ?? "");
      out.push(span(match, year >= 1900 && year <= 2100 && isMonthDay(month, day)));
    }
  }
  // すみません has せん too: look for the year's own words.
  if (text.includes("せんきゅう") || text.includes("せん きゅう") || text.includes("にせん")) {
    for (const match of execAll(KANA_UNITS_YEAR, text)) {
      const rest = match[2] ? parseKanaNumber(match[2].replace(/ /gu, "")) : 0;
      const year = ((match[1] ?? "").startsWith("に") ? 2000 : 1900) + rest;
      const month = parseKanaNumber((match[3] ?? "").replace(/ /gu, ""));
      const tens = match[4] ? parseKanaNumber(match[4].replace(/ /gu, "")) : 0;
      const day = match[5]
        ? tens + (KANA_DAY_WORDS[match[5]] ?? -99)
        : parseKanaNumber((match[6] ?? "").replace(/ /gu, ""));
      out.push(span(match, rest >= 0 && rest <= 99 && year <= 2100 && isMonthDay(month, day)));
    }
  }
  for (const match of execAll(US_DATE, text)) {
    const [month, day] = [Number(match[1]), Number(match[3])];
    out.push(span(match, isMonthDay(month, day) || isMonthDay(day, month)));
  }
  if (/(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/iu.test(text)) {
    for (const match of execAll(ENGLISH_DATE, text)) {
      const name = (match[1] ?? match[5] ?? "").slice(0, 3).toLowerCase();
      const day = Number(match[2] ?? match[4]);
      out.push(span(match, isMonthDay(MONTHS.indexOf(name) + 1, day)));
    }
  }
  return out;
}

function span(match: RegExpMatchArray, plausible: boolean): SpokenDate {
  const start = match.index ?? 0;
  return { start, end: start + match[0].length, plausible };
}

function isMonthDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}
