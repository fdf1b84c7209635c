import {
  HIRAGANA_STOP_WORDS,
  KATAKANA_STOP_WORDS,
  NAME_PREFIXES,
  NAME_STOP_WORDS,
  ORG_SUFFIX,
  PLACE_WORDS,
  SURNAME_FINAL,
} from "../name-stop-words";
import { GIVEN_NAMES, PLACE_HOMOGRAPHS, SURNAME_READINGS, SURNAMES } from "../surnames";
import { checkHiraganaName, checkKatakanaName, toHiragana } from "./kana-names";
import { FOREIGN_GIVEN_KANJI } from "../name-data-3";
import { foldVariants } from "./name-echoes";
import { GIVEN_KANJI, isNameShaped, looksLikeGivenName } from "../name-kanji";

const FOREIGN_GIVEN: ReadonlySet<string> = new Set(FOREIGN_GIVEN_KANJI);

/**
 * How strong the cue around a candidate is: labels and honorifics are strong; a self-introduction
 * (はい、〇〇です。 at the start of a turn) is `intro`; a bare です or a relation word is weak.
 */
export type CueStrength = "strong" | "intro" | "weak";

/** A validated name inside a candidate string. */
export type NameMatch = {
  readonly offset: number;
  readonly length: number;
  readonly known: boolean;
};

// 一ノ瀬, 三ツ矢: ノ, ツ or ケ between two kanji belongs to the name.
const HAN_WORD = "(?:[\\p{Script=Han}々ヶ]|(?<=\\p{Script=Han})[ノツケ](?=\\p{Script=Han}))+";
const HAN = new RegExp(`^${HAN_WORD}(?: ${HAN_WORD})?$`, "u");
const KATAKANA = /^[\p{Script=Katakana}ー・]+(?: [\p{Script=Katakana}ー・]+)?$/u;
const HIRAGANA = /^[\p{Script=Hiragana}ー]+(?: [\p{Script=Hiragana}ー]+)?$/u;
/**
 * Finds the name inside a candidate string found next to a cue, or null when it is an ordinary
 * word. `extra` holds city-configured surnames.
 */
export function checkName(
  candidate: string,
  strength: CueStrength,
  extra: ReadonlySet<string>,
): NameMatch | null {
  if (HAN.test(candidate)) return checkHanName(candidate, strength, extra);
  if (KATAKANA.test(candidate)) return checkKatakanaName(candidate, strength);
  if (HIRAGANA.test(candidate)) return checkHiraganaName(candidate, strength);
  return null;
}

/** A listed surname (or one of the caller's extra surnames), also in its variant kanji (髙橋, 山﨑). */
export function isSurname(text: string, extra: ReadonlySet<string>): boolean {
  if (SURNAMES.has(text) || extra.has(text)) return true;
  const folded = foldVariants(text);
  return folded !== text && SURNAMES.has(folded);
}

