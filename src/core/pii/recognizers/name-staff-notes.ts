import { execAll } from "../text-tools";
import { GIVEN_NAMES } from "../surnames";
import { GIVEN_KANJI, looksLikeGivenName } from "../name-kanji";
import { HIRAGANA_STOP_WORDS, KATAKANA_STOP_WORDS, NAME_STOP_WORDS } from "../name-stop-words";
import type { Candidate } from "../types";
import { collectNames, extraSurnameSet } from "./name-candidate";
import { isOrdinaryWord, isPlainListedSurname } from "./name-check";
import { plausibleGiven } from "./name-desk-notes";

/**
 * Names that staff notes give by the field or the post they stand in, and family members named in
 * brackets after the kin word:
 *
 * - who did what in a note (`対応:牧、記録:大城` / `受付者:二瓶`): a listed surname alone after the
 *   field's label and a colon;
 * - an officer after their post (`課長 蓮見 決裁待ち`, `保健師 久住`): a listed surname right after
 *   the post and a space;
 * - the officer a case goes to, spaced off before が担当 (`4月から 小田切 が担当`), or glued after a
 *   topic's は (`説明は広瀬が担当`);
 * - the staff a note assigns, listed after 配置は (`職員配置は大森、上野。`);
 * - the officer a note closes with, after the part they took (`調査員今村。`, `受付 坂元。`,
 *   `通訳 石川。`): a listed surname of two kanji or more ending the note or its line;
 * - the resident a note credits with a report, glued after 通報 before 様 (`通報今村様`);
 * - a care worker glued to the short form of their role (`片桐CM`, `宮下MSW`), perhaps after the
 *   institution they work at (`市民病院宮下MSW`);
 * - the staff who went, in brackets after the visit word (`宅訪問(石黒、早瀬)`): each a listed
 *   surname;
 * - a duty roster by weekday (`月 早乙女、火 鬼塚`): two or more weekday items each with a listed
 *   surname;
 * - a relative's given name in brackets after the kin word (`おばあちゃん(ふく)`, `息子の嫁(亜希子)`,
 *   `姉(由紀江)`): a listed given name, a kanji word shaped like one, or a kana word of two to four.
 *
 * Each rule runs only when its fixed words are in the text.
 */
export function findStaffNoteNames(
  text: string,
  found: readonly Candidate[],
  extraSurnames: readonly string[],
): Candidate[] {
  const { out, push } = collectNames(text, found);
  const extra = extraSurnameSet(extraSurnames);
  const listed = (word: string) => isPlainListedSurname(word, extra);
  if (text.includes(":") && FIELD_GUARD.test(text)) pushListed(FIELD_OFFICER, text, listed, push);
  if (POST_GUARD.test(text)) pushListed(POST_OFFICER, text, listed, push);
  if (ROSTER_GUARD.test(text)) {
    const items = [...execAll(ROSTER_ITEM, text)].filter((m) => listed(m[1] ?? ""));
    if (items.length >= 2) pushMatches(items, push, "cue:duty-roster");
  }
  if (ASSIGNED_GUARD.test(text)) pushListed(ASSIGNED, text, listed, push);
  if (GLUED_ASSIGNED_GUARD.test(text)) pushListed(GLUED_ASSIGNED, text, listed, push);
  if (STAFFING_GUARD.test(text)) {
    for (const match of execAll(STAFFING_LIST, text)) {
      let at = (match.index ?? 0) + match[0].length - (match[1] ?? "").length;
      for (const word of (match[1] ?? "").split("、")) {
        if (listed(word)) push(at, at + word.length, "cue:staffing");
        at += word.length + 1;
      }
    }
  }
  if (CARE_GUARD.test(text)) pushListed(CARE_ROLE, text, listed, push);
  if (CLOSING_GUARD.test(text)) pushListed(CLOSING_OFFICER, text, listed, push);
  if (text.includes("通報")) pushListed(REPORTER, text, listed, push);
  if (text.includes("(") && VISIT_GUARD.test(text)) {
    for (const match of execAll(VISIT_STAFF, text)) {
      let at = (match.index ?? 0) + match[0].indexOf("(") + 1;
      for (const word of (match[1] ?? "").split(/[、,・]/u)) {
        if (listed(word)) push(at, at + word.length, "cue:staff-visit");
        at += word.length + 1;
      }
    }
  }
  if (text.includes("(") && KIN_GUARD.test(text)) {
    for (const match of execAll(KIN_BRACKET, text)) {
      const word = match[1] ?? "";
      if (!givenInBracket(word)) continue;
      const start = (match.index ?? 0) + match[0].length - 1 - word.length;
      push(start, start + word.length, "cue:kin-bracket");
    }
  }
  return out;
}

