import { execAll } from "../text-tools";
import type { Candidate } from "../types";
import { foundNameCandidate } from "./name-candidate";
import { isOrdinaryWord } from "./name-check";
import { fitsReading } from "./name-written-as";

/**
 * How a caller writes an unusual name with everyday words:
 * - 月を見る里と書いて月見里 / 小さい鳥が遊ぶと書いてタカナシ: the kanji of the name all appear in the
 *   words before と書いて; the name (or its reading) follows, the other form is said near it;
 * - 髙橋の髙は、はしごだかのほう / つちよしの𠮷です: one kanji of a word said before is explained;
 * - キム、漢字だと金成勲です: a found name said in another script right before.
 */
const HAN = "[\\p{Script=Han}々\\uD840-\\uDBFF][\\uDC00-\\uDFFF]?";
const KANA = "[\\p{Script=Hiragana}\\p{Script=Katakana}ー]";
const BY_MEANING = new RegExp(
  `([^。!?、 ]{3,16})(?:と|って)(?:書いて|かいて)[、 ]?((?:${HAN}){2,5}|${KANA}{2,10})(?=[。、!? ]|です|$)`,
  "gu",
);
const KANJI_WORD = new RegExp(`(?:${HAN}){2,5}`, "gu");
/** The kana said as the name before the explanation: やまなしです。 */
const KANA_SAID = new RegExp(`(?:^|[。、!? ])(${KANA}{2,10}?)(?=です|[、。])`, "gu");
/**
 * 髙橋の髙は、はしごだかのほう: one kanji of the word right before の is explained after は.
 * つちよしの𠮷です: a kanji described in kana, held by a word said before a name or です.
 */
// 髙梨の髙がはしごの髙なんです: が too.
const ONE_KANJI = new RegExp(`の(${HAN})(?:は|って|が)`, "gu");
const WORD_BEFORE = new RegExp(`(?:${HAN}){2,4}$`, "u");
const KANA_DESCRIBED = new RegExp(`(?<=^|[、。 ])\\p{Script=Hiragana}{3,8}の(${HAN})です`, "gu");
/** キム、漢字だと金成勲です / 金成勲、カタカナだとキム: the same name in two scripts. */
const OTHER_SCRIPT =
  /(?:漢字|かんじ|カタカナ|かたかな|ひらがな|ローマ字)(?:だと|では|で書くと|で言うと|で)[、 ]?$/u;
const SCRIPT_WORD = /漢字|かんじ|カタカナ|かたかな|ひらがな|ローマ字/u;
const WINDOW = 30;

function kanjiOf(word: string): string[] {
  return [...word].filter((c) => /[\p{Script=Han}々]/u.test(c));
}

