import { codeAt, execAll } from "../text-tools";
import { KATAKANA_STOP_WORDS, NAME_STOP_WORDS } from "../name-stop-words";
import { GIVEN_KANJI, looksLikeGivenName } from "../name-kanji";
import { GIVEN_NAMES, PLACE_HOMOGRAPHS } from "../surnames";
import type { Candidate } from "../types";
import { collectNames, extraSurnameSet } from "./name-candidate";
import { isOrdinaryWord, isSurname, isSurnameLike } from "./name-check";

/**
 * Names that desk replies, staff memos and letters give by where they stand rather than by a cue
 * word, and a few ways callers confirm their surname:
 *
 * - the officer in a chat reply's header, after the desk and a middle dot (`(保険年金課・杉本)`);
 * - the officer glued after the office that writes (`市民課田所`, `資産税課 前川から`);
 * - a colleague addressed by surname and post (`永井係長へ`, `小西主任から`);
 * - the officer who closed a note item, in brackets after it (`返信済(津田)`, `対応済み(小林)`);
 * - the signature: a surname, perhaps with a given name, alone on a message's last line or after
 *   its last full stop (`…お願いします。\n沼田 梓`);
 * - a spaced full name in a note right before a bracket holding a date or a number
 *   (`小池 トミ(昭和…`, `母長田 きよ(大正…`): the given name may be kana or one kanji;
 * - a surname read back (`東です、ひがしと読みます`), read off a door plate (`表札は森下です`) or
 *   given with the caller's country (`中国の王です`);
 * - a Latin full name right after a note's event or role (`来庁 Maria Santos 在留…`);
 * - a word in Hangul right after a found name (`パク・ミンジです。박민지`);
 * - (twenty-second round) a dotted katakana name, then the same name in kanji as a sentence of its
 *   own (`チャン・ミンです。陳 敏。`), a listed surname as the item right before a phone number
 *   (`連絡先は、北条、03-…`), and two officers either side of a hand-over arrow (`杉浦→北条`).
 *
 * Only listed surnames pass (`extraSurnames` too), but for the Latin and Hangul names. Each rule
 * runs only when its fixed words are in the text.
 */