function pushListed(
  regex: RegExp,
  text: string,
  listed: (word: string) => boolean,
  push: (start: number, end: number, evidence: string) => void,
): void {
  pushMatches(
    [...execAll(regex, text)].filter((m) => listed(m[1] ?? "")),
    push,
    "cue:staff-note",
  );
}

function pushMatches(
  matches: readonly RegExpMatchArray[],
  push: (start: number, end: number, evidence: string) => void,
  evidence: string,
): void {
  for (const match of matches) {
    const word = match[1] ?? "";
    const start = (match.index ?? 0) + match[0].length - word.length;
    push(start, start + word.length, evidence);
  }
}

function givenInBracket(word: string): boolean {
  if (NAME_STOP_WORDS.has(word) || isOrdinaryWord(word)) return false;
  if (/^[\u3400-\u9fff々]+$/u.test(word))
    return (
      GIVEN_NAMES.has(word) ||
      (looksLikeGivenName(word) && plausibleGiven(word)) ||
      numberedSonName(word)
    );
  if (/^[\u30a1-\u30faー]+$/u.test(word)) return !KATAKANA_STOP_WORDS.has(word);
  return !HIRAGANA_STOP_WORDS.has(word) && !NOT_KANA_GIVEN.test(word) && plausibleGiven(word);
}

/**
 * おじいちゃん(源三) / 祖父(耕一): an older man's given name, a name's kanji and the numeral of his
 * birth order (一, 二, 三), which no ending of {@link looksLikeGivenName} marks.
 */
function numberedSonName(word: string): boolean {
  const head = word.slice(0, -1);
  return (
    NUMBERED_SON.test(word) &&
    [...head].every((c) => GIVEN_KANJI.has(c) && !NUMERAL.test(c)) &&
    !isOrdinaryWord(word) &&
    !NUMERAL_WORDS.has(word)
  );
}
const NUMBERED_SON = /^[\u3400-\u9fff]{1,2}[一二三]$/u;
/** Words ending in a numeral (唯一, 統一, 無二), no birth order. */
const NUMERAL_WORDS: ReadonlySet<string> = new Set(
  "唯一 統一 同一 均一 随一 専一 画一 単一 択一 逐一 一一 不二 無二".split(" "),
);
const NUMERAL = /[一二三四五六七八九十百千万第再]/u;

const HAN = "[\\u3400-\\u9fff々ヶ]";
const NOT_HAN = "(?<![\\u3400-\\u9fff々ヶ])";
/** The labels of who did what in a note: a cheap test before {@link FIELD_OFFICER} runs. */
const FIELD_GUARD = /対応|記録|受付|受電|応対|聴取|起票|入力|記入|作成|確認者|面接/u;
/** 対応:牧、記録:大城 / 受付者:二瓶/: a listed surname alone after the label and its colon. */
const FIELD_OFFICER = new RegExp(
  `${NOT_HAN}(?:対応|記録|受付|受電|応対|聴取|起票|入力|記入|作成|確認|面接)(?:者|職員)?: ?(${HAN}{1,4})(?=[、,/。 )]|$)`,
  "gu",
);
/** A post written before the officer's name: a cheap test before {@link POST_OFFICER} runs. */
const POST_GUARD = /課長|係長|主任|主査|所長|室長|部長|保健師|相談員|支援員/u;
/** 課長 蓮見 決裁待ち / 保健師 久住→: a listed surname after the post and a space. */
const POST_OFFICER = new RegExp(
  `(?:課長|係長|主任|主査|所長|室長|部長|保健師|相談員|支援員)(?:[:] ?| )(${HAN}{1,4})(?=[、,/。 )→⇒]|が|から|より|へ|$)`,
  "gu",
);
const ASSIGNED_GUARD = / (?:が|に)(?:担当|引き?継|対応)/u;
/** 4月から 小田切 が担当: a listed surname spaced off before the words that hand it the case. */
const ASSIGNED = new RegExp(`(?<= )(${HAN}{2,4})(?= (?:が|に)(?:担当|引き?継|対応))`, "gu");
const GLUED_ASSIGNED_GUARD = /[\u3400-\u9fff]が(?:担当|対応)/u;
/** 説明は広瀬が担当 / 受付は上野が対応。: a listed surname after a topic's は, glued before が担当. */
const GLUED_ASSIGNED = new RegExp(`(?<=は)(${HAN}{1,4})(?=が(?:担当|対応)(?:し|す|。|、|$))`, "gu");
const STAFFING_GUARD = /配置は/u;
/** 職員配置は大森、上野。: the staff a note assigns, listed after 配置は and ending the sentence. */
const STAFFING_LIST = new RegExp(`配置は(${HAN}{1,4}(?:、${HAN}{1,4}){0,5})(?=[。 ]|$)`, "gu");
const CLOSING_ROLE = "(?:調査員|通訳者?|受付|記録|同行|対応者|担当者?)";
const CLOSING_GUARD = new RegExp(`${CLOSING_ROLE} ?${HAN}{2,4}。?(?:$|\\n)`, "u");
/**
 * 調査員今村。/ 受付 坂元。/ 通訳 石川。: the part an officer took and their surname, as the last
 * words of the note (or of its line), which is where notes sign off.
 */
