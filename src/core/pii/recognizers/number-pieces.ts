import { execAll } from "../text-tools";
import { cuesBefore } from "../cues";
import { isValidMyNumber } from "../check-digits";
import type { Candidate, PiiType, RecognizerInput } from "../types";

/**
 * Numbers in shapes the digit-run scanner leaves alone:
 * - digits read one at a time with a pause after each (`5、5、9、の、0、0、3、4`) after a postal or
 *   phone cue;
 * - staff notes that abbreviate マイナンバー as `MN` and glue the number to it (`本人MN6286…`);
 * - a passport's letters, a filler, then its digits (`NA、えーと、5527361`);
 * - an insurance card's 記号 written in kanji after an insurance cue (`記号が萩南、番号が5093`).
 */
const SINGLE_DIGITS = /(?<![0-9])[0-9](?:、(?:の、)?[0-9]){6,11}(?![0-9])/gu;
const SINGLE_DIGITS_GUARD = /[0-9]、(?:の、)?[0-9]、/;
const MN_NOTE = /(?<![A-Za-z])MN[:： ]?([0-9]{12})(?![0-9])/gu;
const PASSPORT_SPLIT =
  /(?<![A-Za-z])[A-Z]{2}(?:[、 ]|えーと|えっと|ええと|あの|ですね){1,4}[0-9]{7}(?![0-9])/gu;
const CUE_WINDOW = 16;
/** 記号が萩南、番号が5093: an insurance card's 記号 written in kanji (a district's name). */
// 記号は何ですか / 記号は不明です: a question or an answer that there is none is no value.
// 記号藤見三、番号… / 記号はあお、番号は…: glued to the label, or in kana, the 記号 is taken when
// its 番号 follows at once (the card's pair).
const KANJI_SYMBOL =
  /記号(?:(?:は|が|:) ?([\p{Script=Han}]{2,4})(?=[、。 ]|です(?!か)|$)|(?:は|が|:)? ?([\p{Script=Han}]{2,4}|[\p{Script=Hiragana}]{2,3}|[\p{Script=Katakana}]{2,3})(?=[、,] ?番号))/gu;
const NOT_SYMBOL =
  /^(?:不明|空欄|未記入|記載|無し|番号|同じ|数字|漢字|なし|ない|なに|なん|どれ|これ|それ|ナシ)$/u;
const HEALTH_CUE = /保険者番号|保険証|被保険者|国保|国民健康保険|介護保険|後期高齢/u;

export function recognizeNumberPieces(input: RecognizerInput): Candidate[] {
  const { text } = input;
  const out: Candidate[] = [];
  if (text.includes("、")) {
    for (const match of SINGLE_DIGITS_GUARD.test(text) ? execAll(SINGLE_DIGITS, text) : []) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      const digits = match[0].replace(/[^0-9]/gu, "");
      const type = singleDigitType(input, start, digits);
      if (type) out.push(candidate(type, start, end, digits, "pieces:single-digits"));
    }
    if (/[A-Z]{2}/u.test(text)) {
      for (const match of execAll(PASSPORT_SPLIT, text)) {
        const start = match.index ?? 0;
        if (!cuesBefore(input.cues, start, CUE_WINDOW).has("passport")) continue;
        const end = start + match[0].length;
        const key = match[0].replace(/[^0-9A-Z]/gu, "");
        out.push(candidate("passport", start, end, key, "pieces:passport-split"));
      }
    }
  }
  if (text.includes("記号") && text.includes("保険")) {
    for (const match of execAll(KANJI_SYMBOL, text)) {
      const symbol = match[1] ?? match[2] ?? "";
      if (NOT_SYMBOL.test(symbol)) continue;
      const end = (match.index ?? 0) + match[0].length;
      if (!HEALTH_CUE.test(text.slice(Math.max(0, end - 60), end))) continue;
      out.push(candidate("health_insurance", end - symbol.length, end, symbol, "cue:kanji-symbol"));
    }
  }
  if (text.includes("MN")) {
    for (const match of execAll(MN_NOTE, text)) {
      const digits = match[1] ?? "";
      if (!isValidMyNumber(digits)) continue;
      const end = (match.index ?? 0) + match[0].length;
      out.push(candidate("my_number", end - digits.length, end, digits, "cue:MN-note"));
    }
  }
  return out;
}

function singleDigitType(input: RecognizerInput, start: number, digits: string): PiiType | null {
  if (digits.length === 7 && cuesBefore(input.cues, start, CUE_WINDOW).has("postal"))
    return "postal_code";
  if (
    (digits.length === 10 || digits.length === 11) &&
    digits.startsWith("0") &&
    !/^0(?:120|800|570|990)/u.test(digits) &&
    cuesBefore(input.cues, start, CUE_WINDOW).has("phone")
  )
    return "phone";
  return null;
}

function candidate(
  type: PiiType,
  start: number,
  end: number,
  key: string,
  evidence: string,
): Candidate {
  return { type, start, end, score: 0.85, evidence, key };
}
