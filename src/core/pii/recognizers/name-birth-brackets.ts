import { HIRAGANA_STOP_WORDS, KATAKANA_STOP_WORDS, NAME_STOP_WORDS } from "../name-stop-words";
import { PLACE_HOMOGRAPHS } from "../surnames";
import type { Candidate } from "../types";
import { foundNameCandidate } from "./name-candidate";
import { checkName, isOrdinaryWord, isSurname } from "./name-check";
import { NOT_LATIN_NAME, plausibleGiven } from "./name-desk-notes";

/**
 * 5/14 窓口。野上康弘(S37.10.2生、64) / 木下ゆみ(H1.5.9生) / Lê Thu Trang(2005-12-02生、21) /
 * マリセル・デラクルス(1990-03-03生、37): a note gives the person it is about and, in brackets
 * right after, the date they were born. Whoever stands before such a bracket is a person, however
 * the name is written:
 *
 * - a Latin full name of two to four capitalized words (diacritics and all);
 * - a dotted katakana name;
 * - a kanji name the lists know (a listed surname, perhaps with its given name glued on, or a
 *   listed given name), or a listed surname with a kana given name glued to it (白水とし子,
 *   樋口ハツヨ).
 *
 * A kin or role word before the bracket (母, 本人, 長男) is no name. Only a birth date already
 * found, opening the bracket (perhaps after the age) and followed by 生, makes the cue.
 */
export function findNamesBeforeBirthDates(
  text: string,
  found: readonly Candidate[],
  extra: ReadonlySet<string>,
): Candidate[] {
  if (!text.includes("生") || !text.includes("(")) return [];
  return namesBeforeBracketed(text, found, extra, {
    holds: (date) => date.type === "birth_date" && BORN.test(text.slice(date.end, date.end + 2)),
    open: BRACKET_OPEN,
    window: 8,
    cue: "cue:name-before-birth",
  });
}

/**
 * 8/19 避難者名簿追加:内海サチ(86)、栗栖ハナ(90) / 父橋詰義三(81)の / 来庁 岩崎 瞬(34)。: a note
 * gives a person's age in brackets right after the name. Whoever the lists know stands before a
 * bracket holding an age alone (or the age and more after a pause) is a person, written as
 * {@link findNamesBeforeBirthDates} reads them, or a listed full name with a space.
 */
export function findNamesBeforeAges(
  text: string,
  found: readonly Candidate[],
  extra: ReadonlySet<string>,
): Candidate[] {
  if (!text.includes("(")) return [];
  const out: Candidate[] = [];
  for (const match of text.matchAll(AGE_BRACKET)) {
    const age = Number(match[1]);
    if (age > 120) continue;
    let end = match.index;
    if (text[end - 1] === " ") end -= 1;
    const span = nameBefore(text, end, extra) ?? spacedNameBefore(text, end, extra);
    if (!span) continue;
    if (!isTaken(found, span))
      out.push(foundNameCandidate(text, span.start, span.end, "cue:name-before-age"));
  }
  return out;
}

/**
 * 8/12 来庁 ラジ・タパ(在留カードAB12345678CD) / ホアン・ティ・ラン(FN…): a note gives the card a
 * person showed (or the phone number, {@link namesBeforePhones}) in brackets right after the name. Whoever stands before a bracket opening with a
 * residence card or passport number already found is read as {@link findNamesBeforeBirthDates}
 * reads them.
 */
export function findNamesBeforeCards(
  text: string,
  found: readonly Candidate[],
  extra: ReadonlySet<string>,
): Candidate[] {
  const before = (open: RegExp) =>
    namesBeforeBracketed(text, found, extra, {
      holds: (card) => card.type === "residence_card" || card.type === "passport",
      open,
      window: 12,
      cue: "cue:name-before-card",
    });
  // 2/5 国保加入。BENNETT CHLOE、在留カードLV…: the card said after a comma, with its name.
  const listed = text.includes("、") ? before(CARD_COMMA_OPEN) : [];
  if (!text.includes("(")) return listed;
  return [...listed, ...before(CARD_BRACKET_OPEN), ...namesBeforePhones(text, found, extra)];
}