export function findDeskNames(
  text: string,
  found: readonly Candidate[],
  extraSurnames: readonly string[],
  lineBreaks: readonly number[] | undefined,
): Candidate[] {
  const { out, push } = collectNames(text, found);
  const extra = extraSurnameSet(extraSurnames);
  const listed = (word: string) => !NAME_STOP_WORDS.has(word) && isSurname(word, extra);
  if (text.includes("・") && (text.includes(")") || text.includes("】"))) {
    for (const match of execAll(DESK_HEADER, text)) {
      const word = match[1] ?? "";
      if (!listed(word)) continue;
      const start = (match.index ?? 0) + match[0].length - 1 - word.length;
      push(start, start + word.length, "cue:desk-header");
    }
  }
  // One scan for the fixed words of the rules below: most texts hold none of them.
  if (TRIGGERS.test(text)) {
    for (const match of execAll(OFFICE_WORD, text)) {
      const at = match.index ?? 0;
      if (!isHan(text, at - 1)) continue;
      const start = at + match[0].length + (text[at + match[0].length] === " " ? 1 : 0);
      const end = hanRunEnd(text, start);
      if (end - start < 2 || end - start > 4) continue;
      // 管理課 大川 公園: after a space the item goes on; only a line's end closes it there.
      const lineEnd = text[end] === " " && (lineBreaks?.includes(end) ?? false);
      if (!lineEnd && !OFFICE_NAME_END.test(text.slice(end, end + 2))) continue;
      const word = text.slice(start, end);
      if (listed(word) && !isOrdinaryWord(word)) push(start, end, "cue:office-officer");
    }
    // 房山農園総務土橋より: a firm's department by its field, the officer glued after it, then from.
    for (const match of execAll(FIRM_DEPARTMENT, text)) {
      const start = (match.index ?? 0) + match[0].length;
      const end = hanRunEnd(text, start);
      if (end - start < 2 || end - start > 4 || !/^(?:より|から)/u.test(text.slice(end, end + 2)))
        continue;
      const word = text.slice(start, end);
      if (listed(word) && !isOrdinaryWord(word)) push(start, end, "cue:office-officer");
    }
    for (const match of execAll(POST_WORD, text)) {
      const end = match.index ?? 0;
      let start = end;
      while (start > end - 5 && isHan(text, start - 1)) start -= 1;
      if (end - start < 2 || end - start > 4 || isHan(text, start - 1)) continue;
      const word = text.slice(start, end);
      if (listed(word) && !isOrdinaryWord(word)) push(start, end, "cue:post-title");
    }
    for (const match of execAll(COMMUNITY_POST, text)) {
      const end = match.index ?? 0;
      let start = end;
      while (start > end - 5 && isHan(text, start - 1)) start -= 1;
      if (end - start < 2 || end - start > 4 || isHan(text, start - 1)) continue;
      const word = text.slice(start, end);
      // 北町会長: a town's name before the post is the association's, not its officer's.
      if (listed(word) && !isOrdinaryWord(word) && !PLACE_HOMOGRAPHS.has(word))
        push(start, end, "cue:community-post");
    }
    if (COUNTRY_GUARD.test(text)) {
      for (const match of execAll(COUNTRY_INTRO, text)) {
        const word = match[1] ?? "";
        if (!listed(word)) continue;
        const start = (match.index ?? 0) + match[0].length - word.length;
        push(start, start + word.length, "cue:country-intro");
      }
    }
    if (HANGUL.test(text)) {
      const hangulWords = execAll(HANGUL_WORD, text);
      for (const match of hangulWords) {
        const start = match.index ?? 0;
        const before = text.slice(Math.max(0, start - 10), start);
        // 박민지 입니다: a Korean sentence's copula after the name is no second name; only a
        // Japanese sentence's end or a bracket stands between the name and its Hangul.
        const gap = HANGUL_GAP.exec(before)?.[0].length ?? 0;
        if (gap === 0 || HANGUL_NOT_NAME.test(match[0])) continue;
        const nameEnd = start - gap;
        if (!found.some((c) => c.type === "person_name" && c.end === nameEnd)) continue;
        push(start, start + match[0].length, "cue:hangul-after-name");
      }
      for (const match of KOREAN_SENTENCE.test(text) ? [] : hangulWords) {
        const start = match.index ?? 0;
        const end = start + match[0].length;
        // 韓国籍 김수진 旅券 / 夫 박지훈 同行: three Hangul syllables, a Korean surname's first, alone
        // among Japanese words of a note (no Hangul on either side: no Korean sentence).
        if (match[0].length !== 3 || !KOREAN_SURNAME.test(match[0])) continue;
        if (KOREAN_ENDING.test(match[0])) continue;
        if (!JAPANESE_AROUND.test(text.slice(Math.max(0, start - 2), start))) continue;
        if (!JAPANESE_AFTER.test(text.slice(end, end + 2))) continue;
        push(start, end, "cue:hangul-in-japanese");
      }
    }
  }
  if (LATIN_GUARD.test(text)) {
    for (const match of execAll(LATIN_IN_NOTE, text)) {
      if (match[0].split(" ").some((part) => NOT_LATIN_NAME.has(part))) continue;
      const start = match.index ?? 0;
      push(start, start + match[0].length, "cue:latin-name-in-note");
    }
  }
  // 12/16 窓口(砂川)。: the officer in brackets after a dated note's desk or call, any word
  // shaped like a surname (the header names no one else: 電話(国保) / 窓口(代理) stay).
  if (text.includes(")") && HEADER_GUARD.test(text)) {
    for (const match of execAll(HEADER_OFFICER, text)) {
      const word = match[1] ?? "";
      if (!isSurnameLike(word, extra) || NAME_STOP_WORDS.has(word)) continue;
      const start = (match.index ?? 0) + match[0].length - 1 - word.length;
      push(start, start + word.length, "cue:note-header-officer");
    }
  }
  if (text.includes(")") && CLOSED_GUARD.test(text)) {
    for (const match of execAll(CLOSED_BY, text)) {
      const word = match[1] ?? "";
      if (!listed(word)) continue;
      const start = (match.index ?? 0) + match[0].length - 1 - word.length;
      push(start, start + word.length, "cue:note-closed-by");
    }
  }
  // チャン・ミンです。陳 敏。: a katakana foreign name, then the same name in its own characters.
  if (text.includes("・") && text.includes(" ")) {
    for (const name of found) {
      if (name.type !== "person_name" || !text.slice(name.start, name.end).includes("・")) continue;
      const match = HAN_RENDERING.exec(text.slice(name.end, name.end + 16));
      const word = match?.[1] ?? "";
      const [family = "", given = ""] = word.split(" ");
      // A one-kanji family name (李, 陳, 王) or a listed one; no part an ordinary word (在留 期限).
      if (!match || !(family.length === 1 || listed(family))) continue;
      // (A one-kanji family name may be a word alone too: 王, 金.)
      const parts = family.length === 1 ? [given, family + given] : [family, given, family + given];
      if (parts.some((part) => isOrdinaryWord(part) || NAME_STOP_WORDS.has(part))) continue;
      const start = name.end + match[0].length - word.length;
      push(start, start + word.length, "cue:han-rendering");
    }
  }
  // A listed surname standing alone that is neither an ordinary word nor a place (北条, not 千葉).
  const loneSurname = (word: string) =>
    listed(word) && !isOrdinaryWord(word) && !PLACE_HOMOGRAPHS.has(word);
  // 連絡先は、北条、03-…: a listed surname as the item right before a phone number.
  for (const phone of found) {
    if (phone.type !== "phone") continue;
    const match = NAME_BEFORE_PHONE.exec(text.slice(Math.max(0, phone.start - 8), phone.start));
    const word = match?.[1] ?? "";
    if (!match || !loneSurname(word)) continue;
    const start = phone.start - match[0].length + match[0].indexOf(word);
    push(start, start + word.length, "cue:name-before-phone");
  }
  // 引継ぎ:杉浦→北条 / 担当 三国⇒吉良: a note hands a case from one officer to another.
  if (HAND_OVER_GUARD.test(text)) {
    for (const match of execAll(HAND_OVER, text)) {
      const from = match[1] ?? "";
      const to = match[2] ?? "";
      // 能登→千早 引継ぎ: with the hand-over word at the arrow, any surname-like word passes (a
      // town's name too); a bare arrow may be a route (能登→金沢), so it needs listed surnames.
      const at = match.index ?? 0;
      const handed =
        HAND_OVER_BEFORE.test(text.slice(Math.max(0, at - 8), at)) ||
        HAND_OVER_AFTER.test(text.slice(at + match[0].length, at + match[0].length + 6));
      const officer = (word: string) =>
        handed ? isSurnameLike(word, extra) && !isOrdinaryWord(word) : loneSurname(word);
      if (!officer(from) || !officer(to)) continue;
      const start = match.index ?? 0;
      push(start, start + from.length, "cue:hand-over");
      push(start + match[0].length - to.length, start + match[0].length, "cue:hand-over");
    }
  }
  signature(text, lineBreaks, listed, push);
  if (text.includes("(") && text.includes(" ")) {
    for (const match of execAll(DATED_BRACKET, text)) {
      const at = match.index ?? 0;
      const from = Math.max(0, at - 12);
      const name = NAME_TAIL.exec(text.slice(from, at));
      if (!name || isHan(text, from + name.index - 1)) continue;
      const run = name[1] ?? "";
      // 母野村 ふみ: a kin word glued before the surname.
      const surname = listed(run) ? run : run.replace(KIN_PREFIX, "");
      const given = name[2] ?? "";
      // 下津佐 ヨシ(74): before an age, an unlisted surname with a katakana given name (an older
      // woman's, as registers keep it) passes when it reads like a surname.
      const aged =
        AGE_BRACKET.test(text.slice(at, at + 6)) &&
        /^[\u30a1-\u30fa]{2,3}$/u.test(given) &&
        isSurnameLike(surname, extra) &&
        !PLACE_HOMOGRAPHS.has(surname) &&
        !NAME_STOP_WORDS.has(surname);
      if (!(listed(surname) || aged) || isOrdinaryWord(surname) || !plausibleGiven(given)) continue;
      push(at - given.length - 1 - surname.length, at, "cue:name-before-bracket");
    }
  }
  if (text.includes("方)")) {
    for (const match of execAll(CARE_OF_BRACKET, text)) {
      const person = match[1] ?? "";
      const household = match[2] ?? "";
      if (!listed(household) || isOrdinaryWord(household)) continue;
      const at = (match.index ?? 0) + person.length;
      push(at + 1, at + 1 + household.length, "cue:care-of");
      if (person && !KATAKANA_STOP_WORDS.has(person)) push(at - person.length, at, "cue:care-of");
    }
  }
  if (BIRTH_ORDER_GUARD.test(text) && CHILD_CONTEXT.test(text)) {
    for (const match of execAll(BIRTH_ORDER, text)) {
      // 上から 蒼真、陽葵、律 です / 上が 蓮 で: the children's given names in birth order.
      let at = (match.index ?? 0) + match[0].length;
      for (let count = 0; count < 5; count += 1) {
        while (text[at] === " " || text[at] === "、") at += 1;
        const end = hanRunEnd(text, at);
        const word = text.slice(at, end);
        if (end === at || !(GIVEN_NAMES.has(word) || looksLikeGivenName(word))) break;
        push(at, end, "cue:birth-order");
        at = end;
        if (text[at] === "と") at += 1;
        else if (text[at] !== "、" && !(text[at] === " " && text[at + 1] === "と")) break;
        if (text[at] === " " && text[at + 1] === "と") at += 2;
      }
    }
  }
  if (text.includes("読")) {
    for (const match of execAll(READ_BACK, text)) {
      const word = match[1] ?? "";
      if (!listed(word)) continue;
      const start = (match.index ?? 0) + match[0].indexOf(word);
      push(start, start + word.length, "cue:surname-read-back");
    }
  }
  if (text.includes("表札")) {
    for (const match of execAll(DOOR_PLATE, text)) {
      const word = match[1] ?? "";
      if (!listed(word)) continue;
      const start = (match.index ?? 0) + match[0].length - word.length;
      push(start, start + word.length, "cue:door-plate");
    }
  }
  return out;
}

