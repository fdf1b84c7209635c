import { codeAt } from "./code-at";
/** One digit-bearing token found in text: ASCII digits, kanji digits or a spoken reading. */
export type DigitToken = {
  readonly start: number;
  readonly end: number;
  readonly digits: string;
  readonly kind: "ascii" | "kanji" | "katakana" | "hiragana";
  /** False for readings that are also ordinary syllables (ニ, シ, ク, ゴ, ヨ) or a lone 一. */
  readonly strong: boolean;
};

type Reading = { readonly text: string; readonly digit: string; readonly strong: boolean };

const KATAKANA_READINGS: readonly Reading[] = [
  ["キュウ", "9", true],
  ["キュー", "9", true],
  ["ゼロ", "0", true],
  ["レイ", "0", true],
  ["マル", "0", true],
  ["イチ", "1", true],
  ["ニー", "2", true],
  ["サン", "3", true],
  ["ヨン", "4", true],
  ["ゴー", "5", true],
  ["ロク", "6", true],
  ["ナナ", "7", true],
  ["シチ", "7", true],
  ["ハチ", "8", true],
  ["ニ", "2", false],
  ["シ", "4", false],
  ["ヨ", "4", false],
  ["ゴ", "5", false],
  ["ク", "9", false],
].map(([text, digit, strong]) => ({ text, digit, strong }) as Reading);

const toHiragana = (s: string): string =>
  s.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));

const HIRAGANA_READINGS: readonly Reading[] = KATAKANA_READINGS.map((r) => ({
  ...r,
  text: toHiragana(r.text),
}));

const KANJI_DIGITS: Readonly<Record<string, string>> = {
  〇: "0",
  零: "0",
  一: "1",
  二: "2",
  三: "3",
  四: "4",
  五: "5",
  六: "6",
  七: "7",
  八: "8",
  九: "9",
};

const KANJI_CODES = new Set(Object.keys(KANJI_DIGITS).map((k) => k.charCodeAt(0)));
const KANJI_DIGIT_OF = new Map(
  Object.entries(KANJI_DIGITS).map(([kanji, digit]) => [kanji.charCodeAt(0), digit]),
);

/** Kanji that make a neighbouring kanji digit positional (二十三), not a digit to read alone. */
const POSITIONAL = codesOf("十百千万億兆拾");
/** Counters after two kanji digits mean an approximate amount (二三日 = a few days). */
const COUNTERS = codesOf("日人回度個件年月つ名台枚週");
const HAN = /\p{Script=Han}/u;

/** First characters of every reading and kanji digit: a cheap test before the real one. */
const FIRST_CHARS = new Set(
  [...KATAKANA_READINGS, ...HIRAGANA_READINGS]
    .map((r) => r.text.charCodeAt(0))
    .concat(Object.keys(KANJI_DIGITS).map((k) => k.charCodeAt(0))),
);

/** Readings grouped by their first character, longest first (キュウ before ク). */
const READINGS_BY_FIRST = new Map<number, Reading[]>();
for (const reading of [...KATAKANA_READINGS, ...HIRAGANA_READINGS]) {
  const first = reading.text.charCodeAt(0);
  READINGS_BY_FIRST.set(first, [...(READINGS_BY_FIRST.get(first) ?? []), reading]);
}

const DIGIT_START = new Uint8Array(0x10000);
for (const code of FIRST_CHARS) DIGIT_START[code] = 1;

/** Reads the digit token starting at `pos`, or null. */
export function readDigitToken(text: string, pos: number): DigitToken | null {
  const c = codeAt(text, pos);
  if (c < 0x30 || (c > 0x39 && DIGIT_START[c] !== 1)) return null;
  if (c >= 0x30 && c <= 0x39) {
    let end = pos + 1;
    while (end < text.length && isAsciiDigit(text.charCodeAt(end))) end += 1;
    return { start: pos, end, digits: text.slice(pos, end), kind: "ascii", strong: true };
  }
  if (KANJI_CODES.has(c)) return readKanjiGroup(text, pos);
  const readings = READINGS_BY_FIRST.get(c);
  if (!readings) return null;
  return readSpoken(text, pos, readings, c >= 0x30a1 ? "katakana" : "hiragana");
  return null;
}

function readKanjiGroup(text: string, pos: number): DigitToken | null {
  let end = pos;
  let digits = "";
  for (let digit = kanjiDigitAt(text, end); digit !== undefined; digit = kanjiDigitAt(text, end)) {
    digits += digit;
    end += 1;
  }
  // The neighbours as UTF-16 units (NaN outside the text): one-character tests without cutting
  // one-character strings.
  const before = codeAt(text, pos - 1);
  const after = codeAt(text, end);
  if (POSITIONAL.has(before) || POSITIONAL.has(after)) return null;
  if (digits.length === 2 && COUNTERS.has(after)) return null;
  const embedded = (isHanUnit(before) && !KANJI_CODES.has(before)) || isHanUnit(after);
  const hasZero = digits.includes("0");
  const strong = hasZero || digits.length >= 4 || (digits.length >= 2 && !embedded);
  return { start: pos, end, digits, kind: "kanji", strong };
}

/** The digit of the kanji digit at `index`, or undefined. */
function kanjiDigitAt(text: string, index: number): string | undefined {
  return index < text.length ? KANJI_DIGIT_OF.get(text.charCodeAt(index)) : undefined;
}

/**
 * Whether the UTF-16 unit `code` alone is in Han script (`/\p{Script=Han}/u` on it), remembered per
 * unit: 0 not yet asked, 1 no, 2 yes. Surrogate halves alone are no Han character.
 */
const HAN_UNIT = new Uint8Array(0x10000);

function isHanUnit(code: number): boolean {
  if (!(code >= 0 && code <= 0xffff)) return false;
  let known = HAN_UNIT[code] ?? 0;
  if (known === 0) {
    known = HAN.test(String.fromCharCode(code)) ? 2 : 1;
    HAN_UNIT[code] = known;
  }
  return known === 2;
}

function readSpoken(
  text: string,
  pos: number,
  readings: readonly Reading[],
  kind: "katakana" | "hiragana",
): DigitToken | null {
  for (const reading of readings) {
    if (text.startsWith(reading.text, pos)) {
      const end = pos + reading.text.length;
      return { start: pos, end, digits: reading.digit, kind, strong: reading.strong };
    }
  }
  return null;
}

export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function codesOf(chars: string): ReadonlySet<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}