const CLOSING_OFFICER = new RegExp(
  `(?<=^|[。、 ])${CLOSING_ROLE} ?(${HAN}{2,4})(?=。?(?:$|\\n))`,
  "gu",
);
/** 通報今村様 / 通報者今村さん: the resident who reported what the note records. */
const REPORTER = new RegExp(`(?<=通報(?:者)?)(${HAN}{1,4})(?=様|さん|氏)`, "gu");
const CARE_GUARD = /[\u3400-\u9fff](?:CM|MSW|PSW|CW|SW)(?![A-Za-z])/u;
/** 片桐CM / 宮下MSW: a care manager or social worker by surname and the role's letters. */
// 市民病院向山MSWより: the institution they work at may be glued before the surname.
const CARE_ROLE = new RegExp(
  `(?:${NOT_HAN}|(?<=病院|医院|センター|包括|事業所))(${HAN}{1,4})(?=(?:CM|MSW|PSW|CW|SW)(?![A-Za-z]))`,
  "gu",
);
const VISIT_WORD = "(?:訪問|同行|面談|巡回|見守り|立会い?|出動)";
const VISIT_GUARD = new RegExp(`${VISIT_WORD}\\(`, "u");
/** 宅訪問(石黒、早瀬) / 同行(牧): the staff who went, listed in brackets after the visit word. */
const VISIT_STAFF = new RegExp(`${VISIT_WORD}\\((${HAN}{1,4}(?:[、,・]${HAN}{1,4}){0,3})\\)`, "gu");
const ROSTER_GUARD = /当番|シフト|担当表|出勤/u;
/** 月 早乙女、火 鬼塚: a weekday, a space, a surname, then a pause. */
const ROSTER_ITEM = new RegExp(
  `(?:^|[:、, ])[月火水木金土日](?:曜日?)?[: ](${HAN}{1,4})(?=[、,。 ]|$)`,
  "gu",
);
const KIN_WORDS =
  "おばあちゃん|おじいちゃん|ばあちゃん|じいちゃん|おばあさん|おじいさん|祖母|祖父|義母|義父|母|父|姉|兄|妹|弟|妻|夫|嫁|娘|息子|孫|姪|甥|叔母|叔父|伯母|伯父|長男|長女|次男|次女|三男|三女";
/** The kin words: a cheap test before {@link KIN_BRACKET} runs. */
const KIN_GUARD = new RegExp(`(?:${KIN_WORDS})\\(`, "u");
/** おばあちゃん(ふく) / 息子の嫁(亜希子) / 姉(由紀江): a given name alone in the kin word's bracket. */
const KIN_BRACKET = new RegExp(
  `(?:${KIN_WORDS})\\((${HAN}{1,3}|[\\u3041-\\u3096]{2,4}|[\\u30a1-\\u30faー]{2,5})\\)`,
  "gu",
);
/** Kana a bracket after a kin word holds that is no name (同居, なし, 別居 in kana, ages). */
const NOT_KANA_GIVEN =
  /^(?:なし|いない|ない|べっきょ|どうきょ|ひとり|ふたり|ぎり|じっし|ほんにん)$/u;
