import { execAll } from "../text-tools";
import { cuesBefore } from "../cues";
import type { Candidate, RecognizerInput } from "../types";
import { ID_LETTER, spelledIdKey } from "./spoken-letters";

const PASSPORT = /(?<![A-Za-z0-9])[A-Za-z]{2}\s?[0-9]{7}(?![0-9])/g;
// ZT 0492 1187 BC / SK、4019、2873、CL: callers read the eight digits in two groups, with pauses.
const RESIDENCE_CARD =
  /(?<![A-Za-z0-9])[A-Za-z]{2}(?:、 ?|\s)?[0-9]{4}(?:、 ?|\s)?[0-9]{4}(?:、 ?|\s)?[A-Za-z]{2}(?![A-Za-z0-9])/g;
const WINDOW = 30;
/** A card named earlier in the call: spoken letters are slow to say. */
const SPOKEN_WINDOW = 60;
/** ティーエス、0752-914: two letters (spoken or written), then seven digits in groups (after normalization). */
const SPOKEN_PASSPORT = new RegExp(
  // エム ケー の 5518203: の may stand between the letters and the digits.
  `(?<![\\p{Script=Katakana}ーA-Za-z])${ID_LETTER}[・、 ]?${ID_LETTER}(?:[、 ]{0,2}|\\s?の\\s?)([0-9](?:[-、 ]?[0-9]){6})(?![0-9])`,
  "gu",
);
/**
 * ケーエム 4829 1736 エヌ ピー: a residence-card number whose letters are read out in katakana (or
 * some of them); speech recognition spaces the letters and the digit groups.
 */
const SPOKEN_RESIDENCE_CARD = new RegExp(
  `(?<![\\p{Script=Katakana}ーA-Za-z0-9])${ID_LETTER}[・、 ]?${ID_LETTER}[、 ]{0,2}[0-9](?:[- ]?[0-9]){7}[、 ]{0,2}${ID_LETTER}[・、 ]?${ID_LETTER}(?![A-Za-z0-9])`,
  "gu",
);
const HAS_READING = /\p{Script=Katakana}/u;
const EIGHT_DIGITS = /[0-9](?:[- ]?[0-9]){7}/u;

/** Passport (2 letters + 7 digits) and residence-card (AB12345678CD) numbers. */
export function recognizeIdDocuments(input: RecognizerInput): Candidate[] {
  const { text } = input;
  const hits = input.cues;
  const out: Candidate[] = findSpokenPassports(text, hits);
  if (EIGHT_DIGITS.test(text) && HAS_READING.test(text))
    out.push(...findSpokenResidenceCards(text, hits));
  if (/[A-Za-z][0-9]{6}/.test(text)) out.push(...findOneLetterPassports(text, hits));
  if (/[0-9]{9}/.test(text)) out.push(...findDigitPassports(text, hits));
  if (/[A-Z][0-9A-Z]{8}/.test(text)) out.push(...findMixedPassports(text, hits));
  if (/[0-9]{2}[A-Z]{2}[0-9]{5}/.test(text)) out.push(...findDigitsFirstPassports(text, hits));
  if (!/[A-Za-z]{2}(?:、 ?|\s)?[0-9]{4}/.test(text)) return out;
  for (const match of execAll(RESIDENCE_CARD, text)) {
    const start = match.index ?? 0;
    const cued = cuesBefore(hits, start, WINDOW).has("residence");
    // Read with pauses, the groups could be anything listed: only after the card is named.
    if (!cued && match[0].includes("、")) continue;
    out.push({
      type: "residence_card",
      start,
      end: start + match[0].length,
      score: cued ? 0.95 : 0.7,
      evidence: cued ? "cue:residence+shape" : "shape:residence-card",
      key: spelledIdKey(match[0]),
    });
  }
  out.push(
    ...findAfterPassportCue(
      text,
      hits,
      PASSPORT,
      WINDOW,
      0.9,
      "cue:passport+shape",
      (number) => number.replace(/\s/g, "").toUpperCase(),
      PASSPORT_WORDS_WINDOW,
    ),
  );
  return out;
}