function isHan(text: string, at: number): boolean {
  const code = codeAt(text, at);
  return (code >= 0x3400 && code <= 0x9fff) || code === 0x3005 || code === 0x30f6;
}

function hanRunEnd(text: string, start: number): number {
  let end = start;
  while (isHan(text, end)) end += 1;
  return end;
}

const HAN = "[\\u3400-\\u9fff々ヶ]";
const NOT_HAN = "(?<![\\u3400-\\u9fff々ヶ])";

/** (楓谷区チャット窓口・沖田) / 【保険年金課・杉本】: the desk, a middle dot, the officer. */
const DESK_HEADER = new RegExp(
  `[(【][^()【】。]{0,16}?(?:窓口|課|係|室|センター|担当|支所|出張所)[・:] ?(${HAN}{1,4})[)】]`,
  "gu",
);
/**
 * 市民課田所 / 資産税課前川から / 税務課収納係 米田 (line end): an office named by its kanji, then a
 * whole run of kanji that is a listed surname, then the end of the item.
 */
/** The fixed words of the office, department, post, country, Latin-name and Hangul rules, in one pattern. */
const TRIGGERS =
  /[課係]|センター|出張所|支所|事業所|事務所|総務|人事|経理|庶務|部長|主任|主査|所長|室長|館長|園長|校長|委員|会長|班長|理事長|中国|台湾|韓国|香港|来庁|来所|受付|訪問|住民|[請談象]者|[\uac00-\ud7a3]/;
