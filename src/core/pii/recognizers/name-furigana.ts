import { execAll } from "../text-tools";
import { GIVEN_READINGS } from "../surnames";
import type { Candidate } from "../types";
import { NAME_STOP_WORDS } from "../name-stop-words";
import { checkName, hasNonNameKanji } from "./name-check";
import { toCandidate } from "./name-candidate";
import { fitsReading } from "./name-written-as";
import { KOREAN_SURNAMES } from "./foreign-intros";

// The given name may be kanji numerals that the normalizer read as digits (西村 一二三 → 西村 123),
// or hiragana (栗花落 ひまり(つゆり ひまり)).
const FURIGANA =
  /((?:[\p{Script=Han}々]{1,6}|[0-9]{2,3}(?= ))(?: (?:[\p{Script=Han}々]{1,4}|[0-9]{2,4}|\p{Script=Hiragana}{2,5}))?)\s?\(\s?([\p{Script=Hiragana}\p{Script=Katakana}ー・ ]{2,24})\s?\)/gu;
const HONORIFIC_AFTER = /^\s?(?:さん|様|さま|くん|君|ちゃん|氏|殿)/u;
/** 旧姓の蔀(しとみ) / 宛名が百目鬼(どうめき): a name label right before the word and its reading. */
const LABEL_BEFORE = /(?:名前|氏名|旧姓|宛名|名字|苗字|名義|本名)(?:は|が|の|も|:)?[、 ]?$/u;

/** 石動(いするぎ)です: the bracketed word introduces the speaker. */
const INTRO_AFTER = /^\s?(?:です|でございます|と申|といい|っていい)/u;

/**
 * 鳴海 灯(なるみ あかり) / 八月一日宏美(ほずみ ひろみ): a reading in two words, surname and given
 * name, that fits the kanji (each word its own part when the kanji are spaced too). Words of
 * paperwork are read in one word (個人番号(こじんばんごう)).
 */
function readAsFullName(kanji: string, reading: string): boolean {
  const words = reading.trim().split(/[ ・]+/u);
  if (words.length !== 2 || hasNonNameKanji(kanji) || NAME_STOP_WORDS.has(kanji)) return false;
  const parts = kanji.split(" ");
  if (parts.length === 2)
    return parts.every((part, i) => fitsReading(part, words[i] ?? "") || /^[0-9]+$/u.test(part));
  return kanji.length >= 3 && fitsReading(kanji, reading) && !/[0-9]/u.test(kanji);
}

/** One kanji word of a name's shape and its one-word reading. */
function readAsSurname(kanji: string, reading: string): boolean {
  return (
    /^[\p{Script=Han}々\uD840-\uDBFF\uDC00-\uDFFF]{2,5}$/u.test(kanji) &&
    !hasNonNameKanji(kanji) &&
    !NAME_STOP_WORDS.has(kanji) &&
    fitsReading(kanji, reading) &&
    /^\p{Script=Hiragana}+$/u.test(reading)
  );
}

/** ふりがな:いのうえ そら(井上 空): a found kana name, then its kanji in brackets (two words). */
const KANJI_AFTER_READING = /^ ?\( ?([\p{Script=Han}々ヶ]{1,4} [\p{Script=Han}々ヶ]{1,3}) ?\)/u;

export function kanjiAfterReading(text: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const name of found) {
    if (
      name.type !== "person_name" ||
      !/^[\p{Script=Hiragana}\p{Script=Katakana}ー ]+$/u.test(name.key)
    )
      continue;
    const match = KANJI_AFTER_READING.exec(text.slice(name.end, name.end + 14));
    const kanji = match?.[1];
    if (!match || !kanji) continue;
    const start = name.end + match[0].indexOf(kanji);
    out.push(toCandidate(text, start, start + kanji.length, 0.8, "cue:kanji-after-reading"));
  }
  return out;
}

