import { execAll } from "../text-tools";
import { foundNameCandidate } from "./name-candidate";
import { GIVEN_READINGS, SURNAME_READINGS, SURNAMES } from "../surnames";
import type { Candidate, RecognizerInput } from "../types";
import { toHiragana } from "./kana-names";

const READING_FULL_NAME = "dictionary:reading-full-name";

/**
 * Full names without a cue, in katakana or romaji, recognised by a surname's reading:
 * `タナカ タロウ`, `ハシモト ケイ`, `AYAKA NOGUCHI`, `TAKAHASHI Rin`, `kobayashi aoi`. The surname
 * part (a reading of a listed surname, ≥ 3 kana) then also counts on its own (`オレ、タナカ。`).
 */
// グエン ヴァン ナム: a third part (Vietnamese middle names) joins the pair; the first part said
// again (イマムラ ケンジ イマムラ サチコ) starts the next name instead.
const KATAKANA_PAIR =
  /(?<![\p{Script=Katakana}ー])([\p{Script=Katakana}ー]{3,6})[ ・]([\p{Script=Katakana}ー]{2,6})(?:[ ・](?!\1(?![\p{Script=Katakana}ー]))([\p{Script=Katakana}ー]{2,6}))?(?![\p{Script=Katakana}ー])/gu;
const LATIN_PAIR = /(?<![A-Za-z])([A-Za-z]{2,12}) ([A-Za-z]{2,12})(?![A-Za-z])/gu;
/** Romaji words that make an organisation of the word before them (信金, 銀行, 農協, 商事). */
const ROMAJI_ORGANISATION =
  /^(?:shinkin|shinkumi|ginko|ginkou|nokyo|noukyou|shoji|kogyo|sangyo|kensetsu|byoin)$/u;
/**
 * Small words of the languages residents write in that are also made of Japanese syllables:
 * Tagalog (para, sana, naman, kasi, dito …), Spanish and Portuguese (para, pero, como, mesmo),
 * Indonesian (juga, bisa, sama, kami, ada). Three letters or more: the two-letter particles (sa,
 * na, po) were tried and left out (see docs/pii.md, forty-second round).
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  "para pero como mesmo sobre desde nada sana naman kasi dito doon nito niya sila kami kayo ako ano bago saka pala ang juga bisa sama ada mau yang dari oleh sini situ".split(
    " ",
  ),
);
/** A word made only of Japanese syllables in Hepburn romaji. */
const ROMAJI_WORD = /^(?:(?:[kgsztdnhbpmrfjyw]|sh|ch|ts|[kgnhbpmr]y)?[aiueo]|n)+$/iu;

const ROW: Record<string, string> = {
  あ: "a",
  い: "i",
  う: "u",
  え: "e",
  お: "o",
};
const CONSONANTS: Record<string, string> = {
  か: "k",
  が: "g",
  さ: "s",
  ざ: "z",
  た: "t",
  だ: "d",
  な: "n",
  は: "h",
  ば: "b",
  ぱ: "p",
  ま: "m",
  や: "y",
  ら: "r",
  わ: "w",
};
// Five letters per row (ゃ-like gaps as ・) so that a letter's index gives its row and vowel.
const GOJUON =
  "あいうえおかきくけこがぎぐげごさしすせそざじずぜぞたちつてとだぢづでどなにぬねのはひふへほばびぶべぼぱぴぷぺぽまみむめもや・ゆ・よらりるれろわ";

/** Hepburn romaji of a hiragana reading (long vowels written as read: ooki, satou → sato too). */
export function toRomaji(kana: string): string {
  let out = "";
  for (const c of kana) {
    if (c === "ん") out += "n";
    else if (c === "っ") out += "";
    else if (ROW[c]) out += ROW[c];
    else {
      const at = GOJUON.indexOf(c);
      if (at < 5) return "";
      const rowStart = at - ((at - 5) % 5);
      const head = CONSONANTS[GOJUON[rowStart] ?? ""] ?? "";
      const vowel = "aiueo"[(at - 5) % 5] ?? "";
      const special: Record<string, string> = {
        し: "shi",
        じ: "ji",
        ち: "chi",
        つ: "tsu",
        ふ: "fu",
        ぢ: "ji",
        づ: "zu",
      };
      out += special[c] ?? head + vowel;
    }
  }
  return out;
}