const OFFICE_WORD = /(?:課|係|センター|出張所|支所|事業所|事務所)(?= ?[\u3400-\u9fff])/g;
/** A firm's department named by its field alone (総務, 人事, 経理), a kanji run glued after it. */
const FIRM_DEPARTMENT = /(?:総務|人事|経理|庶務)(?=[\u3400-\u9fff])/g;
// 保険年金課大島への折り返し: へ closes the officer too.
const OFFICE_NAME_END = /^(?:$|から|より|まで|です|が|へ|[。、,:)])/u;
/** 永井係長へ / 小西主任から: a colleague by surname and post, then a particle or the end. */
const POST_WORD =
  /(?:係長|課長|部長|主任|主査|所長|室長|館長|園長|校長)(?=へ|宛|あて|から|より|に|が|は|と|の|まで|[、。,:) ]|$)/g;
/**
 * 吉田委員長: / 杉本民生委員から: a resident by surname and a post of the neighbourhood (an
 * association's chair, a welfare volunteer), then a particle or the end.
 */
const COMMUNITY_POST =
  /(?:実行委員長|副委員長|委員長|自治会長|副会長|町会長|会長|班長|理事長|民生委員|児童委員)(?=へ|宛|あて|から|より|に|が|は|と|の|まで|[、。,:) ]|$)/g;
