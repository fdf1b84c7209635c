import type { Candidate } from "../types";

const CAP = "[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?";
/** NGUYEN VAN MINH, KOTOMI HASEKURA: names written in capitals, as on a passport or a form. */
const CAPS = "[A-Z]{2,}(?:[-'][A-Z]+)?";
const INTRO = new RegExp(
  `(?:[Nn]ame is|[Nn]ame's|[Nn]amed|I am|I'm|[Tt]his is|[Nn]ame:|(?:お名前|名前|氏名|フルネーム|名義)(?:は|:)?)\\s?(${CAP}(?:\\s${CAP}){0,2})`,
  "g",
);
/** 氏名 NGUYEN VAN MINH / 名前はローマ字で KOTOMI HASEKURA: capitals after a name label. */
const CAPS_AFTER_LABEL = new RegExp(
  `(?:[Nn]ame|NAME|お名前|名前|氏名|フルネーム|名義)(?:は|:)?\\s?(?:ローマ字で|ローマ字だと|英語で|アルファベットで)?\\s?(${CAPS}(?:\\s${CAPS}){1,3})(?![A-Za-z])`,
  "g",
);
/** my husband Hiroshi Kanzaki: a relative or a third party named in an English sentence. */
const RELATIVE = new RegExp(
  `\\b(?:[Mm]y|[Hh]er|[Hh]is|[Oo]ur)\\s(?:husband|wife|son|daughter|mother|father|mom|mum|dad|brother|sister|grandmother|grandfather|grandma|grandpa|partner|child|landlord|neighbou?r|friend),?\\s(${CAP}(?:\\s${CAP}){0,2})`,
  "g",
);
const TITLE = new RegExp(`(?:Mr|Ms|Mrs|Miss|Dr)\\.?\\s(${CAP}(?:\\s${CAP})?)`, "g");
const ROMAJI_SAN = new RegExp(`(${CAP})[- ](?:san|sama|kun|chan)\\b`, "g");
/** Li Wei と申します / John Smith さん: a Latin name before a Japanese self-introduction or honorific. */
const BEFORE_JAPANESE_CUE = new RegExp(
  `(?<![A-Za-z])(${CAP}(?:\\s${CAP}){0,2})\\s?(?:と申し|ともうし|といいます|と言います|っていいます|さん|様)`,
  "g",
);
/** O-K-A-B-E / T.A.N.A.K.A: capital letters spelled one by one. */
const LETTERS = /(?<![A-Za-z])[A-Z](?:[-. ][A-Z]){2,19}(?![A-Za-z])/g;
const SPELLED =
  /(?:スペル|つづり|綴り|spelled|spelling|spell)(?:は|が|:)?\s?((?:[A-Za-z][ .・、-]?){3,20})/giu;
/** English words that follow "I am"/"This is" but are not names. */
const NOT_NAMES =
  /^(Calling|Looking|Trying|Not|Sorry|The|A|An|About|From|In|At|Here|Fine|Ok|Okay|Japanese|English|Worried|Confused|Asking|Going|Having|Unable|Still|Very|So|Just|Also|It|That|My|Your|City|Ward)\b/;

/** Names in Latin letters: "My name is Taro Yamada", "Mr. Smith", "Yamada-san", spelled letters. */
export function recognizeLatinNames(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const regex of [
    INTRO,
    CAPS_AFTER_LABEL,
    RELATIVE,
    TITLE,
    ROMAJI_SAN,
    BEFORE_JAPANESE_CUE,
    SPELLED,
  ]) {
    // Cheap tests first: capitals for the capital names, a possessive for the relatives.
    if (regex === CAPS_AFTER_LABEL && !/[A-Z]{2}/u.test(text)) continue;
    if (regex === RELATIVE && !/(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur) /u.test(text)) continue;
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
  out.push(...spelledLetters(text, out));
  if (out.length > 0 && /[ァ-ヺ]/u.test(text)) out.push(...katakanaReadings(text, out));
  return out;
}

/** グエン ヴァン ミン / オユンツェツェグ: katakana after a Latin name, in brackets or before です. */
const READING_AFTER =
  /^\s?(?:\(\s?|[、,]\s?)([\p{Script=Katakana}ー・]{1,12}(?: [\p{Script=Katakana}ー・]{1,12}){0,3})(?=\s?\)|です|でございます|と申|[、。]|$)/u;

/** The katakana rendering of a found Latin name said right after it (about as many sounds). */
function katakanaReadings(text: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const name of found) {
    const match = READING_AFTER.exec(text.slice(name.end, name.end + 40));
    const kana = match?.[1] ?? "";
    const letters = kana.replace(/[ ・]/gu, "").length;
    if (!match || letters < 3 || letters * 3 < name.key.length || letters > name.key.length + 2)
      continue;
    const start = name.end + match[0].length - kana.length;
    out.push({ ...name, start, end: start + kana.length, evidence: "cue:latin-name-reading" });
  }
  return out;
}

/** Letters spelled one by one that spell a word of a name found in the same text. */
function spelledLetters(text: string, found: readonly Candidate[]): Candidate[] {
  const words = new Set(
    found.flatMap((c) =>
      text
        .slice(c.start, c.end)
        .toLowerCase()
        .split(/[^a-z]+/),
    ),
  );
  const out: Candidate[] = [];
  for (const match of text.matchAll(LETTERS)) {
    const key = match[0].replace(/[^A-Za-z]/g, "").toLowerCase();
    if (!words.has(key)) continue;
    const start = match.index ?? 0;
    out.push({
      type: "person_name",
      start,
      end: start + match[0].length,
      score: 0.8,
      evidence: "cue:spelled",
      key,
    });
  }
  return out;
}