// Foreign surnames as residents say them count too (ブラウン マイケル, グエン ヴァン).
const READINGS = new Set([...SURNAME_READINGS].filter((reading) => reading.length >= 3));
const JAPANESE_READINGS = new Set(SURNAMES.values());
const FOREIGN_READINGS = new Set(
  [...READINGS].filter((reading) => !JAPANESE_READINGS.has(reading)),
);
const ROMAJI = new Set<string>();
for (const reading of SURNAMES.values()) {
  if (reading.length < 3) continue;
  const romaji = toRomaji(reading);
  if (romaji.length >= 5) {
    ROMAJI.add(romaji);
    ROMAJI.add(romaji.replace(/ou/g, "o").replace(/uu/g, "u"));
  }
}

/** A listed surname's reading in romaji (five letters or more: `yamada`, `sato` is too short). */
export function isSurnameRomaji(word: string): boolean {
  return ROMAJI.has(word);
}

export function recognizeKanaFullNames(input: RecognizerInput): Candidate[] {
  const { text } = input;
  const out: Candidate[] = [];
  const surnames = new Set<string>();
  // A pair is always split by a space or a middle dot.
  const paired = text.includes(" ") || text.includes("・");
  for (const match of paired ? execAll(KATAKANA_PAIR, text) : []) {
    // ジョン スミス: a foreign surname may come second, after a listed given name.
    const first = match[1] ?? "";
    const second = match[2] ?? "";
    const surnameFirst = READINGS.has(toHiragana(first));
    if (
      !surnameFirst &&
      !(FOREIGN_READINGS.has(toHiragana(second)) && GIVEN_READINGS.has(toHiragana(first)))
    )
      continue;
    const surname = surnameFirst ? first : second;
    surnames.add(surname);
    out.push(
      foundNameCandidate(
        text,
        match.index ?? 0,
        (match.index ?? 0) + match[0].length,
        READING_FULL_NAME,
      ),
    );
  }
  if (/[A-Za-z]/.test(text)) {
    for (const match of execAll(LATIN_PAIR, text)) {
      const a = (match[1] ?? "").toLowerCase();
      const b = (match[2] ?? "").toLowerCase();
      if (!ROMAJI_WORD.test(a) || !ROMAJI_WORD.test(b)) continue;
      // son MORIOKA: a word in small letters beside one with capitals is English, not a name.
      if (/^[a-z]/u.test(match[1] ?? "") !== /^[a-z]/u.test(match[2] ?? "")) continue;
      // kopya ng koseki para sa visa: a small word of the sentence's own language (Tagalog,
      // Spanish, Portuguese, Indonesian: para, pero, sana, juga) is no part of a name.
      if (/^[a-z]/u.test(match[1] ?? "") && (FUNCTION_WORDS.has(a) || FUNCTION_WORDS.has(b)))
        continue;
      if (!ROMAJI.has(a) && !ROMAJI.has(b)) continue;
      // Shiomi Shinkin, Kawai Ginko Bank: a bank or company named after a place.
      if (ROMAJI_ORGANISATION.test(b)) continue;
      out.push(
        foundNameCandidate(
          text,
          match.index ?? 0,
          (match.index ?? 0) + match[0].length,
          READING_FULL_NAME,
        ),
      );
    }
  }
  for (const surname of surnames) {
    for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
      const end = at + surname.length;
      if (
        /[\p{Script=Katakana}ー]/u.test(text[at - 1] ?? "") ||
        /[\p{Script=Katakana}ー]/u.test(text[end] ?? "")
      )
        continue;
      out.push(foundNameCandidate(text, at, end, READING_FULL_NAME));
    }
  }
  return out;
}
