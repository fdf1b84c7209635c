import { GIVEN_KANJI, isNameShaped, looksLikeGivenName } from "../name-kanji";
import {
  HIRAGANA_STOP_WORDS,
  KATAKANA_STOP_WORDS,
  KIN_PREFIX,
  NAME_PREFIXES,
  NAME_STOP_WORDS,
  ORG_SUFFIX,
  PLACE_WORDS,
  ROLE_PREFIX,
} from "../name-stop-words";
import { GIVEN_NAMES, GIVEN_READINGS, SURNAMES } from "../surnames";
import type { Candidate } from "../types";
import { BUILDING } from "./address-buildings";
import { isListedGivenName } from "./kana-names";
import { foundNameCandidate } from "./name-candidate";
import { hasNonNameKanji } from "./name-check";
import { hasOkurigana, opensLabel } from "./name-cues";

const HAN = "[\\p{Script=Han}々ヶ]";
const KATA = "[\\p{Script=Katakana}ー]";
/** 富樫 ヨシ子, 佐久間 トメ: a katakana given name, with a kanji ending in older names. */
const KANA_GIVEN = `${KATA}{1,3}[子代江美枝恵]|${KATA}{2,4}|\\p{Script=Hiragana}{1,3}[子代江美枝恵]`;
/**
 * The word after the space of a full name (鶴見 大輔, 久米 千代子, 富樫 ヨシ子, マルティネス 恵理). 名義
 * glued to the name is no part of it (能登 正治名義).
 */
// 上条 キヨ宅: 宅 (the household's home) glued after the given name is no part of it either, nor
// a note's event word (父松浦 広志同伴, 木村 聡来庁), nor the registration the note records (小野
// 葵国保加入, 村上 健転入).
/** 委員 (a welfare volunteer, a committee's member), 議員 (a councillor): a post after the name. */
const POST_AFTER_GIVEN = /^.(?:委員|議員)$/u;
const SECOND_WORD = new RegExp(
  `(${HAN}{1,3}|${KANA_GIVEN})(?:名義|宅|同伴|同席|同行|来庁|来所|転入|転出|転居|国保加入|国保脱退)?(?!${HAN}|${KATA})`,
  "uy",
);

/** 柚木 ゆずはです: a listed given-name reading in hiragana after the space, then a particle. */
function hiraganaGivenAt(text: string, at: number): string | undefined {
  for (let size = 5; size >= 3; size -= 1) {
    const word = text.slice(at, at + size);
    if (GIVEN_READINGS.has(word) && KANA_NAME_END.test(text.slice(at + size, at + size + 3)))
      return word;
  }
  const two = text.slice(at, at + 2);
  if (OLD_KANA_GIVEN.has(two) && OLD_KANA_END.test(text.slice(at + 2, at + 5))) return two;
  return undefined;
}
/**
 * 志村 ふさ / 雨宮 きく: the two-kana given names of women born before the war, written in hiragana
 * as often as in katakana (トメ, キヨ pass already); only after a listed surname (see
 * {@link isKanaGivenName}). Everyday words among them (なか "inside", ます, いと "intent") are left
 * out.
 */
const OLD_KANA_GIVEN: ReadonlySet<string> = new Set(
  "ふさ きく うめ とめ まつ しず ちよ つる かめ たけ きよ すえ みつ やす よね さだ とく ふみ きん ぎん たま しげ".split(
    " ",
  ),
);
/**
 * After such a name: a particle, a pause, a note's bracket (ふさ(88)) or 宅, not a word going on
 * (きくところ, しずかに).
 */