/**
 * 7/3 遺失物：財布、浅川(090-…)より / 丸福商事の宮内(050-…)から: a note gives whoever called or
 * reported with the phone number in brackets. A listed kanji name (the whole kanji run: not
 * 山田商店) right before a bracket opening with a phone number already found.
 */
function namesBeforePhones(
  text: string,
  found: readonly Candidate[],
  extra: ReadonlySet<string>,
): Candidate[] {
  const out: Candidate[] = [];
  for (const phone of found) {
    if (phone.type !== "phone" || text[phone.start - 1] !== "(") continue;
    const end = phone.start - 1;
    const span = nameBefore(text, end, extra);
    if (!span || span.end !== end || isTaken(found, span)) continue;
    // Kanji only (a Latin or katakana name may be a shop's or a hall's), the whole run.
    if (!/^[\u3400-\u9fff々ヶ]/u.test(text[span.start] ?? "")) continue;
    if (/[\u3400-\u9fff々ヶ]/u.test(text[span.start - 1] ?? "")) continue;
    out.push(foundNameCandidate(text, span.start, span.end, "cue:name-before-phone"));
  }
  return out;
}

/**
 * The names right before a bracket that opens with a value already found (a birth date, a card
 * number): `open` matches the bracket and any label within `window` characters before the value.
 */
function namesBeforeBracketed(
  text: string,
  found: readonly Candidate[],
  extra: ReadonlySet<string>,
  reader: {
    readonly holds: (candidate: Candidate) => boolean;
    readonly open: RegExp;
    readonly window: number;
    readonly cue: string;
  },
): Candidate[] {
  const out: Candidate[] = [];
  for (const value of found) {
    if (!reader.holds(value)) continue;
    const open = reader.open.exec(
      text.slice(Math.max(0, value.start - reader.window), value.start),
    );
    if (!open) continue;
    let end = value.start - open[0].length;
    if (text[end - 1] === " ") end -= 1;
    const span = nameBefore(text, end, extra);
    if (span && !isTaken(found, span))
      out.push(foundNameCandidate(text, span.start, span.end, reader.cue));
  }
  return out;
}

/**
 * Whether another candidate already covers the span: any other type overlapping it, or a name
 * holding it whole (a longer name found by its cue keeps its reading).
 */
function isTaken(found: readonly Candidate[], span: { start: number; end: number }): boolean {
  return found.some(
    (c) =>
      c.start < span.end &&
      span.start < c.end &&
      (c.type !== "person_name" || (c.start <= span.start && span.end <= c.end)),
  );
}

