import { execAll } from "../text-tools";
import { HIRAGANA_STOP_WORDS, KATAKANA_STOP_WORDS, NAME_STOP_WORDS } from "../name-stop-words";
import { SURNAMES } from "../surnames";
import type { Candidate } from "../types";
import { collectNames, extraSurnameSet } from "./name-candidate";
import { isOrdinaryWord, isSurname } from "./name-check";
import { FOREIGN_GIVEN_KANJI } from "../name-data-3";
import { GIVEN_KANJI, NAME_KANJI } from "../name-kanji";

/**
 * Names that staff notes and short messages give with a role, a desk or an addressee around them,
 * and names of foreign residents said the way they introduce themselves at the desk:
 *
 * - the officer who wrote or took a note, after the desk or the role (`窓口対応 宮地。`,
 *   `電話受付 野口:`, `同行者 木下`, `投稿者:有村`), or with the office in brackets after the surname
 *   (`中里(保険年金課)より`, `木下(生活支援課)、`); only a listed surname;
 * - the person a message is for, before あて written in kana (`菅原あてにお願いします`); only a listed
 *   surname;
 * - the person a note is about, a role before a spaced full name (`外国人住民 王 偉、`); a listed
 *   surname and a given name of name kanji;
 * - an officer's surname read off a name tag (`名札に「今井」って`); only a listed surname;
 * - the given name asked for by 下の名前 and said in kana (`下の名前はさおりです`);
 * - a short katakana surname a caller introduces themself by in a text about a foreign resident
 *   (`私、ヤンです。中国から来ました`);
 * - a katakana name with its kanji spelling in brackets (`リー・ウェイ(李偉)`);
 * - an unlisted word opening the call before です when the caller then says they are the one who
 *   called before (`あの、渡会です。先ほどお電話した者ですけど`).
 *
 * Each rule runs only when its fixed words are in the text.
 */
export function findNoteNames(
  text: string,
  found: readonly Candidate[],
  extraSurnames: readonly string[],
): Candidate[] {
  const { out, push } = collectNames(text, found);
  const extra = extraSurnameSet(extraSurnames);
  if (STAFF_ROLE_GUARD.test(text)) {
    for (const match of execAll(STAFF_ROLE, text)) {
      const word = match[1] ?? "";
      const start = (match.index ?? 0) + match[0].length - word.length;
      // 電話受付 野口: the whole word is the surname (a given name may follow after a space).
      if (isListedSurname(word, extra)) push(start, start + word.length, "cue:staff-role");
    }
  }
  if (PERSON_ROLE_GUARD.test(text)) {
    for (const match of execAll(PERSON_ROLE_SPACED, text)) {
      const surname = match[1] ?? "";
      const given = match[2] ?? "";
      if (!(SURNAMES.has(surname) || extra.has(surname))) continue;
      if (![...given].every((c) => GIVEN_KANJI.has(c) || FOREIGN_GIVEN.has(c))) continue;
      if (isOrdinaryWord(given)) continue;
      const start = (match.index ?? 0) + match[0].length - surname.length - 1 - given.length;
      push(start, start + surname.length + 1 + given.length, "cue:person-role");
    }
  }
  if (OFFICE_CLOSE.test(text)) {
    for (const match of execAll(STAFF_OFFICE, text)) {
      const word = match[1] ?? "";
      if (!isListedSurname(word, extra)) continue;
      const start = match.index ?? 0;
      push(start, start + word.length, "cue:staff-office");
    }
  }
  if (text.includes("名札")) {
    for (const match of execAll(NAME_TAG, text)) {
      const word = match[1] ?? "";
      if (!isListedSurname(word, extra)) continue;
      const start = (match.index ?? 0) + match[0].lastIndexOf(word);
      push(start, start + word.length, "cue:name-tag");
    }
  }
  if (text.includes("あて")) {
    for (const match of execAll(ADDRESSEE, text)) {
      const word = match[1] ?? "";
      if (!isListedSurname(word, extra)) continue;
      const start = match.index ?? 0;
      push(start, start + word.length, "cue:addressee-kana");
    }
  }
  if (text.includes("下の名前")) {
    for (const match of execAll(GIVEN_LABELLED, text)) {
      const word = match[1] ?? "";
      if (!plausibleKana(word)) continue;
      const start = (match.index ?? 0) + match[0].length - word.length;
      push(start, start + word.length, "cue:given-name-label");
    }
  }
  if (KATAKANA_COPULA.test(text) && FOREIGN_TOPIC.test(text)) {
    for (const match of execAll(SHORT_KATAKANA_INTRO, text)) {
      const word = match[1] ?? "";
      if (!plausibleKana(word) || COUNTRY.test(word)) continue;
      const start = (match.index ?? 0) + match[0].length - word.length;
      push(start, start + word.length, "cue:foreign-intro");
    }
  }
  if (text.includes(")") && (text.includes("・") || text.includes("="))) {
    for (const match of execAll(KATAKANA_WITH_KANJI, text)) {
      const katakana = match[1] ?? "";
      const kanji = match[2] ?? "";
      if (katakana.split(/[・=]/).some((part) => KATAKANA_STOP_WORDS.has(part))) continue;
      if (isOrdinaryWord(kanji)) continue;
      const start = match.index ?? 0;
      push(start, start + katakana.length, "cue:katakana-with-kanji");
      const at = start + katakana.length + 1;
      push(at, at + kanji.length, "cue:katakana-with-kanji");
    }
  }
  if (text.includes("者です") || text.includes("者なんです")) {
    for (const match of execAll(CONFIRMED_INTRO, text)) {
      const word = match[1] ?? "";
      if (!confirmedSurname(word)) continue;
      const start = (match.index ?? 0) + match[0].indexOf(word);
      push(start, start + word.length, "cue:confirmed-intro");
    }
  }
  return out;
}