const OLD_KANA_END = /^(?:[のがはも、。 (宅]|です|さん|様|$)/u;
const BLOCK_AFTER = /^(?:[0-9]{1,4}|[一二三四五六七八九十]{1,3}) ?(?:丁目|番|-[0-9])/u;
const HAN_CHAR = /[\p{Script=Han}々ヶ]/u;
const KATA_CHAR = /[\p{Script=Katakana}ー]/u;
const KANA_MIXED_GIVEN =
  /^(?:[\p{Script=Katakana}ー]{1,3}|\p{Script=Hiragana}{1,3})[子代江美枝恵]$/u;

/**
 * Full names written with a space and no cue, the way forms and chat users write them. The space
 * says where surname and given name meet, so less is asked of each part than of a lone word: a
 * listed surname with a word shaped like a given name, or a surname-shaped word (all of its kanji
 * used in surnames) with a listed or clearly given-name-shaped word. One-kanji surnames (東, 森)
 * need a clearly given name.
 */
export function recognizeSpacedFullNames(text: string, extra: ReadonlySet<string>): Candidate[] {
  const out: Candidate[] = [];
  for (let space = text.indexOf(" "); space > 0; space = text.indexOf(" ", space + 1)) {
    const word = surnameAfterRole(text, space) ?? wordBefore(text, space);
    if (!word) continue;
    SECOND_WORD.lastIndex = space + 1;
    const found = SECOND_WORD.exec(text)?.[1] ?? hiraganaGivenAt(text, space + 1);
    if (!found) continue;
    // 上条 清宅: the kanji run took the home word with it; 谷口 康雄分: a note's "for" (the share
    // or the papers of that person) too; 村松 昭委員: a volunteer's or a councillor's post after a
    // one-kanji given name.
    const trailing =
      (found.length > 1 && found.endsWith("宅")) || (found.length > 2 && found.endsWith("分"));
    const post = found.length === 3 && POST_AFTER_GIVEN.test(found);
    const second = post ? found.slice(0, 1) : trailing ? found.slice(0, -1) : found;
    const first = unprefixed(word, second, extra);
    const start = space - first.length;
    const end = space + 1 + second.length;
    const kana = !HAN_CHAR.test(second[0] ?? "");
    // 岩瀬 キミ子(83歳): after a listed surname a kana given name may also end at a note's bracket.
    const kanaEnd =
      KANA_NAME_END.test(text.slice(end, end + 3)) ||
      (text[end] === "(" && (SURNAMES.has(first) || extra.has(first)));
    // 瀬賀 浩二ほか1名: ほか (and others) is no okurigana.
    const glued = hasOkurigana(text, end) && !text.startsWith("ほか", end);
    // 林 勝之 羽衣2丁目8番14号: a town glued to its block numbers is no given name.
    const town = BLOCK_AFTER.test(text.slice(end, end + 8));
    // 宇都宮 彩 より。/ → 芝 勇 06-6710-9860: a note's source or a contact list's phone, spaced off
    // after the name, vouches for a one-kanji given name.
    const after = text.slice(end, end + 16);
    const source = NOTE_SOURCE_AFTER.test(after) || PHONE_AFTER.test(after);
    if (isSpacedFullName(first, second, extra, source) && !glued && !town && (!kana || kanaEnd))
      out.push(foundNameCandidate(text, start, end, "shape:spaced-full-name"));
  }
  return out;
}

/**
 * 母浜田 シゲ / 娘久我 まゆみ: a kin word or a title glued before a listed surname (a note's terse
 * style) is dropped unless the whole word is a listed surname; 甥西舘 誠: before an unlisted one,
 * when the whole word does not pass as a surname and the rest does.
 */
function unprefixed(word: string, second: string, extra: ReadonlySet<string>): string {
  const prefix = NAME_PREFIXES.exec(word)?.[0] ?? "";
  const rest = word.slice(prefix.length);
  if (prefix === "" || rest.length < 2 || SURNAMES.has(word) || extra.has(word)) return word;
  if (SURNAMES.has(rest) || extra.has(rest)) return rest;
  // 本人西舘 フジ / 長男景山 博之: a role word or a kin word like 長男 starts no surname, so what
  // follows it is the surname.
  if (
    (ROLE_PREFIX.test(prefix) || KIN_PREFIX.test(prefix)) &&
    isSpacedFullName(rest, second, extra)
  )
    return rest;
  return !isSpacedFullName(word, second, extra) && isSpacedFullName(rest, second, extra)
    ? rest
    : word;
}

/**
 * 作業員瀬賀 浩二 / 担当者真鍋 徹: a role ending in 員 or 者 glued before the surname (a note's or a
 * mail's terse style); no surname holds either kanji.
 */
const ROLE_GLUED = /[\p{Script=Han}々ヶ]{0,6}[員者]([\p{Script=Han}々ヶ]{2,3})$/u;

function surnameAfterRole(text: string, end: number): string | null {
  const before = text.slice(Math.max(0, end - 10), end);
  // Most spaces follow no role word: without its 員 or 者 the regex cannot match (it would try
  // every start position of the slice before failing).
  if (!before.includes("員") && !before.includes("者")) return null;
  const match = ROLE_GLUED.exec(before);
  if (!match || HAN_CHAR.test(text[end - match[0].length - 1] ?? "")) return null;
  return match[1] ?? null;
}

/** The whole kanji (1–4) or katakana (3–8) word that ends at `end`, or null. */
function wordBefore(text: string, end: number): string | null {
  const last = text[end - 1] ?? "";
  const test = HAN_CHAR.test(last) ? HAN_CHAR : KATA_CHAR.test(last) ? KATA_CHAR : null;
  if (!test) return null;
  const [min, max] = test === HAN_CHAR ? [1, 4] : [3, 8];
  let start = end - 1;
  while (start > 0 && end - start <= max && test.test(text[start - 1] ?? "")) start -= 1;
  const length = end - start;
  if (length < min || length > max) return null;
  // A kanji word right after katakana (or the reverse) is no separate word: ハイツ青葉 1.
  const before = text[start - 1] ?? "";
  return HAN_CHAR.test(before) || KATA_CHAR.test(before) ? null : text.slice(start, end);
}

function isSpacedFullName(
  first: string,
  second: string,
  extra: ReadonlySet<string>,
  source = false,
): boolean {
  if (/^\p{Script=Katakana}/u.test(first)) {
    // マルティネス 恵理: a foreign surname in katakana before a kanji given name.
    return (
      /^\p{Script=Han}/u.test(second) &&
      !KATAKANA_STOP_WORDS.has(first) &&
      !BUILDING.test(first) &&
      !SURNAMES.has(second) &&
      (GIVEN_NAMES.has(second) || looksLikeGivenName(second))
    );
  }
  const listed = SURNAMES.has(first) || extra.has(first);
  if (!isSurnameWord(first, listed)) return false;
  // 石動 菜摘: a listed given name of two kanji or more vouches for an unlisted surname.
  // 第三 章 より: an ordinal is no surname.
  const sourced = source && !first.startsWith("第");
  const vouched =
    (second.length >= 2 || sourced) && GIVEN_NAMES.has(second) && (first.length >= 2 || sourced);
  if (!listed && !isNameShaped(first) && !vouched) return false;
  if (!/^\p{Script=Han}/u.test(second)) return isKanaGivenName(second, listed);
  if (listed && EVERYDAY_GIVEN.has(second)) return true;
  const clearly = GIVEN_NAMES.has(second) || looksLikeGivenName(second);
  if (clearly) return !NAME_STOP_WORDS.has(second);
  return listed && first.length > 1 && isGivenKanjiWord(second);
}

/**
 * 村井 大河 / 石川 未来: everyday words that are common given names, left out of the lists (a
 * given name needs no cue after a surname, `name-data-5.ts`); only after a listed surname and a
 * space, where the space says a given name follows.
 */
const EVERYDAY_GIVEN: ReadonlySet<string> = new Set([
  "大地",
  "大河",
  "大空",
  "大海",
  "未来",
  "北斗",
]);

/** 日下部 冨美子 / 田所 茂: a listed surname of two kanji or more may end like an office (部, 所). */
function isSurnameWord(word: string, listed: boolean): boolean {
  return (
    !NAME_STOP_WORDS.has(word) &&
    !PLACE_WORDS.has(word) &&
    ((listed && word.length >= 2) || !ORG_SUFFIX.test(word)) &&
    !hasNonNameKanji(word)
  );
}

/** 康弘, 正治: two or three kanji all used in given names (one kanji only when listed). */
function isGivenKanjiWord(word: string): boolean {
  if (word.length < 2 || NAME_STOP_WORDS.has(word) || hasNonNameKanji(word)) return false;
  return [...word].every((c) => GIVEN_KANJI.has(c));
}

/**
 * トメ, ユウスケ, ヨシ子: a listed katakana given name or reading, a short one with a kanji ending,
 * or (after a listed surname: 須藤 ツネ) any two katakana that are no building (ビル).
 */
function isKanaGivenName(word: string, loose: boolean): boolean {
  if (KATAKANA_STOP_WORDS.has(word)) return false;
  if (isListedGivenName(word)) return true;
  if (KANA_MIXED_GIVEN.test(word)) return true;
  if (loose && OLD_KANA_GIVEN.has(word)) return true;
  return loose && /^\p{Script=Katakana}{2}$/u.test(word) && !BUILDING.test(word);
}

/** 宇都宮 彩 より。/ 梶ヶ谷 彩 から電話: where a note's message came from, after a space. */
const NOTE_SOURCE_AFTER = /^ (?:より|から)(?:[。、 ]|$|電話|連絡|入電|相談|依頼)/u;
/** A phone number written in its groups after a space: a contact list's entry. */
const PHONE_AFTER = /^ 0[0-9]{1,4}-[0-9]{1,4}-[0-9]{4}(?![0-9])/u;

/** What follows a katakana given name: a particle, a copula, an honorific or a pause. */
// 久我 まゆみからの依頼 / 上条 キヨ宅: where a request came from, whose home.
const KANA_NAME_END = /^(?:[のがはもとを、。!? 宅]|です|でした|って|から|より|さん|様|さま|$)/u;

/**
 * A found name continued over a space: 須藤 ツネ, 佐久間 トメ (a surname found by a cue, then a
 * katakana given name), 能登 正治名義 (then a kanji given name), マルティネス 恵理 (a given name
 * found by a cue, with the katakana surname before it).
 */
export function extendSpacedNames(text: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const name of found) {
    if (name.type !== "person_name") continue;
    const value = text.slice(name.start, name.end);
    // ふじもり かずひこ: a kana surname found already, then a listed given name read in kana.
    if (/^\p{Script=Hiragana}{2,6}$/u.test(value)) {
      const next = /^ (\p{Script=Hiragana}{2,4})(?=[ 、。!?]|です|$)/u.exec(
        text.slice(name.end, name.end + 10),
      );
      const word = next?.[1] ?? "";
      if (word && GIVEN_READINGS.has(word) && !HIRAGANA_STOP_WORDS.has(word))
        out.push(
          foundNameCandidate(
            text,
            name.start,
            name.end + 1 + word.length,
            "echo:spaced-given-name",
          ),
        );
      continue;
    }
    if (!/^[\p{Script=Han}々ヶ]{1,4}$/u.test(value)) continue;
    if (text[name.end] === " ") {
      const next =
        /^ ([\p{Script=Han}々]{1,3}|[\p{Script=Katakana}ー]{1,3}[子代江美枝恵]?)(?:名義)?(?![\p{Script=Han}\p{Script=Katakana}ー])/u.exec(
          text.slice(name.end, name.end + 8),
        );
      const word = next?.[1] ?? "";
      const given = /^\p{Script=Katakana}/u.test(word)
        ? isKanaGivenName(word, true)
        : GIVEN_NAMES.has(word) || looksLikeGivenName(word) || isGivenKanjiWord(word);
      const end = name.end + 1 + word.length;
      const ends = /^\p{Script=Han}/u.test(word) || KANA_NAME_END.test(text.slice(end, end + 3));
      // 申請者 高木大輔 代理人 …: the next role's label is no given name.
      if (
        word &&
        given &&
        ends &&
        !hasOkurigana(text, end) &&
        !opensLabel(text.slice(name.end + 1, name.end + 8))
      )
        out.push(foundNameCandidate(text, name.start, end, "echo:spaced-given-name"));
    }
    const before = /([\p{Script=Katakana}ー]{3,8}) $/u.exec(
      text.slice(Math.max(0, name.start - 10), name.start),
    );
    if (before?.[1] && isSpacedFullName(before[1], value, new Set())) {
      const start = name.start - before[0].length;
      if (!/[\p{Script=Katakana}ー]/u.test(text[start - 1] ?? ""))
        out.push(foundNameCandidate(text, start, name.end, "echo:spaced-surname"));
    }
  }
  return out;
}