function checkHanName(
  candidate: string,
  strength: CueStrength,
  extra: ReadonlySet<string>,
): NameMatch | null {
  let offset = 0;
  const prefix = NAME_PREFIXES.exec(candidate);
  if (prefix && prefix[0].length < candidate.length) offset = prefix[0].length;
  // 長女 成瀬: the space after a relation word is no part of the name.
  if (offset > 0 && candidate[offset] === " ") offset += 1;
  const body = candidate.slice(offset);
  const flat = body.replace(" ", "");
  const whole = (known: boolean): NameMatch => ({ offset, length: body.length, known });
  // 七の、十二、です / 父は七十八で: a number in kanji numerals, unless a listed surname (九十九).
  if (
    NAME_STOP_WORDS.has(flat) ||
    (NUMERAL_WORD.test(flat) && !NUMERAL_SURNAMES.has(flat) && !isSurname(flat, extra))
  )
    return null;
  // 王 麗華, 林 美咲: the space marks where a listed surname (one kanji too) meets a given name.
  const space = body.indexOf(" ");
  if (space > 0) {
    const given = body.slice(space + 1);
    if (isSurname(body.slice(0, space), extra) && isGivenShaped(given)) return whole(true);
    // 李 娜, 崔 恩姫: a Korean or Chinese surname, a space and the given name.
    if (isForeignGivenName(flat, given, "strong")) return whole(true);
    // 名義 人 確認, 来庁者 外国人 在留カード: a note's next words after a label, an ordinary word first
    // (姓名:王 建国: after a name label a listed surname is one, even if also a word: 王, 神).
    if (
      NAME_STOP_WORDS.has(body.slice(0, space)) &&
      !(strength === "strong" && isSurname(body.slice(0, space), extra))
    )
      return null;
  }
  const head = surnameLengthAt(flat, 0, extra);
  const rest = flat.slice(head);
  // 李素妍, 金美淑, 王麗華: a Korean or Chinese surname glued to its given name.
  if (head === 1 && isForeignGivenName(flat, rest, strength)) return whole(true);
  // 堤麻衣子: a one-kanji surname and a word of a given name's shape and kanji make a full name.
  if (head === 1 && rest.length >= 2 && !GIVEN_NAMES.has(rest) && looksLikeGivenName(rest))
    return whole(true);
  // 鶴見, 柳川: a one-kanji surname followed by more than a given name is tested as a whole word.
  // It is then judged like an unknown word (岩永さん, 岡部 真央: strong cues accept it).
  const oneKanjiHead = head === 1 && rest.length > 0 && !GIVEN_NAMES.has(rest);
  if (head > 0 && !oneKanjiHead && !(rest.length > 0 && ORG_SUFFIX.test(rest))) {
    if (strength === "strong") return whole(true);
    // はい、林です。: a one-kanji surname is a name here, a city name (福岡) is not.
    if (
      strength === "intro" &&
      rest.length === 0 &&
      !PLACE_WORDS.has(flat) &&
      !DIRECTION.test(flat)
    )
      return whole(true);
    const restIsGiven = rest.length === 0 || GIVEN_NAMES.has(rest);
    // 息子の蓮の: a one-kanji surname that is also a given name passes after a relation word.
    if (head === 1 && rest.length === 0) return GIVEN_NAMES.has(flat) ? whole(true) : null;
    if (rest.length === 0 && PLACE_HOMOGRAPHS.has(flat)) return null;
    return rest.length <= 3 || restIsGiven ? whole(true) : null;
  }
  if (ORG_SUFFIX.test(flat)) return null;
  if (endsWithGivenName(flat, space > 0)) return whole(true);
  if (strength === "strong" && !body.includes(" ")) {
    // A known surname later in the run marks where the name starts (福岡市田中さん), unless what
    // comes before it is one or two kanji of no office, place or paperwork (大河内, 勅使川原さん).
    for (let p = 1; p + 2 <= body.length; p += 1) {
      const size = surnameLengthAt(body, p, extra);
      if (size < 2) continue;
      if (p <= 2 && !isPlaceOrOffice(body.slice(0, p))) return whole(true);
      return { offset: offset + p, length: body.length - p, known: true };
    }
  }
  if (GIVEN_NAMES.has(flat)) return whole(true);
  if (flat.length < 2 || flat.length > 5 || hasNonNameKanji(flat)) return null;
  if (strength === "weak")
    return looksLikeSurname(flat) || looksLikeGivenName(flat) ? whole(false) : null;
  if (strength === "intro") {
    return (looksLikeSurname(flat) || isNameShaped(flat)) && !PLACE_WORDS.has(flat)
      ? whole(false)
      : null;
  }
  return whole(false);
}

/** Surnames of residents of Korean and Chinese origin, said with the given name glued on. */
const FOREIGN_SURNAME = /^[李金朴崔鄭姜趙尹王張陳劉黄呉楊徐孫朱胡郭梁宋謝韓蔡曹洪申権玄]/u;

function isForeignGivenName(flat: string, rest: string, strength: CueStrength): boolean {
  if (!FOREIGN_SURNAME.test(flat) || rest.length < (strength === "strong" ? 1 : 2)) return false;
  return rest.length <= 2 && [...rest].every((c) => FOREIGN_GIVEN.has(c));
}

/** A listed given name, or 1–3 kanji all used in given names (美英, 偉). */
function isGivenShaped(word: string): boolean {
  if (GIVEN_NAMES.has(word) || looksLikeGivenName(word)) return true;
  return word.length <= 3 && [...word].every((c) => GIVEN_KANJI.has(c));
}

function isPlaceOrOffice(prefix: string): boolean {
  return (
    NAME_STOP_WORDS.has(prefix) ||
    PLACE_WORDS.has(prefix) ||
    ORG_SUFFIX.test(prefix) ||
    hasNonNameKanji(prefix) ||
    /[都道府県市区町村課係部社]$/u.test(prefix)
  );
}