/** The bracket opening right before the number, perhaps with the card's name first. */
const CARD_BRACKET_OPEN =
  /\( ?(?:在留カード(?:番号)?|旅券(?:番号)?|パスポート(?:番号)?|[Cc]ard|[Pp]assport)?[:、]? ?$/u;

/**
 * `、在留カード` / `、旅券番号:`: the card's name after a comma, right before the number (not after an
 * honorific, which found the name already).
 */
const CARD_COMMA_OPEN =
  /(?<!さん|様|氏|さま|殿)、 ?(?:在留カード(?:番号)?|旅券(?:番号)?|パスポート(?:番号)?|[Rr]esidence card|[Pp]assport)[:：]? ?$/u;

/** `(86)` / `(72、長男)`: an age alone opening the bracket, not a count (`(3件)`, `(64人)`). */
const AGE_BRACKET = /\( ?([0-9]{1,3})(?:歳|才)? ?(?=[)、,])/gu;
/** 岩崎 瞬: a listed surname, a space and a given name, the whole run read by the name check. */
const SPACED_HAN_NAME =
  /(?<![\u3400-\u9fff々ヶ])[\u3400-\u9fff々ヶ]{1,4} [\u3400-\u9fff々ヶ]{1,3}$/u;

function spacedNameBefore(
  text: string,
  end: number,
  extra: ReadonlySet<string>,
): { start: number; end: number } | null {
  const before = text.slice(Math.max(0, end - 9), end);
  const spaced = SPACED_HAN_NAME.exec(before);
  if (!spaced) return null;
  const match = checkName(spaced[0], "strong", extra);
  if (!match?.known || match.length !== spaced[0].length) return null;
  const start = end - spaced[0].length;
  return { start, end };
}

/** 生 / 生まれ after the date. */
const BORN = /^ ?生/u;
/** The bracket opening right before the date, perhaps with the age first: `(` / `(47、`. */
const BRACKET_OPEN = /\( ?(?:[0-9]{1,3}(?:歳|才)?[、,] ?)?$/u;

/** How far back a name before the bracket is read. */
const WINDOW = 40;
const LATIN_NAME = /(?<![\p{L}\p{M}0-9])\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){1,3}$/u;
const DOTTED_NAME =
  /(?<![\p{Script=Katakana}ー・])[\p{Script=Katakana}ー]{2,10}(?:・[\p{Script=Katakana}ー]{1,10}){1,4}$/u;
// 白水とし子 / 木下ゆみ / 樋口ハツヨ / 野上康弘: kanji, perhaps a kana given name glued on.
const HAN_NAME =
  /(?<![\u3400-\u9fff々ヶ])([\u3400-\u9fff々ヶ]{1,6})((?:[\u3041-\u3096]{1,3}|[\u30a1-\u30faー]{1,4})[子代江美枝恵]|[\u3041-\u3096]{2,4}|[\u30a1-\u30faー]{2,4})?$/u;
/** 母野上康弘: a kin word glued before the name. */
const KIN_PREFIX =
  /^(?:母|父|妻|夫|子|長男|長女|次男|次女|祖母|祖父|義母|義父|孫|娘|息子)(?=[\u3400-\u9fff々]{2})/u;
const HONORIFIC_END = /(?:様|殿|氏|君|さん|さま|くん|ちゃん) ?$/u;
/** Kana after a surname that is grammar or an honorific, not a given name. */
const NOT_GIVEN = /^(?:さん|さま|くん|ちゃん|たち|ども|なし|のみ|など|まで|から)$/u;

function nameBefore(
  text: string,
  end: number,
  extra: ReadonlySet<string>,
): { start: number; end: number } | null {
  const from = Math.max(0, end - WINDOW);
  const before = text.slice(from, end);
  const latin = LATIN_NAME.exec(before);
  if (latin) {
    const words = latin[0].split(" ");
    return words.some((word) => NOT_LATIN_NAME.has(word))
      ? null
      : { start: from + latin.index, end };
  }
  const dotted = DOTTED_NAME.exec(before);
  if (dotted) {
    const parts = dotted[0].split("・");
    return parts.some((part) => KATAKANA_STOP_WORDS.has(part))
      ? null
      : { start: from + dotted.index, end };
  }
  // 蒲池翔太様(…生): the honorific found the name already and is no part of it.
  const honoured = HONORIFIC_END.exec(before);
  if (honoured) return nameBefore(text, end - honoured[0].length, extra);
  const han = HAN_NAME.exec(before);
  if (!han) return null;
  const word = han[1] ?? "";
  const given = han[2];
  const kin = given === undefined ? null : KIN_PREFIX.exec(word);
  const surname = kin ? word.slice(kin[0].length) : word;
  const start = from + han.index + (kin ? kin[0].length : 0);
  if (given !== undefined) {
    if (!isSurname(surname, extra) || isOrdinaryWord(surname) || NAME_STOP_WORDS.has(surname))
      return null;
    if (NOT_GIVEN.test(given) || HIRAGANA_STOP_WORDS.has(given) || KATAKANA_STOP_WORDS.has(given))
      return null;
    return plausibleGiven(given) ? { start, end } : null;
  }
  // A kanji word alone: only a name the lists know (本人, 長男, 転入者 are not).
  if (PLACE_HOMOGRAPHS.has(word) || isOrdinaryWord(word)) return null;
  const match = checkName(word, "strong", extra);
  if (!match?.known) return null;
  return { start: start + match.offset, end: start + match.offset + match.length };
}
