import type { Candidate } from "../types";

const CAP = "[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?";
const INTRO = new RegExp(
  `(?:[Mm]y name is|I am|I'm|[Tt]his is|[Nn]ame:)\\s+(${CAP}(?:\\s${CAP}){0,2})`,
  "g",
);
const TITLE = new RegExp(`(?:Mr|Ms|Mrs|Miss|Dr)\\.?\\s(${CAP}(?:\\s${CAP})?)`, "g");
const ROMAJI_SAN = new RegExp(`(${CAP})[- ](?:san|sama|kun|chan)\\b`, "g");
const SPELLED =
  /(?:スペル|つづり|綴り|spelled|spelling|spell)(?:は|が|:)?\s?((?:[A-Za-z][ .・、-]?){3,20})/giu;
/** English words that follow "I am"/"This is" but are not names. */
const NOT_NAMES =
  /^(Calling|Looking|Trying|Not|Sorry|The|A|An|About|From|In|At|Here|Fine|Ok|Okay|Japanese|English|Worried|Confused|Asking|Going|Having|Unable|Still|Very|So|Just|Also|It|That|My|Your|City|Ward)\b/;

/** Names in Latin letters: "My name is Taro Yamada", "Mr. Smith", "Yamada-san", spelled letters. */
export function recognizeLatinNames(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const regex of [INTRO, TITLE, ROMAJI_SAN, SPELLED]) {
    for (const match of text.matchAll(regex)) {
      const value = (match[1] ?? "").replace(/[ .・、-]+$/, "");
      if (value.length < 2 || NOT_NAMES.test(value)) continue;
      const start = (match.index ?? 0) + match[0].indexOf(value);
      out.push({
        type: "person_name",
        start,
        end: start + value.length,
        score: 0.8,
        evidence: regex === SPELLED ? "cue:spelled" : "cue:latin-name",
        key: value.replace(/[^A-Za-z]/g, "").toLowerCase(),
      });
    }
  }
  return out;
}