/**
 * I lost my passport near the shrine, probably at the night market. The number was EK4471093.:
 * the passport's own shape (two letters, seven digits) a sentence or two after it is named, with
 * only words between (a digit between names another number first).
 */
const PASSPORT_WORDS_WINDOW = 100;

/**
 * Passport numbers of one shape, each only when a passport cue (and no negative one) stands
 * within `window` characters before it, or within `wordsWindow` with only words between (no
 * digit: the cue names no other number first).
 */
function findAfterPassportCue(
  text: string,
  hits: RecognizerInput["cues"],
  pattern: RegExp,
  window: number,
  score: number,
  evidence: string,
  key: (number: string) => string,
  wordsWindow = window,
): Candidate[] {
  const out: Candidate[] = [];
  if (!hits.some((hit) => hit.kind === "passport")) return out;
  for (const match of execAll(pattern, text)) {
    const start = match.index ?? 0;
    const cues = cuesBefore(hits, start, wordsWindow);
    const distance = cues.get("passport");
    if (distance === undefined || cues.has("negative")) continue;
    if (distance > window && /[0-9]/u.test(text.slice(start - distance, start))) continue;
    out.push({
      type: "passport",
      start,
      end: start + match[0].length,
      score,
      evidence,
      key: key(match[0]),
    });
  }
  return out;
}

/**
 * パスポートはC4827161です: many countries' passports (Viet Nam, China, Korea, the Philippines) carry
 * one letter and seven or eight digits, the Philippines' newer ones a letter after them too
 * (P1234567A); only right after the passport is named (a short window), as such a number could be
 * anything else.
 */
// パスポートYB052871: Brazil's passports (and some others) carry two letters and six digits.
const ONE_LETTER_PASSPORT =
  /(?<![A-Za-z0-9])(?:[A-Za-z][0-9]{7,8}[A-Za-z]?|[A-Z]{2}[0-9]{6})(?![A-Za-z0-9])/g;
const ONE_LETTER_WINDOW = 12;
/**
 * Do you need my passport number? It's A0… / O passaporte estava dentro: GK…: a few words may
 * stand between the passport and its number.
 */
const ONE_LETTER_WORDS_WINDOW = 20;

/**
 * My passport number changed, it's now Z8214467 / パスポートが新しくなって、番号は今C4827161: the
 * number said as the new one (now, new) may stand a clause further, with only words between.
 */
const NEW_NUMBER_WORDS_WINDOW = 48;
const NEW_NUMBER_BEFORE =
  /(?:\b(?:now|new (?:one|number)(?: is)?)|(?:今|新しい(?:番号|の)?)(?:は|が)?)[:：]? ?$/u;
/**
 * Paspor saya hilang, nomornya C4418027 / I lost my passport yesterday, the number was …: or said
 * as "its number" in the next clause.
 */
const ITS_NUMBER_BEFORE = /(?:\bnomornya(?: adalah)?|\b(?:the|its) number (?:is|was))[:：]? ?$/u;

function findOneLetterPassports(text: string, hits: RecognizerInput["cues"]): Candidate[] {
  const key = (number: string) => number.toUpperCase();
  const find = (wordsWindow: number) =>
    findAfterPassportCue(
      text,
      hits,
      ONE_LETTER_PASSPORT,
      ONE_LETTER_WINDOW,
      0.85,
      "cue:passport+one-letter",
      key,
      wordsWindow,
    );
  const near = find(ONE_LETTER_WORDS_WINDOW);
  if (!/now|new|今|新しい|nomornya|number/u.test(text)) return near;
  const renewed = find(NEW_NUMBER_WORDS_WINDOW).filter(
    (c) =>
      !near.some((n) => n.start === c.start) &&
      (NEW_NUMBER_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start)) ||
        ITS_NUMBER_BEFORE.test(text.slice(Math.max(0, c.start - 20), c.start))) &&
      !OTHER_ID_BETWEEN.test(
        text.slice(Math.max(0, c.start - NEW_NUMBER_WORDS_WINDOW - 16), c.start),
      ),
  );
  return [...near, ...renewed];
}

