import { execAll } from "../text-tools";
import { NAME_STOP_WORDS, ORG_SUFFIX, PLACE_WORDS } from "../name-stop-words";
import type { Candidate } from "../types";
import { foundNameCandidate } from "./name-candidate";
import { checkName, hasNonNameKanji } from "./name-check";
import { fitsReading } from "./name-written-as";

const WORD = "(?<![\\p{Script=Han}々ヶ])([\\p{Script=Han}々ヶ]{1,5})";
/** A reading in one script, a space or ・ between its parts (たかなし, キム・ヨンスク). */
const READING =
  "([\\p{Script=Hiragana}ー]{2,10}?(?:[ ・][\\p{Script=Hiragana}ー]{2,8}?)?|[\\p{Script=Katakana}ー]{2,10}?(?:[ ・][\\p{Script=Katakana}ー]{2,8}?)?)";
/**
 * Where a caller explains how a word is read, the word is a name (the desk asks how to read names,
 * not ordinary words):
 * - 小鳥遊です、読みはたかなし (the word, then 読みは and the reading);
 * - 心愛、ここあって読むんです (the word, then the reading and って読む);
 * - 漢字は御手洗、みたらいです (漢字は, the word, then its reading).
 */
const READING_CUES = [
  new RegExp(
    `${WORD}(?:です|でございます)?[、。 ]{1,2}(?:読みは|よみは|読み方は)[、 ]?${READING}(?=[、。!? ]|です|$)`,
    "gu",
  ),
  new RegExp(`${WORD}[、 ]${READING}(?:って|と)(?:読|よ)[むみん]`, "gu"),
  new RegExp(`漢字(?:は|が|で)[、 ]?${WORD}[、 ]${READING}(?=です|と読|って読|[、。!?]|$)`, "gu"),
];
/** 漢字は四月一日って書くんです: the kanji of a name spoken of just before. */
const WRITTEN_WITH = new RegExp(`漢字(?:は|が|で)[、 ]?${WORD}(?:って|と)(?:書|か)`, "gu");
/** ワタヌキは四月一日って書くんです: a name said in kana, then the kanji it is written with. */
const KANA_WRITTEN_WITH = new RegExp(
  `(?<![\\p{Script=Hiragana}\\p{Script=Katakana}ー])([\\p{Script=Katakana}ー]{2,10}|\\p{Script=Hiragana}{2,8})は[、 ]?${WORD}(?:って|と)(?:書|か)`,
  "gu",
);
/** 名前も書くんですよね、上杉って: a name quoted at the end of a sentence about a name. */
const QUOTED = new RegExp(
  `(?:名前|名字|苗字|氏名)[^。!?]{0,24}?[、 ]${WORD}(?:って|と)(?=[。!?]|$|書|言)`,
  "gu",
);
/** Words about the script or the reading, never a name (かんじは…って書く). */
const SCRIPT_WORDS =
  /^(?:かんじ|カンジ|ひらがな|カタカナ|かたかな|ふりがな|フリガナ|よみ|よみかた|ローマジ|なまえ|みょうじ)$/u;
/** この地名、なんと読みますか: a question about a reading gives none. */
const QUESTION = /^(?:なん|なに|どう|どの|どれ|いか)/u;
const NAME_TOPIC = /名前|名字|苗字|氏名|フリガナ|ふりがな|読み|よみ/u;
const TOPIC_WINDOW = 40;
const NO_EXTRA: ReadonlySet<string> = new Set();
/** Places are read out too (桜台, 中央町): words ending like a place are left to the address rules. */
const PLACE_END = /[町村区市郡駅園台丘通]$/u;

function isNameWord(word: string): boolean {
  return (
    !NAME_STOP_WORDS.has(word) &&
    !PLACE_WORDS.has(word) &&
    !PLACE_END.test(word) &&
    !ORG_SUFFIX.test(word) &&
    !hasNonNameKanji(word)
  );
}

/** Names found from the way a caller reads, spells or quotes them. */
export function findNamesByReadingCues(text: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  if (/読|よみ|よむ|よんで|漢字/u.test(text)) {
    for (const cue of READING_CUES) {
      for (const match of execAll(cue, text)) {
        const word = match[1] ?? "";
        const reading = match[2] ?? "";
        if (!isNameWord(word) || QUESTION.test(reading)) continue;
        if (!fitsReading(word, reading.replace(/・/gu, ""))) continue;
        const start = match.index ?? 0;
        const wordStart = start + match[0].indexOf(word);
        const readingStart = start + match[0].lastIndexOf(reading);
        out.push(foundNameCandidate(text, wordStart, wordStart + word.length, "cue:reading-given"));
        out.push(
          foundNameCandidate(
            text,
            readingStart,
            readingStart + reading.length,
            "cue:reading-given",
          ),
        );
      }
    }
  }
  if (text.includes("漢字")) {
    for (const match of execAll(WRITTEN_WITH, text)) {
      const word = match[1] ?? "";
      const start = (match.index ?? 0) + match[0].indexOf(word);
      if (!isNameWord(word) || !nameSpokenOfBefore(text, match.index ?? 0, found)) continue;
      out.push(foundNameCandidate(text, start, start + word.length, "cue:kanji-of-name"));
    }
  }
  if (/(?:って|と)(?:書|か)/u.test(text))
    for (const match of execAll(KANA_WRITTEN_WITH, text)) {
      const kana = match[1] ?? "";
      const word = match[2] ?? "";
      if (!isNameWord(word) || SCRIPT_WORDS.test(kana) || !fitsReading(word, kana)) continue;
      const start = match.index ?? 0;
      const wordStart = start + match[0].indexOf(word, kana.length);
      out.push(foundNameCandidate(text, start, start + kana.length, "cue:kana-written-with"));
      out.push(
        foundNameCandidate(text, wordStart, wordStart + word.length, "cue:kana-written-with"),
      );
    }
  if (!/名前|名字|苗字|氏名/u.test(text) || !/って|と/u.test(text)) return out;
  for (const match of execAll(QUOTED, text)) {
    const word = match[1] ?? "";
    const start = (match.index ?? 0) + match[0].length - word.length - 2;
    const at = text.indexOf(word, start);
    // A quoted word is a name only when it is written like one (上杉: listed; 全部: no).
    if (word.length >= 2 && isNameWord(word) && checkName(word, "intro", NO_EXTRA))
      out.push(foundNameCandidate(text, at, at + word.length, "cue:quoted-name"));
  }
  return out;
}

/** A name topic word, or a name already found, in the words just before `at`. */
function nameSpokenOfBefore(text: string, at: number, found: readonly Candidate[]): boolean {
  if (NAME_TOPIC.test(text.slice(Math.max(0, at - TOPIC_WINDOW), at))) return true;
  return found.some(
    (name) => name.type === "person_name" && name.end <= at && at - name.end <= TOPIC_WINDOW,
  );
}