/** 返信済 / 対応済み / 送付: note words closing an item that the officer's name follows. */
const CLOSED_GUARD = /(?:済|完了|対応|返信|送付|発送|回答|受付)\(/;
/** 返信済(津田) / 対応済み(小林)。: the officer who closed the item, alone in brackets. */
const CLOSED_BY = new RegExp(
  `(?:済み?|完了|対応|返信|送付|発送|回答|受付)\\((${HAN}{1,4})\\)`,
  "gu",
);

/** Words that end letters and memos without being a name. */
const NOT_SIGNATURE = /^(?:以上|敬具|草々|早々|不一|追伸|拝啓|謹白|本文|件名)$/u;
/** 沼田 梓 / 中谷 / 大久保 肇: a surname, perhaps a given name, and nothing else. */
const SIGNATURE = new RegExp(
  `^(${HAN}{1,4})(?: (${HAN}{1,3}|[\\u3041-\\u3096]{2,4}|[\\u30a1-\\u30faー]{2,5}))?$`,
  "u",
);

/**
 * The message's last line (or the words after its last full stop) when they are a listed
 * surname and perhaps a given name: the signature of a letter, a form or a chat message.
 */
function signature(
  text: string,
  lineBreaks: readonly number[] | undefined,
  listed: (word: string) => boolean,
  push: (start: number, end: number, evidence: string) => void,
): void {
  let end = text.length;
  while (end > 0 && text[end - 1] === " ") end -= 1;
  if (end === 0) return;
  const breaks = lineBreaks ?? NO_BREAKS;
  let last = breaks.length - 1;
  while (last >= 0 && (breaks[last] ?? 0) >= end) last -= 1;
  if (!isNameChar(text, end - 1)) {
    // 沼田 梓 / 090-…: a contact line after the signature; the name is on the line before it.
    if (last < 1 || !CONTACT_LINE.test(text.slice((breaks[last] ?? 0) + 1, end))) return;
    end = breaks[last] ?? 0;
    last -= 1;
    if (!isNameChar(text, end - 1)) return;
  }
  // The nearer of the last line break and the last full stop, at most 12 characters back.
  const lastBreak = last >= 0 ? (breaks[last] ?? -1) : -1;
  let from = -1;
  let atLine = false;
  for (let i = end - 1; i >= Math.max(0, end - 13); i -= 1) {
    if (i === lastBreak || text[i] === "。") {
      from = i + 1;
      atLine = i === lastBreak;
      break;
    }
  }
  if (from <= 0) return;
  const match = SIGNATURE.exec(text.slice(from, end));
  if (!match) {
    if (atLine) gluedSignature(text.slice(from, end), from, listed, push);
    return;
  }
  const surname = match[1] ?? "";
  const given = match[2];
  if (NOT_SIGNATURE.test(surname) || !listed(surname) || isOrdinaryWord(surname)) return;
  // After a full stop only a surname of two kanji or more that no town shares (…です。中谷), or
  // one kanji alone after a reply's polite sentence (…ご相談ください。牧).
  if (!atLine && PLACE_HOMOGRAPHS.has(surname)) return;
  if (
    !atLine &&
    surname.length < 2 &&
    (given !== undefined || !POLITE_END.test(text.slice(from - 4, from)))
  )
    return;
  if (given !== undefined && !plausibleGiven(given)) return;
  push(from, end, "cue:signature");
}

/** A given name glued to the surname on a signature line: kanji, or kana with a kanji ending. */
const GLUED_GIVEN =
  /^(?:[\u3400-\u9fff]{1,2}|[\u3041-\u3096]{1,3}[子代江美枝恵]|[\u3041-\u3096]{2,3})$/u;

/**
 * 和田まさ子 / 秋葉未来 as the last line of a letter: a listed surname of two or three kanji with a
 * given name glued to it (no space), the given name of a name's shape.
 */
function gluedSignature(
  line: string,
  from: number,
  listed: (word: string) => boolean,
  push: (start: number, end: number, evidence: string) => void,
): void {
  if (line.length < 3 || line.length > 6) return;
  for (const size of [3, 2]) {
    const surname = line.slice(0, size);
    const given = line.slice(size);
    if (!/^[\u3400-\u9fff々]+$/u.test(surname) || !GLUED_GIVEN.test(given)) continue;
    if (!listed(surname) || isOrdinaryWord(surname) || PLACE_HOMOGRAPHS.has(surname)) continue;
    if (!plausibleGiven(given) || NAME_STOP_WORDS.has(given)) continue;
    if (/^[\u3400-\u9fff]+$/u.test(given) && isOrdinaryWord(line)) continue;
    push(from, from + line.length, "cue:signature");
    return;
  }
}

/** A reply's sentence end before a one-kanji signature. */
const POLITE_END = /(?:さい|ます|です|した)。$/u;

function isNameChar(text: string, at: number): boolean {
  const code = codeAt(text, at);
  return isHan(text, at) || (code >= 0x3041 && code <= 0x30fa);
}

const NO_BREAKS: readonly number[] = [];
/** A last line holding only a way to reach the writer (an e-mail address, a phone number). */
const CONTACT_LINE =
  /^(?:(?:電話|TEL|Tel|tel|携帯|連絡先|メール|E-?mail|mail)[::]? ?)?(?:[\w.+-]+@[\w.-]+|[0-9()-]{10,15})$/u;

/**
 * 細川 保(昭和44年…) / 春日 トメ(被保険者番号…) / 母野村 ふみ(大正…): a spaced full name in a
 * note, then a bracket opening with a date, an age or a numbered field.
 */
// 小林 はる(栃ノ木、84)より: the hamlet or district the person lives in, then the age.
// 陳 静(中国籍) 旅券…: or the person's nationality.
const DATED_BRACKET =
  /\((?=[0-9]|昭和|平成|令和|大正|[SHRT][0-9]|被保険者|保険者|基礎年金|生年月日|個人番号|[^()、, 0-9]{1,8}[、,] ?[0-9]{1,3}(?:歳|才)?\)|[\p{Script=Han}\p{Script=Katakana}ー]{1,8}籍[)、,])/gu;