/** …my member ID is now M1234567: another thing's number named after the passport. */
const OTHER_ID_BETWEEN =
  /(?:[Pp]assport|パスポート|旅券)(?:(?![Pp]assport|パスポート|旅券).)*(?:\bID\b|\b(?:[Mm]ember|[Cc]ard|[Tt]icket|[Bb]ooking|[Rr]eference|[Oo]rder|[Aa]ccount)\b|会員|カード|予約|受付)/u;

/**
 * パスポート612847903: the United States' passports (and some others) carry nine digits and no
 * letter; only right after the passport is named, in the same short window as above.
 */
const DIGIT_PASSPORT = /(?<![A-Za-z0-9-])[0-9]{9}(?![A-Za-z0-9-]|[番号件円人回個枚])/g;

function findDigitPassports(text: string, hits: RecognizerInput["cues"]): Candidate[] {
  return findAfterPassportCue(
    text,
    hits,
    DIGIT_PASSPORT,
    ONE_LETTER_WINDOW,
    0.8,
    "cue:passport+digits",
    (number) => number,
  );
}

/**
 * パスポートの番号はC01X4J8K9: Germany's passports (and some others) carry nine capitals and digits
 * mixed, a letter first; at least four digits and a letter after the first, only right after the
 * passport is named.
 */
const MIXED_PASSPORT =
  /(?<![A-Za-z0-9])[A-Z](?=(?:[A-Z]*[0-9]){4})(?=[0-9]*[A-Z])[0-9A-Z]{8}(?![A-Za-z0-9])/g;

function findMixedPassports(text: string, hits: RecognizerInput["cues"]): Candidate[] {
  return findAfterPassportCue(
    text,
    hits,
    MIXED_PASSPORT,
    ONE_LETTER_WINDOW,
    0.8,
    "cue:passport+mixed",
    (number) => number,
  );
}

/**
 * Passport (mother): 09KT55120: France's passports carry two digits, two capitals and five digits;
 * only right after the passport is named, in the same short window as above.
 */
const DIGITS_FIRST_PASSPORT = /(?<![A-Za-z0-9])[0-9]{2}[A-Z]{2}[0-9]{5}(?![A-Za-z0-9])/g;

function findDigitsFirstPassports(text: string, hits: RecognizerInput["cues"]): Candidate[] {
  return findAfterPassportCue(
    text,
    hits,
    DIGITS_FIRST_PASSPORT,
    ONE_LETTER_WINDOW,
    0.8,
    "cue:passport+digits-first",
    (number) => number,
  );
}

/** Passport numbers whose two letters are read out in katakana, after a passport cue. */
function findSpokenPassports(text: string, hits: RecognizerInput["cues"]): Candidate[] {
  return findAfterPassportCue(
    text,
    hits,
    SPOKEN_PASSPORT,
    WINDOW,
    0.8,
    "cue:passport+spoken-letters",
    spelledIdKey,
  );
}

/** Residence-card numbers with letters read out in katakana (the written form is found above). */
function findSpokenResidenceCards(text: string, hits: RecognizerInput["cues"]): Candidate[] {
  const out: Candidate[] = [];
  for (const match of execAll(SPOKEN_RESIDENCE_CARD, text)) {
    if (!HAS_READING.test(match[0])) continue;
    const start = match.index ?? 0;
    // オーケー 1234 5678 オーケー: letters said as words need the card named before them.
    if (!cuesBefore(hits, start, SPOKEN_WINDOW).has("residence")) continue;
    out.push({
      type: "residence_card",
      start,
      end: start + match[0].length,
      score: 0.9,
      evidence: "cue:residence+spoken-letters",
      key: spelledIdKey(match[0]),
    });
  }
  return out;
}