/** 김민수(キム・ミンス): a Hangul name and its katakana rendering. */
const HANGUL_READING =
  /([\p{Script=Hangul}]{2,5}(?: [\p{Script=Hangul}]{1,4})?)\s?\(\s?([\p{Script=Katakana}ー・ ]{2,16})\s?\)/gu;

export function recognizeHangulNames(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const match of execAll(HANGUL_READING, text)) {
    const start = match.index ?? 0;
    out.push(toCandidate(text, start, start + match[0].length, 0.9, "cue:hangul-reading"));
  }
  return out;
}

/** Korean compound family names (남궁, 황보); the one-syllable ones are {@link KOREAN_SURNAMES}. */
const KOREAN_COMPOUND_SURNAME = /^(?:남궁|황보|제갈|선우|독고)/u;
/** Hangul words of a Korean sentence that look like a surname and a given name. */
const NOT_KOREAN_NAME = new Set([
  "안녕히",
  "감사해",
  "고마워",
  "미안해",
  "사랑해",
  "한국어",
  "한국인",
  "주세요",
]);
/** The polite endings of a Korean sentence (입니다, 주세요, 있어요). */
const KOREAN_SENTENCE = /[\uac00-\ud7a3](?:니다|세요|어요|에요|아요|해요)(?![\uac00-\ud7a3])/u;
/** A Hangul word of two to four syllables standing alone (not one word of a Korean sentence). */
const HANGUL_WORD = /(?<![\p{Script=Hangul}] ?)[\p{Script=Hangul}]{2,4}(?! ?[\p{Script=Hangul}])/gu;

/**
 * リ・ミンジュンさん(韓国)。이민준。: in a Japanese text where a name was found, a Hangul word standing
 * alone, of three syllables (four with a compound surname) starting with a Korean surname and not
 * ending like a verb (…다, …요), is the name written in its own script.
 */
export function recognizeStandaloneHangulNames(
  text: string,
  found: readonly Candidate[],
): Candidate[] {
  const out: Candidate[] = [];
  if (!found.some((c) => c.type === "person_name") || !/[\u3041-\u3096]/u.test(text)) return out;
  // 주소는 …입니다: Hangul words of Korean sentences are no names spelled alone.
  if (KOREAN_SENTENCE.test(text)) return out;
  for (const match of execAll(HANGUL_WORD, text)) {
    const word = match[0];
    const start = match.index ?? 0;
    const surname =
      KOREAN_COMPOUND_SURNAME.exec(word)?.[0] ??
      (KOREAN_SURNAMES.has(word[0] ?? "") ? (word[0] ?? "") : "");
    if (surname === "" || word.length - surname.length !== 2 || NOT_KOREAN_NAME.has(word)) continue;
    // …다, …요: a verb; …는, …를: a word with its particle.
    if (/[다요까죠네니는은가을를에의도로와과]$/u.test(word)) continue;
    if (found.some((c) => c.start < start + word.length && start < c.end)) continue;
    out.push(toCandidate(text, start, start + word.length, 0.8, "cue:hangul-standalone"));
  }
  return out;
}

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
  for (const match of execAll(FURIGANA, text)) {
    const kanji = match[1] ?? "";
    const reading = match[2] ?? "";
    const start = match.index ?? 0;
    const end = start + match[0].length;
    // 氏名(カナ): a form's label and the script its field asks for.
    if (
      NAME_STOP_WORDS.has(kanji) ||
      /^(?:カナ|かな|フリガナ|ふりがな|カタカナ|ひらがな)$/u.test(reading)
    )
      continue;
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
      !readAsFullName(kanji, reading) &&
      !(INTRO_AFTER.test(text.slice(end, end + 6)) && readAsSurname(kanji, reading)) &&
      !checkName(written, strength, extra) &&
      !checkName(reading.replace(/[ ・]/g, ""), "weak", extra)
    )
      continue;
    out.push(toCandidate(text, start, end, 0.9, "cue:furigana"));
  }
  return out;
}