/** 下津佐 ヨシ(74): an age alone in the bracket, after which an unlisted surname may pass. */
const AGE_BRACKET = /^\([0-9]{1,3}(?:歳|才)?\)/u;
const NAME_TAIL = new RegExp(
  `(${HAN}{1,5}) (${HAN}{1,2}|[\\u3041-\\u3096]{2,3}|[\\u30a1-\\u30faー]{2,3})$`,
  "u",
);
const KIN_PREFIX =
  /^(?:母|父|妻|夫|子|長男|長女|次男|次女|祖母|祖父|義母|義父)(?=[\u3400-\u9fff々]{2})/u;

export function plausibleGiven(given: string): boolean {
  if (/^[\u3400-\u9fff々]+$/u.test(given))
    return [...given].every((c) => GIVEN_KANJI.has(c)) && !isOrdinaryWord(given);
  if (/^[\u30a1-\u30faー]+$/u.test(given)) return !KATAKANA_STOP_WORDS.has(given);
  // ますみ, ますこ: a name may start like the polite ending.
  return !/^(?:です|ます(?![みこお])|から|まで|など|こと|もの|とき|ため|さん|さま)/u.test(given);
}

/**
 * マリア(徳留方): a person living in another household, care of its listed surname; a katakana
 * name right before the bracket is the person's (not a word a stop list holds).
 */