const FOREIGN_GIVEN: ReadonlySet<string> = new Set(FOREIGN_GIVEN_KANJI);

const HAN = "[\\u3400-\\u9fff々ヶ]";
const KATA = "[\\u30a1-\\u30faー]";
const HIRA = "[\\u3041-\\u3096]";

/** The desks and roles a staff note names its officer by. */
const STAFF_ROLE_WORD =
  "(?:窓口|電話|来庁|来所|訪問)(?:対応|受付|応対)(?:者)?|受付者|同行者|同行職員|投稿者|報告者|記録者|作成者|入力者|起票者?|確認者|訪問者|対応職員";
const STAFF_ROLE_GUARD =
  /(?:対応|受付|応対|同行|[稿告録成力票認問]者|起票|職員) ?[:：]? ?[\u3400-\u9fff]/u;
/**
 * 窓口対応 宮地。/ 電話受付 野口: / 投稿者:有村 / 同行者 木下(生活支援課): the role opens the item
 * (start, a line or a full stop before it), a space or a colon, the surname, then the item's end.
 */
const STAFF_ROLE = new RegExp(
  `(?<=^|[。、 ,:(【])(?:${STAFF_ROLE_WORD}) ?[:：]? ?(${HAN}{1,4})(?=[。、,:( ]|$|より|から|です|が|は)`,
  "gu",
);
/** The closing bracket after an office's name: a cheap test before {@link STAFF_OFFICE} runs. */
const OFFICE_CLOSE = /(?:[課係室所]|センター|担当)\)/u;
/** The people a note is about, named by their role: 外国人住民 王 偉、 / 対象者 林 美咲( */
const PERSON_ROLE_GUARD =
  /(?:住民|[象請談庁所用居険]者|世帯主) ?[:：]? ?[\u3400-\u9fff][\u3400-\u9fff]? [\u3400-\u9fff]/u;
const PERSON_ROLE_SPACED = new RegExp(
  `(?<=^|[。、 ,:【])(?:外国人住民|住民|対象者|申請者|相談者|来庁者|来所者|利用者|入居者|世帯主|被保険者) ?[:：]? ?(${HAN}{1,2}) (${HAN}{1,2})(?=[、。,( ]|さん|様|氏|$)`,
  "gu",
);
/** 中里(保険年金課)より / 木下(生活支援課)、: the officer with the office in brackets after. */
const STAFF_OFFICE = new RegExp(
  `(?<=^|[。、 ,:【])(${HAN}{1,4})\\((?:[^()]{0,12}?)(?:課|係|室|センター|支所|出張所|事務所|担当)\\)(?=より|から|[:、。, ]|$)`,
  "gu",
);
/** 名札に「今井」って / 名札 は 「杉本」 でした: the officer's surname read off a name tag. */
const NAME_TAG = new RegExp(
  `名札 ?(?:に|には|の名前は|の名前が|は|が|を見たら|見たら)? ?(?:[^「。]{0,8})「 ?(${HAN}{1,4}) ?」`,
  "gu",
);
/** 菅原あてにお願いします / 石井あての封筒: the person a message or a parcel is addressed to. */
const ADDRESSEE = new RegExp(`(?<!${HAN})(${HAN}{1,4})あて(?=に|で|の|へ|[、。 ]|$)`, "gu");
/** 下の名前はさおりです / 下の名前は、ミナです: the given name asked for, in kana. */
const GIVEN_LABELLED = new RegExp(
  `下の名前(?:は|が|、|:)[、 ]?(?:えっと|えーと|あの)?[、 ]?(${HIRA}{2,5}?|${KATA}{2,6})(?=です|でございます|と申|と言い|といい|って(?:いい|言い)|[。、 ]|$)`,
  "gu",
);
/** A text about a foreign resident: a residence card, a nationality, where the caller comes from. */
const FOREIGN_TOPIC =
  /在留カード|在留資格|国籍|外国人|から来ました|から来て|留学生|技能実習|特定技能|パスポート|旅券/u;
