import { execAll } from "../text-tools";
import type { Candidate, RecognizerInput } from "../types";

const DIGIT_WORD: Readonly<Record<string, string>> = {
  zero: "0",
  oh: "0",
  o: "0",
  one: "1",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
};
const WORD = "(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine)";
/** zero nine zero, three one four four, two seven six one: digits said as English words. */
const SPOKEN = new RegExp(`\\b${WORD}(?:[ ,-]{1,3}(?:double\\s)?${WORD}){7,12}\\b`, "giu");

/** A phone number said digit by digit in English (10 or 11 digits starting with 0). */
export function recognizeEnglishDigits(input: RecognizerInput): Candidate[] {
  const { text } = input;
  if (!/[a-z]/u.test(text) || !/[Zz]ero|[Oo]h\b/u.test(text)) return [];
  const out: Candidate[] = [];
  for (const match of execAll(SPOKEN, text)) {
    let digits = "";
    for (const part of execAll(/double\s(\w+)|\w+/gu, match[0].toLowerCase())) {
      const doubled = part[1];
      digits += doubled ? (DIGIT_WORD[doubled] ?? "").repeat(2) : (DIGIT_WORD[part[0]] ?? "");
    }
    if (!/^0[0-9]{9,10}$/u.test(digits)) continue;
    const start = match.index ?? 0;
    out.push({
      type: "phone",
      start,
      end: start + match[0].length,
      score: 0.8,
      evidence: "shape:english-digits",
      key: digits,
    });
  }
  return out;
}