const CARE_OF_BRACKET =
  /(?<![\u30a1-\u30faー・])([\u30a1-\u30faー]{2,8})?\(([\u3400-\u9fff々ヶ]{1,3})方\)/gu;
/** Where a caller lists their children by age: a cheap test before {@link BIRTH_ORDER} runs. */
const BIRTH_ORDER_GUARD = /上から|[上下]が|真ん中が/;
const CHILD_CONTEXT = /子|児童|娘|息子|兄弟|姉妹|きょうだい/;
/** 上から / 上が / 下が / 真ん中が, then a pause: the cue before a child's given name. */
const BIRTH_ORDER =
  /(?<![\u3400-\u9fff])(?:上から(?:順に)?|一番上が|一番下が|上が|下が|真ん中が)[、 ]?/g;

/** 東です、あずまと読みます: a surname, then its reading said as how to read it. */
const READ_BACK = new RegExp(
  `${NOT_HAN}(${HAN}{1,3})(?:です|と申します)[、。 ]? ?[\\u3041-\\u3096\\u30a1-\\u30faー]{2,8}と読(?:みます|む|んで)`,
  "gu",
);
/** 表札は森下です / 表札に「…」: the surname read off a door plate. */
const DOOR_PLATE = new RegExp(
  `表札(?:は|に|が|には|の名前は)[、 ]?(${HAN}{1,4})(?=です|と|って|で|[、。 ]|$)`,
  "gu",
);
/** A country said before a surname: a cheap test before {@link COUNTRY_INTRO} runs. */
const COUNTRY_GUARD = /(?:中国|台湾|韓国|香港)(?:の|人の|から来た)/;
/** 中国の張です / 台湾から来た林です: a caller's surname after where they come from. */
const COUNTRY_INTRO = new RegExp(
  `(?:中国|台湾|韓国|香港)(?:の|人の|から来た)(${HAN}{1,2})(?=です|と申します|といいます)`,
  "gu",
);
/** A note word, a space, a capital: a cheap test before {@link LATIN_IN_NOTE} runs. */
const LATIN_GUARD =
  /(?:来庁|来所|受付|訪問|住民|加入|転入|転出|届出|申請者|相談者|対象者)[ :]\p{Lu}/u;