/** 私、ヤンです / はい、ワンです: a short katakana word introducing the caller. */
const SHORT_KATAKANA_INTRO = new RegExp(
  `(?:^|[。!?] ?|はい[、 ]|私[、 は]|わたし[、 は]|僕[、 は])(?:私[、 は]|わたし[、 は])?(${KATA}{2,3})(?=です(?:[。、!]|$)|と申します|といいます)`,
  "gu",
);
/** A katakana letter right before です or と申します: a cheap test before the rule runs. */
const KATAKANA_COPULA = /[\u30a1-\u30faー](?:です|と申|とい)/u;
/** Countries and peoples said where a name might be (中国から来ました、ベトナムです). */
const COUNTRY =
  /^(?:タイ|インド|ペルー|チリ|イラン|イラク|トルコ|ロシア|ドイツ|ケニア|ガーナ|ラオス|スイス|キューバ|ハイチ|ネパール|ミャンマー|ブラジル|ベトナム|モンゴル|カナダ|ナイジェリア)$/u;
/** リー・ウェイ(李偉): a katakana name of two parts, then its kanji spelling in brackets. */
const KATAKANA_WITH_KANJI = new RegExp(
  `(?<![\\u30a1-\\u30faー])(${KATA}{1,8}[・=]${KATA}{1,8})\\((${HAN}{2,4})\\)`,
  "gu",
);

/**
 * あの、渡会です。先ほどお電話した者ですけど: a word opening the call before です, then the caller
 * saying they are the one who called or wrote before: the word is the caller's surname, even one
 * no list holds and ending like an organisation's word (会).
 */
const CONFIRMED_INTRO = new RegExp(
  `(?:^|もしもし[、 ]?|はい[、 ]?|あの[ー]?[、 ]?|すみません[、 ]?)(${HAN}{2,3})です[。、 ]? ?(?:(?:先ほど|さきほど|さっき|先日|昨日|きのう|以前|前に|今朝)[、 ]?)?(?:お)?(?:電話|連絡|問い合わせ|問合せ|メール|相談|申請)(?:を)?(?:した|しました|差し上げた|させていただいた|いたした)者(?:です|なんです)`,
  "gu",
);
/** 町会, 協会, 自治会: groups that may call the desk (a word of office kanji is no surname). */
const GROUP_WORD = /^[町区市県国社教学協商議大都機面集司茶]会$/u;

function confirmedSurname(word: string): boolean {
  if (isOrdinaryWord(word) || GROUP_WORD.test(word) || (word.length === 3 && word.endsWith("会")))
    return false;
  // The kanji before the last one are those surnames are written with (渡会: 渡).
  return [...word.slice(0, -1)].every((c) => NAME_KANJI.has(c));
}

/** A listed surname that is not an everyday word taking honorifics (窓口, 担当). */
function isListedSurname(word: string, extra: ReadonlySet<string>): boolean {
  return !NAME_STOP_WORDS.has(word) && isSurname(word, extra);
}

function plausibleKana(word: string): boolean {
  if (/^[\u3041-\u3096]/u.test(word))
    return !HIRAGANA_STOP_WORDS.has(word) && !NOT_KANA_NAME.test(word);
  return !KATAKANA_STOP_WORDS.has(word);
}

/** Kana words that follow these cues without being a name (下の名前はまだです, ちょっと). */
const NOT_KANA_NAME =
  /^(?:まだ|いい|ちょっと|わから|わかり|ない|なし|おなじ|いっしょ|ひらがな|かたかな|そう|どう|これ|それ|あれ|なに|なん|ふつう|へん|むずかし)|(?:ない|ます|ません|です|でした|ました|けど|から|ので)$/u;
