/**
 * Latin letters read out in katakana, as callers spell an ID number and speech recognition writes
 * it (ケーエム = KM, ティー エス = TS), with the common variants of each reading. Longest first.
 */
const READINGS: readonly (readonly [letter: string, readings: string])[] = [
  ["A", "エー|エイ"],
  ["B", "ビー|ビィ"],
  ["C", "シー|スィー"],
  ["D", "ディー|ディ|デー"],
  ["E", "イー"],
  ["F", "エフ"],
  ["G", "ジー|ヂー"],
  ["H", "エイチ|エッチ|エーチ|エイッチ"],
  ["I", "アイ"],
  ["J", "ジェー|ジェイ"],
  ["K", "ケー|ケイ"],
  ["L", "エル|エール"],
  ["M", "エム"],
  ["N", "エヌ"],
  ["O", "オー|オウ"],
  ["P", "ピー|ピィ"],
  ["Q", "キュー|キュウ"],
  ["R", "アール"],
  ["S", "エス"],
  ["T", "ティー|ティ|テー"],
  ["U", "ユー"],
  ["V", "ブイ|ヴィー|ヴイ"],
  ["W", "ダブリュー|ダブリュ|ダブル"],
  ["X", "エックス|エクス"],
  ["Y", "ワイ"],
  ["Z", "ゼット|ゼッド|ズィー"],
];

const LETTER_OF = new Map<string, string>(
  READINGS.flatMap(([letter, readings]) => readings.split("|").map((r) => [r, letter] as const)),
);

/** Every reading in one alternation, longest first (エイチ before エイ, ディー before ディ). */
export const LETTER_NAMES = [...LETTER_OF.keys()].sort((a, b) => b.length - a.length).join("|");

/** One letter of an ID number: written, or read out in katakana. */
export const ID_LETTER = `(?:[A-Za-z]|${LETTER_NAMES})`;

const READING = new RegExp(LETTER_NAMES, "gu");

/** The Latin letters and digits of a spelled ID (ケーエム 4829-1736 エヌ ピー → KM48291736NP). */
export function spelledIdKey(spelled: string): string {
  return spelled
    .replace(READING, (reading) => LETTER_OF.get(reading) ?? reading)
    .replace(/[^0-9A-Za-z]/gu, "")
    .toUpperCase();
}