/** 12/4 来庁 Nguyen Thi Mai 在留カード…: a Latin full name right after the note's event or role. */
// 住居地 届出 Lê Thị Thu: the words may carry diacritics.
const LATIN_IN_NOTE =
  /(?<=(?:来庁|来所|受付|訪問|住民|加入|転入|転出|届出|申請者|相談者|対象者)[ :])\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3}(?=$|[ 、。,(]|さん|様|氏)/gu;
/** Capitalized words a note may hold that are no name. */
export const NOT_LATIN_NAME: ReadonlySet<string> = new Set(
  "The This That New Year Good Morning Thank Thanks Please Hello Dear Visa Card Number Phone Mail Email Online Web Japan Japanese English Center Office City Ward".split(
    " ",
  ),
);
/** What stands between a name and its Hangul spelling: です。 / 、 / ( */
const HANGUL_GAP = /(?:(?:です|と申します|といいます)[。、]?|[。、(]) ?$/u;
/** Korean copulas and endings said after a name (입니다, 이에요). */
const HANGUL_NOT_NAME = /^(?:입니다|이에요|예요|이고|씨|님)/u;
const HANGUL = /[\uac00-\ud7a3]/;
const HAND_OVER_GUARD = /[→⇒]/;
/** 引継ぎ:杉浦→北条 / 能登→千早 引継ぎ: the hand-over word right before or after the arrow. */
const HAND_OVER_BEFORE = /(?:引き?継ぎ?|申し?送り)[::]? ?$/u;
const HAND_OVER_AFTER = /^ ?(?:へ|に)?(?:引き?継|申し?送)/u;
/** A dated note's desk or call, then a bracket: a cheap test before {@link HEADER_OFFICER}. */
// 2/3 10:15 受電(伊集院): the time of the call may stand between the date and the call.
const HEADER_GUARD =
  /[0-9]\/[0-9]{1,2}(?:\([月火水木金土日]\))? ?(?:[0-9]{1,2}:[0-9]{2} ?)?(?:窓口|電話|来庁|来所|訪問|見守り|受付|相談|受電|架電|入電)/u;
/** 12/16 窓口(砂川)。 / 12/7 電話対応(砂川): the officer who took a dated note's desk or call. */
const HEADER_OFFICER = new RegExp(
  `(?<![0-9])[0-9]{1,2}/[0-9]{1,2}(?:\\([月火水木金土日]\\))? ?(?:[0-9]{1,2}:[0-9]{2} ?)?(?:窓口|電話|来庁|来所|訪問|見守り|受付|相談|受電|架電|入電)(?:対応|受付)?\\((${HAN}{2,4})\\)(?=[。、: ]|$)`,
  "gu",
);
/** 、北条、 then the phone: a kanji word alone between pauses, the phone right after it. */
const NAME_BEFORE_PHONE = /(?:^|[、。:：,])([\u3400-\u9fff々]{2,4})[、,] ?$/u;
/** です。陳 敏。: a kanji surname and given name, spaced, as a sentence or clause of their own. */
const HAN_RENDERING =
  /^(?:です|と申します|といいます)?[。、] ?([\u4e00-\u9fff]{1,2} [\u4e00-\u9fff]{1,2})(?=[。、(]|です|$)/u;
/** 杉浦→北条: two surnames either side of an arrow, each a whole kanji run. */
const HAND_OVER =
  /(?<![\u3400-\u9fff々])([\u3400-\u9fff々]{2,4}) ?[→⇒] ?([\u3400-\u9fff々]{2,4})(?![\u3400-\u9fff々])/gu;
/** The first syllable of the commonest Korean surnames. */
const KOREAN_SURNAME =
  /^[김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나엄채원천방공현함변염여추도석선설마길연위표명기반왕금옥육인맹제모탁국]/u;
/**
 * Verb and greeting endings (고마워, 안녕히, 주세요) and particles that no name ends in (주소를,
 * 주소는, 서울에): a Korean word quoted, not a name.
 */
const KOREAN_ENDING = /[요다워히까죠네를을는에의로와과]$/u;
/** Japanese (kana, kanji or a Japanese mark) right before the word, a space between. */
const JAPANESE_AROUND = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー、。:：] ?$/u;
/** A Korean sentence's ending anywhere in the text (입니다, 있어요): the text is Korean. */
const KOREAN_SENTENCE = /[\uac00-\ud7a3][다요](?![\uac00-\ud7a3])/u;
const JAPANESE_AFTER = /^(?: ?[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}、。(]|$)/u;
/** 박민지: a Hangul word of two to four syllables standing alone. */
const HANGUL_WORD = /(?<![\uac00-\ud7a3])[\uac00-\ud7a3]{2,4}(?![\uac00-\ud7a3])/gu;
