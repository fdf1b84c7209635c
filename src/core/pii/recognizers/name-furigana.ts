import { GIVEN_READINGS } from "../surnames";
import type { Candidate } from "../types";
import { checkName } from "./name-check";
import { toCandidate } from "./name-candidate";
import { fitsReading } from "./name-written-as";

// The given name may be kanji numerals that the normalizer read as digits (西村 一二三 → 西村 123),
// or hiragana (栗花落 ひまり(つゆり ひまり)).
const FURIGANA =
  /([\p{Script=Han}々]{1,6}(?: (?:[\p{Script=Han}々]{1,4}|[0-9]{2,4}|\p{Script=Hiragana}{2,5}))?)\s?\(\s?([\p{Script=Hiragana}\p{Script=Katakana}ー・ ]{2,24})\s?\)/gu;
const HONORIFIC_AFTER = /^\s?(?:さん|様|さま|くん|君|ちゃん|氏|殿)/u;
/** 旧姓の蔀(しとみ) / 宛名が百目鬼(どうめき): a name label right before the word and its reading. */
const LABEL_BEFORE = /(?:名前|氏名|旧姓|宛名|名字|苗字|名義|本名)(?:は|が|の|も|:)?[、 ]?$/u;

/**
 * 山田 花子(やまだ はなこ): a kanji name followed by its reading in brackets. When a cue already
 * found the kanji name (氏名:桐谷 奏(きりたに かなで)), any reading that fits it is taken.
 */
export function recognizeFurigana(
  text: string,
  extra: ReadonlySet<string>,
  found: readonly Candidate[] = [],
): Candidate[] {
  const out: Candidate[] = [];
  for (const match of text.matchAll(FURIGANA)) {
    const kanji = match[1] ?? "";
    const reading = match[2] ?? "";
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const strength = HONORIFIC_AFTER.test(text.slice(end, end + 3)) ? "strong" : "weak";
    const written = /[0-9]/.test(kanji) ? kanji.slice(0, kanji.indexOf(" ")) : kanji;
    // A hiragana given name read again at the end of the reading: the pair is a full name.
    const kanaGiven = /^\S+ (\p{Script=Hiragana}+)$/u.exec(kanji)?.[1];
    if (kanaGiven && !(reading.endsWith(` ${kanaGiven}`) && GIVEN_READINGS.has(kanaGiven)))
      continue;
    const named =
      found.some(
        (name) =>
          name.type === "person_name" && name.start <= start && start + kanji.length <= name.end,
      ) || LABEL_BEFORE.test(text.slice(Math.max(0, start - 6), start));
    if (
      !kanaGiven &&
      !(named && fitsReading(kanji.replace(/ /g, ""), reading)) &&
      !checkName(written, strength, extra) &&
      !checkName(reading.replace(/[ ・]/g, ""), "weak", extra)
    )
      continue;
    out.push(toCandidate(text, start, end, 0.9, "cue:furigana"));
  }
  return out;
}