export function findNamesWrittenOut(text: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const add = (start: number, end: number, evidence: string): void => {
    out.push(foundNameCandidate(text, start, end, evidence));
  };
  if (text.includes("書いて") || text.includes("かいて")) {
    for (const match of execAll(BY_MEANING, text)) {
      const explanation = match[1] ?? "";
      const word = match[2] ?? "";
      const at = match.index ?? 0;
      const wordStart = at + match[0].length - word.length;
      const before = text.slice(Math.max(0, at - WINDOW), at);
      const inExplanation = (kanji: string): boolean =>
        kanjiOf(kanji).every((c) => explanation.includes(c));
      if (/^[\p{Script=Hiragana}\p{Script=Katakana}ー]+$/u.test(word)) {
        // 小鳥遊です。小さい鳥が遊ぶと書いてタカナシ: the kanji word said before, then its reading.
        const kanji = [...execAll(KANJI_WORD, before)].find(
          (m) => inExplanation(m[0]) && !isOrdinaryWord(m[0]) && fitsReading(m[0], word),
        );
        if (!kanji) continue;
        const kanjiStart = at - before.length + (kanji.index ?? 0);
        add(kanjiStart, kanjiStart + kanji[0].length, "cue:written-by-meaning");
        add(wordStart, wordStart + word.length, "cue:written-by-meaning");
        continue;
      }
      if (kanjiOf(word).length < 2 || !inExplanation(word) || !!isOrdinaryWord(word)) continue;
      add(wordStart, wordStart + word.length, "cue:written-by-meaning");
      // やまなしです。月を見る里と書いて月見里: the reading said first.
      for (const said of execAll(KANA_SAID, before)) {
        const kana = said[1] ?? "";
        if (!fitsReading(word, kana)) continue;
        const kanaStart = at - before.length + (said.index ?? 0) + said[0].length - kana.length;
        add(kanaStart, kanaStart + kana.length, "cue:written-by-meaning");
      }
    }
  }
  out.push(...surnamesSaidFirst(text, found), ...otherScripts(text, found));
  if (!text.includes("の")) return out;
  for (const match of execAll(ONE_KANJI, text)) {
    const end = match.index ?? 0;
    const word = WORD_BEFORE.exec(text.slice(Math.max(0, end - 8), end))?.[0] ?? "";
    if (!word.includes(match[1] ?? "") || !!isOrdinaryWord(word)) continue;
    add(end - word.length, end, "cue:kanji-explained");
  }
  for (const match of execAll(KANA_DESCRIBED, text)) {
    const kanji = match[1] ?? "";
    const at = match.index ?? 0;
    const from = Math.max(0, at - WINDOW);
    const holder = [...execAll(KANJI_WORD, text.slice(from, at))]
      .reverse()
      .find((m) => m[0].includes(kanji) && !isOrdinaryWord(m[0]));
    if (!holder) continue;
    const start = from + (holder.index ?? 0);
    const end = start + holder[0].length;
    // The word is said as a name: a found name or a self-introduction right after it.
    const named = found.some(
      (name) => name.type === "person_name" && name.start - end <= 1 && name.start >= end,
    );
    if (named || /^(?:です|と申|といい)/u.test(text.slice(end, end + 3)))
      add(start, end, "cue:kanji-explained");
  }
  return out;
}

/** キム、漢字だと金成勲です: the same name said first in another script. */
/** The word said before the script label (built once, not per name). */
const SAID_BEFORE_LABEL = new RegExp(`(?:^|[、。 ])(${KANA}{2,10}|(?:${HAN}){1,5})[、 ]$`, "u");

function otherScripts(text: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  if (!SCRIPT_WORD.test(text)) return out;
  for (const name of found) {
    if (name.type !== "person_name") continue;
    const label = OTHER_SCRIPT.exec(text.slice(Math.max(0, name.start - 12), name.start));
    if (!label) continue;
    const before = text.slice(
      Math.max(0, name.start - label[0].length - 14),
      name.start - label[0].length,
    );
    const said = SAID_BEFORE_LABEL.exec(before);
    const word = said?.[1];
    if (!said || !word || !!isOrdinaryWord(word) || /です|ます|名義|名前|氏名/u.test(word))
      continue;
    const end = name.start - label[0].length - 1;
    out.push(foundNameCandidate(text, end - word.length, end, "cue:other-script"));
  }
  return out;
}

/** まつしたの、まつしたゆかりです: the surname alone, said just before the full name in kana. */
function surnamesSaidFirst(text: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const name of found) {
    const value = text.slice(name.start, name.end);
    if (name.type !== "person_name" || !/^\p{Script=Hiragana}{5,12}$/u.test(value)) continue;
    const before = text.slice(Math.max(0, name.start - 14), name.start);
    const said = /(?:^|[、 ])(\p{Script=Hiragana}{3,10}?)(?:の)?[、 ]{1,2}$/u.exec(before);
    const word = said?.[1];
    if (!said || !word || word.length > value.length - 2 || !value.startsWith(word)) continue;
    const at = name.start - before.length + said.index + said[0].indexOf(word);
    out.push(foundNameCandidate(text, at, at + word.length, "cue:surname-said-first"));
  }
  return out;
}
