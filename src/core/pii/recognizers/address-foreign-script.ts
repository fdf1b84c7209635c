import { execAll } from "../text-tools";
import type { Candidate, RecognizerInput } from "../types";

/**
 * 주소는 가에데하마구 시오미다이 2-11-4입니다 / ठेगाना: शिराकाबा वार्ड, हिबारिगाओका ३-१-८: an address
 * in Japan written in Korean or Nepali, the town spelled in Hangul or Devanagari (perhaps after its
 * ward) and then the chome, block and house numbers (Devanagari digits read as ASCII by the normalizer).
 * Only right after the language's address label, as the town's words are no Japanese place names
 * the other recognizers know.
 */
const LABEL = "(?:주소|ठेगाना|ठेगान|पता)(?:는|은|가|이)?\\s?[:：]?\\s?";
const WORD = "(?:\\p{Script=Hangul}+|\\p{Script=Devanagari}+)";
// The address ends the sentence or the clause (입니다, a comma): 3-4일 counts days. The ward said
// first (시라카바구, शिराकाबा वार्ड) is no part of it, as a town's name is; the address is the town
// and its numbers.
const WARD = "(?:\\p{Script=Hangul}+구|(?:\\p{Script=Devanagari}+\\s)?वार्ड),?\\s";
const FOREIGN_SCRIPT_ADDRESS = new RegExp(
  `(?<=${LABEL})(?<![\\p{Script=Hangul}\\p{Script=Devanagari}])(${WARD})?(${WORD}(?:,?\\s${WORD}){0,2}\\s[1-9][0-9]?-[0-9]{1,4}(?:-[0-9]{1,4})?)(?![0-9-])(?=입니다|이에요|예요|이고|[,.。、।]|\\s|$)`,
  "gu",
);
const SCRIPT = /[\p{Script=Hangul}\p{Script=Devanagari}]/u;
const BLOCK = /[0-9]-[0-9]/u;

export function recognizeForeignScriptAddresses(input: RecognizerInput): Candidate[] {
  const { text } = input;
  if (!SCRIPT.test(text) || !BLOCK.test(text)) return [];
  return [...execAll(FOREIGN_SCRIPT_ADDRESS, text)].map((match) => {
    const start = (match.index ?? 0) + (match[1]?.length ?? 0);
    const end = (match.index ?? 0) + match[0].length;
    const key = text.slice(start, end).replace(/\s/gu, "");
    return { type: "address", start, end, score: 0.8, evidence: "cue:foreign-script-address", key };
  });
}