/** 出口は、東です: a lone direction after a bare です is not a surname. */
const DIRECTION = /^[東西南北上下中]$/u;
/** Kanji of paperwork words (通知書, 証明用, 申請) that no name is written with. */
const NON_NAME_KANJI = /[書証票届類用続請課係料費税券籍欄枠式件済帳簿状表示記載問答付覧]/u;

/**
 * 一日空くんです / 翌日届く / 来週着くんです: a count of days, a day word or a week, month or year
 * counted from now opens no name (今日子 does).
 */
const DAY_WORD =
  /^(?:[一二三四五六七八九十数何毎翌前当]日|[来今先毎翌]週|[来今先毎翌]月|[来昨毎翌去]年)/u;

export function hasNonNameKanji(flat: string): boolean {
  return NON_NAME_KANJI.test(flat) || DAY_WORD.test(flat);
}

/** A listed ordinary word, a place, or a word with a paperwork kanji: never a name by itself. */
export function isOrdinaryWord(word: string): boolean {
  return NAME_STOP_WORDS.has(word) || PLACE_WORDS.has(word) || hasNonNameKanji(word);
}

/** 十二 / 二十 / 三百: a number written in kanji numerals with a ten or a hundred (七の、十二、です). */
const NUMERAL_WORD =
  /^(?:[一二三四五六七八九][十百千][〇一二三四五六七八九十]{0,3}|[十百千][〇一二三四五六七八九十]{1,3})$/u;
/** Surnames written only in kanji numerals (つくも, しじま). */
const NUMERAL_SURNAMES: ReadonlySet<string> = new Set(["九十九", "四十万"]);

/** An unknown surname followed by a known given name (帆足由美; spaced: 田ノ上 修). */
function endsWithGivenName(flat: string, spaced: boolean): boolean {
  for (const size of [3, 2, 1]) {
    const given = flat.slice(-size);
    const surname = flat.slice(0, -size);
    // 罹災証明: paperwork before a given-name-like ending (明) is no surname.
    if (
      surname.length >= 1 &&
      surname.length <= 3 &&
      given.length === size &&
      GIVEN_NAMES.has(given) &&
      !hasNonNameKanji(surname)
    ) {
      // 住宅改修, 海外留学: glued before a one-kanji given name (修, 学) the rest must read as a surname.
      return size > 1 || (surname.length >= 2 && (spaced || looksLikeSurname(surname)));
    }
  }
  return false;
}

/** Unknown 2–3 kanji words ending like most surnames do (…田, …川, …塚) and not a place. */
function looksLikeSurname(flat: string): boolean {
  return flat.length <= 3 && SURNAME_FINAL.test(flat) && !PLACE_WORDS.has(flat);
}

/** Length of the longest known surname starting at `p` (0 when none). */
function surnameLengthAt(text: string, p: number, extra: ReadonlySet<string>): number {
  for (const size of [4, 3, 2, 1]) {
    const piece = text.slice(p, p + size);
    if (piece.length === size && isSurname(piece, extra)) return size;
  }
  return 0;
}

/** A listed surname (the city's own too) that is neither a stop word nor an ordinary word. */
export function isPlainListedSurname(word: string, extra: ReadonlySet<string>): boolean {
  return !NAME_STOP_WORDS.has(word) && isSurname(word, extra) && !isOrdinaryWord(word);
}

/**
 * A word given where only a surname can stand (the name someone gave when asked, the household
 * after its address): a listed surname in kanji (even one that is also a town's name), a
 * name-shaped kanji word of two or more characters that is no office or place, or a listed
 * surname's reading in kana.
 */
export function isSurnameLike(word: string, extra: ReadonlySet<string>): boolean {
  if (/^[\u3400-\u9fff]/u.test(word)) {
    if (isOrdinaryWord(word)) return false;
    if (isSurname(word, extra)) return true;
    return (
      word.length >= 2 &&
      isNameShaped(word) &&
      !ORG_SUFFIX.test(word) &&
      !PLACE_HOMOGRAPHS.has(word)
    );
  }
  if (HIRAGANA_STOP_WORDS.has(word) || KATAKANA_STOP_WORDS.has(word)) return false;
  return SURNAME_READINGS.has(toHiragana(word));
}
