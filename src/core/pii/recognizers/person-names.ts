import { execAll } from "../text-tools";
import { GIVEN_KANJI, isNameShaped, looksLikeGivenName } from "../name-kanji";
import { GIVEN_NAMES, SURNAME_READINGS, SURNAMES } from "../surnames";
import { isListedGivenName, kanaDigitsOnly } from "./kana-names";
import {
  HIRAGANA_STOP_WORDS,
  KATAKANA_STOP_WORDS,
  NAME_STOP_WORDS,
  ORG_SUFFIX,
  PLACE_WORDS,
} from "../name-stop-words";
import type { Candidate, RecognizerInput } from "../types";
import { lineBreakIn, recognizeLatinNames } from "./latin-names";
import { checkName, hasNonNameKanji, isOrdinaryWord, isSurname } from "./name-check";
import { check, wholeHanRun } from "./name-run-check";
import {
  extendGluedGivenNames,
  gluedHiraganaGiven,
  gluedKinGivenLength,
  gluedKanaGivenName,
  spacedNameAfterCue,
} from "./name-given-after";
import type { NameRun } from "./name-runs";
import { findNamesFromTurns } from "./name-turns";
import { nameRunAfter, nameRunBefore } from "./name-runs";
import {
  CUE_GROUPS,
  NAME_CUES,
  SELF_RELATION,
  STAFF_NAME_END,
  STAFF_SPACED,
  copulaStrength,
  endsIntro,
  hasOkurigana,
  isPetNameLabel,
  labelStrength,
  opensIntro,
  opensLabel,
  opensTaggedMessage,
  staffCueAt,
} from "./name-cues";
import type { Finding } from "./name-kana-joins";
import { surnameBeforeKanaLength, wholeKanaRun } from "./name-kana-joins";
import { findNameEchoes } from "./name-echoes";
import { findKanaThenKanjiNames } from "./name-kana-then-kanji";
import { particleAfterPossessive } from "./name-possessive";
import { findHouseholdNames } from "./name-households";
import { findKinGluedNames } from "./name-kin-glued";
import { findExplainedNames, findSpelledRomaji } from "./name-explained";
import { findNamesByReadingCues } from "./name-reading-cues";
import { findNameReadings } from "./name-readings";
import { findSpelledKanaNames } from "./name-spelled-kana";
import {
  findCorrectedNames,
  findFalseStarts,
  findNameStutters,
  findTakenBackNames,
} from "./name-stutters";
import { findSpelledNames } from "./name-spelling";
import { findNamesWrittenOut } from "./name-written-out";
import { toCandidate } from "./name-candidate";
import { kanjiAfterReading, recognizeFurigana, recognizeHangulNames } from "./name-furigana";
import { recognizeFullNames } from "./name-full-names";
import {
  findForeignFullNames,
  foreignFullName,
  gluedLoanword,
  katakanaCompound,
  mixedGivenNameLength,
} from "./name-shapes";
import { extendSpacedNames, recognizeSpacedFullNames } from "./name-spaced";

const SCRIPT_AFTER_LABEL =
  /^(?:カタカナ|かたかな|ひらがな|平仮名|片仮名|ローマ字)(?:で|だと|では|なら)[、 ]?/u;
const HAN_CHAR = /^[\p{Script=Han}々]$/u;

/** 弟が蒼汰、: after が a word written and ending like a given name passes too. */
function givenShaped(text: string, found: Finding | null): boolean {
  return !!found && looksLikeGivenName(text.slice(found.start, found.end));
}

/** A facility's word that a branch's name is glued to (センター燈明, 診療所北). */
/** A character of the kin words {@link findKinGluedNames} reads: a cheap test before it runs. */
const KIN_CHAR = /[妻夫男女父母息娘孫]/u;
const SHOP_NAME_END = /\p{Script=Han}(?:\p{Script=Han}堂|商店|書店|薬局)$/u;
const FACILITY_BEFORE =
  /(?:センター|クリニック|ステーション|プラザ|支所|出張所|事務所|診療所|病院|医院|薬局|交番|会館)$/u;

const SELF_BEFORE = /わたくし|わたし|私|僕|ぼく|俺|おれ|おら|うち|わし|わい|あたし|名前|名字|苗字/u;

/** The polite prefix お or ご standing alone before `start` (not the end of a hiragana word: なお). */
function politePrefixBefore(text: string, start: number): boolean {
  return /(?:^|[^\p{Script=Hiragana}ー])[おご]$/u.test(text.slice(Math.max(0, start - 2), start));
}

/** りおちゃん, けいくん: two or three hiragana before ちゃん or くん are a child's given name. */
function childName(text: string, run: NameRun | null, cue: string): Finding | null {
  if (!run || run.script !== "hiragana" || !/^(?:ちゃん|くん)$/u.test(cue)) return null;
  // 娘のりおちゃん: the particle after the relation word is no part of the name.
  const start = RELATION_END.test(text.slice(Math.max(0, run.start - 3), run.start + 1))
    ? run.start + 1
    : run.start;
  const word = text.slice(start, run.end);
  if (word.length < 2 || word.length > 3 || HIRAGANA_STOP_WORDS.has(word)) return null;
  return start > run.start || /^(?:[、。 「]|)$/u.test(text[start - 1] ?? "")
    ? { start, end: run.end, known: false }
    : null;
}
const RELATION_END = /(?:娘|息子|孫|子|姪|甥|妹|弟|うち)の$/u;

/**
 * 長男の大和です / 妻の千景、: after a word for one's own spouse or child, a two-kanji word of a
 * name's shape that ends the clause is the given name.
 */
function kinGivenName(text: string, run: NameRun, cue: string): Finding | null {
  if (!/^(?:妻|夫|長男|長女|次男|次女|三男|三女|息子|娘|孫)の$/u.test(cue)) return null;
  const word = text.slice(run.start, run.end);
  if (run.script !== "han" || word.length !== 2 || !looksLikeGivenName(word)) return null;
  if (isOrdinaryWord(word)) return null;
  return /^(?:です|でございます|[、。がはもと])/u.test(text.slice(run.end, run.end + 2))
    ? { start: run.start, end: run.end, known: false }
    : null;
}

/** ゆうき、ほら、ご挨拶して: a child called by name (a listed given name) to behave. */
const CALL_WORD = /ほら|こら|ちょっと|おいで|こっち|静かに|ご挨拶|あいさつ|待って|走らない|座って/u;
const CALLED = new RegExp(
  `(?<=^|[。!?「 ])([\\p{Script=Hiragana}\\p{Script=Katakana}ー]{2,5})(?:くん|ちゃん)?[、!](?=\\s?(?:${CALL_WORD.source}))`,
  "gu",
);

/**
 * 連絡先090-… 押田 / …折り返しください、山辺です: a name closing the message right after a phone
 * number or a request to be called back; …よろしくお願いします。関根: after a chat's or mail's sign-off.
 */
const CLOSING_NAME = /([\p{Script=Han}々ヶ]{2,4})(?:です)?[。!]?$/u;
const CLOSING_AFTER =
  /(?:[0-9]{2,5}-?[0-9]{2,4}-?[0-9]{3,4} |(?:折り返し|ご連絡|連絡|お電話|電話)(?:を)?(?:ください|下さい|お願いします|お願いいたします)[。、 ]|よろしくお願い(?:します|いたします|致します)[。、 ]?)$/u;

function closingName(text: string, extra: ReadonlySet<string>): Finding | null {
  // Only the end of the message is read (a name, です and a full stop at most).
  const from = Math.max(0, text.length - 8);
  const match = CLOSING_NAME.exec(text.slice(from));
  const word = match?.[1];
  if (!match || !word) return signedAfterQuestion(text, extra);
  const start = from + match.index;
  if (!CLOSING_AFTER.test(text.slice(Math.max(0, start - 24), start)))
    return signedAfterQuestion(text, extra);
  return nameShapedWord(word, extra) ? { start, end: start + word.length, known: false } : null;
}

/**
 * …大丈夫でした?三ツ矢です。 / …したはずなんですけど。若松です。: a caller who asked or told their
 * errand first signs off with the surname and です as a sentence of its own. A surname that is also
 * a place passes when listed; the sentence before must not ask where (どちらですか?千葉です。).
 */
const SIGNED_AFTER =
  /[。?!] ?([\p{Script=Han}々]{1,3}(?:[ツノヶ][\p{Script=Han}]{1,2})?)です[。!]?$/u;
const WHERE_ASKED = /どこ|どちら|住所|出身|お住まい|場所|何区|何市|何町|ご用件|用件/u;

function signedAfterQuestion(text: string, extra: ReadonlySet<string>): Finding | null {
  if (text.length < 24) return null;
  const match = SIGNED_AFTER.exec(text.slice(text.length - 12));
  const word = match?.[1];
  if (!match || !word || word.length < 2) return null;
  const start = text.length - 12 + match.index + match[0].indexOf(word);
  const before = text.slice(Math.max(0, start - 24), start);
  if (WHERE_ASKED.test(before.slice(Math.max(before.lastIndexOf("。", before.length - 3), 0))))
    return null;
  const plain = word.replace(/[ツノヶ]/u, "");
  const listed = SURNAMES.has(word) || SURNAMES.has(plain);
  if (!listed && !(plain !== word && nameShapedWord(plain, extra))) return null;
  if (NAME_STOP_WORDS.has(word) || ORG_SUFFIX.test(word)) return null;
  return { start, end: start + word.length, known: listed };
}

/** A kanji word that is listed or written like a name (no office, place or paperwork in it). */
function nameShapedWord(word: string, extra: ReadonlySet<string>): boolean {
  if (isOrdinaryWord(word)) return false;
  if (ORG_SUFFIX.test(word)) return false;
  return !!checkName(word, "weak", extra) || isNameShaped(word.replace(" ", ""));
}

/** Kana after a surname that is a particle, an honorific or a word of grammar, not a given name. */
const NOT_GIVEN_KANA =
  /^(?:なん|から|まで|だけ|など|ばかり|ばっか|のみ|ので|のほう|のこと|さん|さま|くん|ちゃん|たち|ども|んち|って)|です|ます/u;

/**
 * 高橋みどりです / はい 佐藤 ユカリ です: at the start of a message (or after はい, もしもし) a listed
 * surname and a kana given name before です introduce the caller.
 */
function introFullName(
  text: string,
  run: NameRun | null,
  cueEnd: number,
  extra: ReadonlySet<string>,
): Finding | null {
  if (!run || run.script === "han") return null;
  const given = text.slice(run.start, run.end);
  if (given.length < 2 || given.length > 5 || given.includes(" ")) return null;
  if (HIRAGANA_STOP_WORDS.has(given) || NOT_GIVEN_KANA.test(given)) return null;
  // A hiragana given name is listed or at least three kana long (高橋なんです is no name).
  if (run.script === "hiragana" && given.length < 3 && !isListedGivenName(given)) return null;
  const surname = nameRunBefore(text, run.start);
  if (!surname || surname.script !== "han") return null;
  const word = text.slice(surname.start, surname.end);
  if (word.includes(" ") || !(SURNAMES.has(word) || extra.has(word))) return null;
  if (!opensIntro(text, surname.start) || !endsIntro(text, cueEnd)) return null;
  return { start: surname.start, end: run.end, known: true };
}

/** あずまさんという方から: a kana name with its honorific, then "a person called". */
function kanaNamedPerson(text: string, run: NameRun | null, after: number): Finding | null {
  if (
    !run ||
    run.script === "han" ||
    !/^(?:という|って)(?:方|人|男性|女性)/u.test(text.slice(after))
  )
    return null;
  const word = text.slice(run.start, run.end);
  return word.length >= 2 &&
    word.length <= 6 &&
    !HIRAGANA_STOP_WORDS.has(word) &&
    !word.includes(" ")
    ? { start: run.start, end: run.end, known: false }
    : null;
}

/** おばあの西表カマドの: a kanji run right after a relation word, glued to a katakana given name. */
function gluedAfterCue(text: string, run: NameRun | null): Finding | null {
  if (!run || run.script !== "han" || run.end - run.start < 2) return null;
  if (text.slice(run.start, run.end).includes(" ")) return null;
  const length = gluedKanaGivenName(text, run.start, run.end);
  return length > 0 ? { start: run.start, end: run.end + length, known: false } : null;
}

/** 下の名前は睦です: after a strong label one kanji used in given names is the name. */
function oneKanjiGivenName(text: string, run: NameRun | null, strength: string): Finding | null {
  if (!run || strength !== "strong" || run.end - run.start !== 1) return null;
  const word = text[run.start] ?? "";
  return HAN_CHAR.test(word) && GIVEN_KANJI.has(word) && !NAME_STOP_WORDS.has(word)
    ? { start: run.start, end: run.end, known: false }
    : null;
}

/** 飛翔の翔です / 大きいの大です: one kanji explained by a word holding it, not a name. */
function explainsKanji(text: string, run: NameRun): boolean {
  if (run.end - run.start !== 1 || text[run.start - 1] !== "の") return false;
  const word = /[\p{Script=Han}々\p{Script=Hiragana}]{1,6}$/u.exec(
    text.slice(Math.max(0, run.start - 7), run.start - 1),
  );
  return !!word && word[0].includes(text[run.start] ?? "");
}

/**
 * うちの凛 / うちのはるとが熱を: after うち a listed given name, the whole run or the run before a
 * particle (hiragana runs on over the particle). Its length, 0 when there is none.
 */
function ourListedGivenName(word: string): number {
  if (isListedGivenName(word)) return word.length;
  if (!/^\p{Script=Hiragana}+$/u.test(word)) return 0;
  // はると|が, はると|がね: a particle after two kana or more (not the と inside はると).
  for (let end = 2; end < word.length && end <= 6; end += 1) {
    if (!OUR_CHILD_PARTICLE.test(word.slice(end))) continue;
    const given = word.slice(0, end);
    if (!HIRAGANA_STOP_WORDS.has(given) && isListedGivenName(given)) return end;
  }
  return 0;
}
const OUR_CHILD_PARTICLE = /^(?:が|は|も|と|に|を|って|ったら)/u;

/**
 * A listed surname as found, or a listed surname and a listed given name (森田, 森田 恵, 森田恵);
 * a kana name is judged by its reading (the checker lists it).
 */
function listedName(text: string, found: Finding, extra: ReadonlySet<string>): boolean {
  const word = text.slice(found.start, found.end).replace(" ", "");
  if (!HAN_CHAR.test(word[0] ?? "")) return true;
  if (isSurname(word, extra)) return true;
  for (let split = 1; split < word.length && split <= 4; split += 1)
    if (isSurname(word.slice(0, split), extra) && GIVEN_NAMES.has(word.slice(split))) return true;
  return false;
}

/** Kin words said in kana that are also given names' readings (めい 芽衣, まご), then です or a pause. */
const KIN_KANA =
  /^(?:めい|おい|まご|ひまご|いとこ|はとこ|よめ|むこ|つま|あね|あに|いもうと|おとうと)(?:です|でございます|で|に|として|[、。]|$)/u;

/** After a place the caller names with 私は: に and a verb of living (におります, に住んで). */
const LIVES_AT = /^に(?:おります|おる|住んで|住ん|住ま|暮らして|在住)/u;

const READING_LABEL = /^(?:フリガナ|ふりがな|カナ)(?:[はが:]|欄)?\s?$/u;
const SPACED_HONORIFIC = /^(?:様|殿|宛)(?![\p{Script=Han}])/u;
const FIELD_WORD = /^(?:住所|電話|生年月日|連絡先|番号|性別|年齢|メール|続柄|職業|国籍|備考)/u;
const PAUSE = /^(?:[、 ]|えーと|えっと|えー|あの){0,3}/u;
/** Family words (not the caller's own 私 or the staff's 担当): a dotted name after them is theirs. */
const KIN_WORD =
  /^(?:妻|夫|主人|家内|旦那|息子|娘|長男|長女|次男|次女|三男|三女|母|父|母親|父親|祖母|祖父|孫|兄|姉|弟|妹|子ども|子供|うちの子|嫁|婿|妊婦|産婦)/u;

/** 名前は かざま ゆうと: two kana words after a label, the second a listed given name. */
function kanaFullNameAfterLabel(text: string, run: NameRun): Finding | null {
  if (run.script === "han") return null;
  const space = text.indexOf(" ", run.start);
  if (space < 0 || space >= run.end) return null;
  const words = text.slice(run.start, run.end).split(" ");
  const [surname = "", given = ""] = words;
  if (words.length !== 2 || surname.length < 2 || surname.length > 5) return null;
  if (HIRAGANA_STOP_WORDS.has(surname) || NOT_GIVEN_KANA.test(surname)) return null;
  if (/^(?:ひらがな|かたかな|カタカナ|かんじ|ふりがな|フリガナ|ろーまじ|ローマジ)$/u.test(surname))
    return null;
  return isListedGivenName(given) ? { start: run.start, end: run.end, known: false } : null;
}

/**
 * 送付先:〒… 北区桜台2-6-1 宮内 保 / …6-12-3 新井 方 工藤 美紀: the addressee written after the
 * address at the end of a mailing field, a listed surname spaced off the given name (方: care of).
 */
const ADDRESSEE =
  /[0-9](?:号室|号)? (?:([\p{Script=Han}々ヶ]{1,4}) 方 )?([\p{Script=Han}々ヶ]{1,4}) ([\p{Script=Han}々ヶ]{1,3})(?: ?(?:様|宛て?|殿))?[。]?$/u;

function addresseeNames(text: string, extra: ReadonlySet<string>): Finding[] {
  const match = ADDRESSEE.exec(text);
  if (!match) return [];
  const [, house, surname = "", given = ""] = match;
  if (!(SURNAMES.has(surname) || extra.has(surname)) || isOrdinaryWord(given)) return [];
  const start = (match.index ?? 0) + match[0].indexOf(`${surname} ${given}`, house ? 2 : 0);
  const out: Finding[] = [{ start, end: start + surname.length + 1 + given.length, known: true }];
  if (house && (SURNAMES.has(house) || extra.has(house))) {
    const at = (match.index ?? 0) + match[0].indexOf(house);
    out.push({ start: at, end: at + house.length, known: true });
  }
  return out;
}

/** 担当者:総務部 片桐 様: an office said before the name after a label is no part of it. */
function afterOffice(
  text: string,
  run: NameRun | null,
  extra: ReadonlySet<string>,
): NameRun | null {
  if (!run || run.script !== "han") return run;
  const space = text.indexOf(" ", run.start);
  if (space < 0 || space >= run.end) return run;
  const first = text.slice(run.start, space);
  if (!ORG_SUFFIX.test(first) || SURNAMES.has(first) || extra.has(first)) return run;
  return { start: space + 1, end: run.end, script: run.script };
}

/** A word with kana in it, ending like an organisation, spaced off a kanji word after it. */
const KANA_ORGANISATION = /^ ?([^\s:：、。]*[\u3041-\u30fa][^\s:：、。]*) (?=[\u4e00-\u9fff])/u;

/**
 * From: ひだまり苑 施設長 … / 担当者:さくら製菓 総務課 …: an organisation whose name holds
 * kana, said before the title and the name after a label, is no part of the name (the title is
 * left to {@link afterOffice}). Its length, the space included (0 when there is none).
 */
function kanaOrganisationLength(text: string, at: number): number {
  const match = KANA_ORGANISATION.exec(text.slice(at, at + 24));
  const word = match?.[1] ?? "";
  // さくら製菓: kana, then a compound of two kanji or more, is a trade name too. The word ends in
  // a kanji (さくら is no plural of さく).
  const org =
    /[\u4e00-\u9fff]$/u.test(word) &&
    (ORG_SUFFIX.test(word) || /[\u3041-\u30fa][\u4e00-\u9fff]{2,}$/u.test(word));
  return match && org && word.length <= 16 ? match[0].length : 0;
}

/** A whole hiragana word after a surname: then a pause, a bracket, a line's end or the end. */
const KANA_GIVEN_WORD = /^(\p{Script=Hiragana}{2,4})(?=[ (、。」)]|$)/u;

/**
 * 児童:堤そら / 氏名:平川まゆ(…): after a strong label, a listed surname glued to a whole word in
 * hiragana is a full name though the given name is not listed (not okurigana: the word ends there).
 * The given name's length, 0 when there is none.
 */
function labelledKanaGiven(text: string, run: NameRun, extra: ReadonlySet<string>): number {
  if (run.script !== "han" || !isSurname(text.slice(run.start, run.end), extra)) return 0;
  const given = KANA_GIVEN_WORD.exec(text.slice(run.end, run.end + 6))?.[1] ?? "";
  if (given === "" || HIRAGANA_STOP_WORDS.has(given) || NOT_GIVEN_KANA.test(given)) return 0;
  return given.length;
}

/**
 * 白水とし子と申します: the run before the cue is only the kanji ending of a kana given name; the
 * kana before it and a surname before them make the name.
 */
function kanaGivenWithEnding(
  text: string,
  run: NameRun | null,
  extra: ReadonlySet<string>,
): Finding | null {
  if (!run || run.script !== "han" || run.end - run.start !== 1) return null;
  if (!/^[子代江美枝恵]$/u.test(text[run.start] ?? "")) return null;
  const kana = nameRunBefore(text, run.start);
  if (!kana || kana.script === "han" || kana.end !== run.start || kana.end - kana.start > 3)
    return null;
  return surnameBeforeKanaLength(text, kana.start, extra) > 0
    ? { start: kana.start, end: run.end, known: true }
    : null;
}

/** An organisation with kana in its name, then a role in katakana, before a kanji name. */
const ORG_AND_ROLE =
  /^ ?([^\s:：、。]*[\u3041-\u30fa][^\s:：、。]*[\u4e00-\u9fff]) ([\u30a1-\u30faー]{2,12}) (?=[\u4e00-\u9fff])/u;

/**
 * 記録者:まつり本部 ボランティア 宮本: an organisation (as {@link kanaOrganisationLength} reads it) and
 * a role in katakana (ボランティア, スタッフ) said before the name. Their length, 0 when there are none.
 */
function orgAndRoleLength(text: string, at: number): number {
  const match = ORG_AND_ROLE.exec(text.slice(at, at + 32));
  const org = match?.[1] ?? "";
  if (!match || !KATAKANA_STOP_WORDS.has(match[2] ?? "") || org.length > 16) return 0;
  return ORG_SUFFIX.test(org) || /[\u3041-\u30fa][\u4e00-\u9fff]{2,}$/u.test(org)
    ? match[0].length
    : 0;
}

/** 堤麻衣子: a listed one-kanji surname, then three kanji shaped like a given name. */
function oneKanjiSurnameFullName(value: string, extra: ReadonlySet<string>): boolean {
  return isSurname(value.slice(0, 1), extra) && looksLikeGivenName(value.slice(1));
}

/** The first line break inside `start`–`end`, or undefined when the span holds none. */
function cutAtLineBreak(
  lineBreaks: readonly number[] | undefined,
  start: number,
  end: number,
): number | undefined {
  if (!lineBreaks) return undefined;
  const at = lineBreakIn(lineBreaks, start, end);
  return at < end ? at : undefined;
}

/** 菊地 フサエ: a surname found by a cue, continued over the kana given name after the space. */
function longerSpaced(found: Finding | null, text: string, run: NameRun | null): Finding | null {
  if (!found || text[found.end] !== " ") return found;
  const spaced = spacedNameAfterCue(text, run);
  return spaced && spaced.start === found.start && spaced.end > found.end ? spaced : found;
}

/** Person names from cues (さん, と申します, 名前は, 氏名:, furigana, relatives) checked against the surname list. */
export function recognizePersonNames(input: RecognizerInput): Candidate[] {
  const { text } = input;
  const extra = new Set(input.extraSurnames);
  const out: Candidate[] = [];
  const add = (found: Finding | null, evidence: string): void => {
    if (!found) return;
    const end = found.end + mixedGivenNameLength(text, found);
    const start = found.start - surnameBeforeKanaLength(text, found.start, extra);
    out.push(toCandidate(text, start, end, found.known ? 0.9 : 0.7, evidence));
  };
  for (const match of execAll(NAME_CUES, text)) {
    const at = match.index ?? 0;
    const after = at + match[0].length;
    // The first group that took part names the cue (a loop: no copy of the match per cue).
    let group = 1;
    while (group < match.length && match[group] === undefined) group += 1;
    const cue = CUE_GROUPS[group - 1];
    switch (cue) {
      case "label": {
        // 名義カタカナでヒヤマ ケイ: the script word after a label belongs to the label.
        const script = SCRIPT_AFTER_LABEL.exec(text.slice(after, after + 8))?.[0].length ?? 0;
        // 名前が「源次郎」で: a name in quotes after the label is said as the name, even after が.
        const quoted = text[after + script] === "「";
        // 記録者:まつり本部 ボランティア 宮本: the role in katakana after the organisation.
        const org = quoted
          ? 0
          : kanaOrganisationLength(text, after + script) || orgAndRoleLength(text, after + script);
        const found = nameRunAfter(text, after + script + (quoted ? 1 : 0) + org);
        // from: 相原⏎件名: a line break ends the name.
        const cut = found ? cutAtLineBreak(input.lineBreaks, found.start, found.end) : undefined;
        // 世帯主:森田一輝 続柄:本人: the next field's label after a space ends the name too.
        const gap = found ? text.slice(found.start, found.end).indexOf(" ") : -1;
        const space = found && gap > 0 ? found.start + gap : -1;
        const end =
          cut ??
          (space > 0 &&
          (FIELD_WORD.test(text.slice(space + 1, space + 5)) ||
            // 申込者 徳永 様: the honorific spaced off is no part of the name.
            SPACED_HONORIFIC.test(text.slice(space + 1, space + 3)) ||
            opensLabel(text.slice(space + 1, space + 7)))
            ? space
            : undefined);
        // Written out, not spread: one object shape for every run (as nameRunAfter makes them).
        const cutRun: NameRun | null =
          found && end !== undefined ? { start: found.start, end, script: found.script } : found;
        const run = afterOffice(text, cutRun, extra);
        const pet = isPetNameLabel(text, at, match[0]);
        const tagged = !!run && opensTaggedMessage(text, match[0], run);
        const strength = tagged ? "weak" : labelStrength(match[0]);
        // From: ヘルプデスク: a mail's sender line names a person only in kanji here (Latin elsewhere).
        if (
          /^from/iu.test(match[0]) &&
          (run?.script !== "han" || /[A-Za-z]/u.test(text[at - 1] ?? ""))
        )
          break;
        // ふりがな こがねい しゅんぺい: after a reading label the whole kana run is the name.
        if (run && run.script !== "han" && READING_LABEL.test(match[0]) && !pet) {
          const words = text.slice(run.start, run.end);
          if (words.length >= 3 && !HIRAGANA_STOP_WORDS.has(words)) {
            add({ start: run.start, end: run.end, known: false }, "cue:reading-label");
            break;
          }
        }
        // 名前は かざま ゆうと です: after a strong label two kana words, the second a listed given
        // name, are the full name however rare the surname.
        const kanaFull = run && !pet ? kanaFullNameAfterLabel(text, run) : null;
        if (kanaFull && strength === "strong") {
          add(kanaFull, "cue:name-label");
          break;
        }
        // 氏名 住所 電話: a list of form fields, not a name after its label. A pet's name is
        // written in kana (名前はハナコ after 犬の登録): only a kanji name passes there.
        // 児童:堤そら(5さい): after a strong label a listed surname and a whole hiragana word.
        const kanaGiven =
          run && !pet && !tagged && strength === "strong" ? labelledKanaGiven(text, run, extra) : 0;
        if (
          !run ||
          (pet && run.script !== "han") ||
          (hasOkurigana(text, run.end) &&
            kanaGiven === 0 &&
            !(run.script === "han" && gluedHiraganaGiven(text, run.end))) ||
          katakanaCompound(text, run) ||
          gluedLoanword(text, run) ||
          kanaCompound(text, run) ||
          FIELD_WORD.test(text.slice(run.start))
        )
          break;
        const labelled =
          longerSpaced(
            check(
              text,
              run,
              pet ? "weak" : script > 0 || (quoted && text[run.end] === "」") ? "strong" : strength,
              "after",
              extra,
            ),
            text,
            // A name cut before the next field's label is not spaced on over it.
            end === undefined ? run : null,
          ) ?? oneKanjiGivenName(text, run, strength);
        // 利用者:柳新田の水路が…: after a chat's speaker tag, a message that goes on names only a
        // listed name (利用者:森田の妻です); a place's name has the shape of a surname too, and may
        // start with one (中野田, 西川原).
        if (kanaGiven > 0 && labelled?.end === run.end) {
          add({ start: labelled.start, end: run.end + kanaGiven, known: true }, "cue:name-label");
          break;
        }
        if (!tagged || (labelled?.known && listedName(text, labelled, extra)))
          add(labelled, "cue:name-label");
        break;
      }
      case "self": {
        const run = nameRunBefore(text, at);
        const found =
          wholeHanRun(text, run, check(text, run, "strong", "before", extra)) ??
          kanaGivenWithEnding(text, run, extra);
        const kana = wholeKanaRun(text, run);
        // たかみや と申します: the whole run, not a known reading cut before a particle (たかみ|や).
        const longer = kana && (!found || (found.start === kana.start && found.end < kana.end));
        add(longer ? kana : found, "cue:self-introduction");
        break;
      }
      case "loose": {
        // 田中さんって方: the honorific before the cue has found the name already.
        if (/(?:さん|様|さま|ちゃん|くん|氏)$/u.test(text.slice(Math.max(0, at - 3), at))) break;
        const run = nameRunBefore(text, at);
        // 上遠野っていうんですけど / 大西ちゅうねん: a name only when the caller speaks of themself
        // (マイナポータルっていうんですけど is a word); 宇佐美の者です, 加賀美という人: a listed or
        // surname-shaped word (水道の者です, 留学生という人).
        const loose = /^(?:の者|という|って[人方男女職])/u.test(match[0]) ? "weak" : "intro";
        if (loose === "intro" && !SELF_BEFORE.test(text.slice(Math.max(0, at - 24), at))) break;
        add(wholeHanRun(text, run, check(text, run, loose, "before", extra)), "cue:loose-intro");
        break;
      }
      case "script":
      case "relation": {
        // 主人の、えー、正樹のことで: a pause after the relation word.
        const run = nameRunAfter(
          text,
          after + (PAUSE.exec(text.slice(after, after + 8))?.[0].length ?? 0),
        );
        // 母新垣ふみが: a kin word, then a listed surname glued to a listed hiragana given name.
        const kinGlued =
          run?.script === "han" && KIN_WORD.test(match[0].replace(/ /gu, ""))
            ? gluedKinGivenLength(text, run.start, run.end)
            : 0;
        if (run && kinGlued > 0) {
          add({ start: run.start, end: run.end + kinGlued, known: true }, "cue:relation");
          break;
        }
        if (!run || hasOkurigana(text, run.end) || katakanaCompound(text, run)) break;
        // 妻 の: the cue as written without speech recognition's spaces.
        const word = match[0].replace(/ /gu, "");
        // 私、実は: a one-kanji word after the caller's own 私 is no name.
        if (SELF_RELATION.test(word) && run.end - run.start === 1) break;
        // 亡くなったのは母の姉で、私はめいです: the caller's own kinship said in kana (めい, おい,
        // まご) after 私は is how they are related, not a given name.
        if (SELF_RELATION.test(word) && KIN_KANA.test(text.slice(run.start, run.end))) break;
        // 私は松山におります長男です: where the caller lives, not a name.
        if (SELF_RELATION.test(word) && LIVES_AT.test(text.slice(run.end, run.end + 6))) break;
        // 私のはまだ? / 妻のもまだです: the particle after a possessive and an ordinary word.
        if (run.script === "hiragana" && particleAfterPossessive(text, run.start)) break;
        // うちの凛: after うち only a listed given name (うちの裏山, うちの小松菜).
        if (/^うち[のは、]$/u.test(word)) {
          const given = ourListedGivenName(text.slice(run.start, run.end));
          if (given > 0)
            add({ start: run.start, end: run.start + given, known: true }, "cue:relation");
          break;
        }
        const first =
          check(text, run, "weak", "after", extra) ??
          foreignFullName(text, run, KIN_WORD.test(word));
        const longer = first ? longerSpaced(first, text, run) : null;
        const spaced = first ? (longer !== first ? longer : null) : spacedNameAfterCue(text, run);
        const found = longer ?? spaced ?? gluedAfterCue(text, run) ?? kinGivenName(text, run, word);
        // 子どもが大翔と: after が only a listed name. 長男 大翔、: a kin word spaced off its name (a
        // household listed) takes a listed, given-name-shaped or dotted foreign name only.
        // (長男 大学進学: a glued four-kanji word is paperwork, not a given name).
        const bare = !/[のはが、]$/u.test(word);
        const named = found?.known || givenShaped(text, found);
        const value = found ? text.slice(found.start, found.end) : "";
        const listed =
          value.includes("・") ||
          (named && (value.length <= 3 || value.includes(" "))) ||
          // 母 堤麻衣子: a one-kanji surname and a three-kanji given name of a name's shape.
          (!!found?.known && value.length === 4 && oneKanjiSurnameFullName(value, extra)) ||
          (!!spaced && found === spaced && value.includes(" "));
        if (STAFF_SPACED.test(match[0])) {
          if (!found || !staffCueAt(text, at, match[0])) break;
          // 担当 朝比奈 慎吾 弁護士: an unlisted surname passes with a given name after it.
          const full = text.slice(found.start, found.end).includes(" ");
          if ((found.known || full) && STAFF_NAME_END.test(text.slice(found.end, found.end + 4)))
            add(found, "cue:staff-name");
          break;
        }
        if (bare ? listed : !word.endsWith("が") || named) add(found, "cue:relation");
        break;
      }
      case "honorific": {
        const run = nameRunBefore(text, at);
        // 本町、いちのにのさん: さん closing kana numbers is the number three; にちょうめ じゅうさん:
        // a run holding a block word is an address said in kana.
        if (run && kanaDigitsOnly(text.slice(run.start, run.end))) break;
        if (run && /ちょうめ|ばんち/u.test(text.slice(run.start, run.end))) break;
        // 地域包括支援センター燈明さん: a kanji word glued after a facility is its branch, called
        // like a person.
        if (
          run?.script === "han" &&
          FACILITY_BEFORE.test(text.slice(Math.max(0, run.start - 6), run.start))
        )
          break;
        // 越宝堂さんに入った: a shop's or a maker's name of three kanji ending in 堂 (or 商店, 書店,
        // 薬局) is called like a person; a listed surname so ending (二階堂) stays one, and two
        // kanji ending in 堂 are a surname's shape (新堂, 本堂).
        if (run?.script === "han") {
          const word = text.slice(run.start, run.end);
          if (SHOP_NAME_END.test(word) && !SURNAMES.has(word)) break;
        }
        // お遍路さん, お地蔵さん, ご隠居さん: a kanji word after the polite prefix お/ご is a
        // common noun called like a person; no surname takes the prefix.
        if (run?.script === "han" && politePrefixBefore(text, run.start)) break;
        // 宛て: any noun takes it (カード宛て, 通知宛て): only a word of a name's shape passes.
        if (match[0].startsWith("宛")) {
          const word = run ? text.slice(run.start, run.end) : "";
          // 田中様宛て: the honorific found the name already.
          const honoured = /(?:様|殿|さん|さま|氏)$/u.test(word);
          if (run?.script === "han" && !honoured && nameShapedWord(word, extra))
            add({ start: run.start, end: run.end, known: false }, "cue:addressee");
          break;
        }
        add(
          check(text, run, "strong", "before", extra) ??
            childName(text, run, match[0]) ??
            kanaNamedPerson(text, run, at + match[0].length),
          "cue:honorific",
        );
        break;
      }
      case "family": {
        // 大河内の長男です at the start of a turn: the caller names the house they speak for.
        const run = nameRunBefore(text, at);
        const opens =
          !!run && /(?:^|[。!?「] ?|はい、?|もしもし、?)$/u.test(text.slice(0, run.start));
        const own = opens && /です|でございます|で[、,]/u.test(match[0]);
        const word = run ? text.slice(run.start, run.end) : "";
        // 盛岡の娘です: a city before the kin word says where the relative lives.
        if (PLACE_WORDS.has(word)) break;
        const strong =
          own && nameShapedWord(word, extra) ? check(text, run, "strong", "before", extra) : null;
        add(strong?.known ? strong : check(text, run, "weak", "before", extra), "cue:family-of");
        break;
      }
      default: {
        // はい、おかだ、です: a pause between the name and です.
        const run = afterSelfWord(
          text,
          afterPlaceParticle(text, nameRunBefore(text, text[at - 1] === "、" ? at - 1 : at)),
        );
        const full = /^(?:です|でございます)$/u.test(match[0])
          ? introFullName(text, run, after, extra)
          : null;
        if (full) {
          add(full, "cue:intro-full-name");
          break;
        }
        const strength = run ? copulaStrength(text, run, after, match[0]) : null;
        if (!run || !strength || explainsKanji(text, run) || petNamed(text, run.start)) break;
        const found = check(text, run, strength === "known" ? "weak" : strength, "before", extra);
        if (strength !== "known" || found?.known) add(found, "cue:desu");
      }
    }
  }
  if (text.includes("(")) {
    out.push(...recognizeFurigana(text, extra, out), ...kanjiAfterReading(text, out));
    if (/\p{Script=Hangul}/u.test(text)) out.push(...recognizeHangulNames(text));
  }
  for (const spelled of findSpelledNames(
    text,
    // 生きる、田んぼ、部活の部で、生田部: a word spelled kanji by kanji may end like an office (部).
    (word) =>
      !PLACE_WORDS.has(word) &&
      (!!checkName(word, "strong", extra) ||
        (isNameShaped(word) && !NAME_STOP_WORDS.has(word) && !hasNonNameKanji(word))),
  ))
    out.push(toCandidate(text, spelled.start, spelled.end, 0.8, "cue:spelled-kanji"));
  out.push(...recognizeFullNames(text), ...recognizeSpacedFullNames(text, extra));
  if (text.includes("・"))
    for (const found of findForeignFullNames(text)) add(found, "shape:dotted-name");
  if (/[A-Za-z]/.test(text)) out.push(...recognizeLatinNames(text, input.lineBreaks));
  out.push(...findNamesFromTurns(text, out, extra, input.lineBreaks));
  out.push(...findNamesByReadingCues(text, out));
  if (text.includes(" ")) out.push(...extendSpacedNames(text, out));
  out.push(...extendGluedGivenNames(text, out));
  const echoes = findNameEchoes(text, out);
  out.push(...echoes);
  if (text.includes(" ")) out.push(...extendSpacedNames(text, echoes));
  // Names found from readings (五月女と書いて…) are repeated and stuttered like the others.
  const readings = findNameReadings(text, out);
  out.push(...readings, ...findNameEchoes(text, readings));
  // ひぐちです。樋口ハツヨ。: a kanji surname found from its reading, its kana given name glued on.
  if (readings.length > 0) out.push(...extendGluedGivenNames(text, readings));
  out.push(...findSpelledKanaNames(text, out), ...findNameStutters(text, out));
  out.push(...findTakenBackNames(text, out), ...findCorrectedNames(text, out));
  out.push(...findFalseStarts(text, out));
  out.push(...findExplainedNames(text, out), ...findNamesWrittenOut(text, out));
  for (const match of CALL_WORD.test(text) ? execAll(CALLED, text) : []) {
    const word = match[1] ?? "";
    const start = (match.index ?? 0) + match[0].indexOf(word);
    if (isListedGivenName(word) && !HIRAGANA_STOP_WORDS.has(word))
      add({ start, end: start + word.length, known: true }, "cue:called");
  }
  // (The text must end in a kanji word, perhaps with an honorific: checked before any regex.)
  if (/[\u4e00-\u9fff々ヶ]\s?(?:様|宛て?|殿)?。?$/.test(text) && /送付先|送り先|宛先|〒/.test(text))
    for (const found of addresseeNames(text, extra)) add(found, "cue:addressee-after-address");
  out.push(...findHouseholdNames(text, extra));
  if (KIN_CHAR.test(text)) out.push(...findKinGluedNames(text));
  if (text.includes("です。")) out.push(...findKanaThenKanjiNames(text));
  const closing = closingName(text, extra);
  if (closing) add(closing, "cue:closing-name");
  if (/[A-Z]/.test(text)) out.push(...findSpelledRomaji(text, out));
  return out;
}

/**
 * えー、朝凪のわたなべです: a caller who opens with where they live (a word in kanji or katakana)
 * and の; the kana run before です then starts with the particle, and the household's surname
 * (a listed reading) after it.
 */
function afterPlaceParticle(text: string, run: NameRun | null): NameRun | null {
  if (!run || run.script !== "hiragana" || text[run.start] !== "の") return run;
  if (!SURNAME_READINGS.has(text.slice(run.start + 1, run.end))) return run;
  // 私のはやしです: after the caller's own possessive the kana opens with a particle.
  if (particleAfterPossessive(text, run.start + 1)) return run;
  const place = nameRunBefore(text, run.start);
  if (!place || place.script === "hiragana" || !opensIntro(text, place.start)) return run;
  return { start: run.start + 1, end: run.end, script: run.script };
}

const SELF_WORD_GLUED = /^(?:わたくし|あたくし|わたし|あたし)/u;

/** わたしうちだですけど: the caller's own わたし glued before a listed surname's reading. */
function afterSelfWord(text: string, run: NameRun | null): NameRun | null {
  if (!run || run.script !== "hiragana") return run;
  const self = SELF_WORD_GLUED.exec(text.slice(run.start, run.end))?.[0].length ?? 0;
  if (self === 0 || !SURNAME_READINGS.has(text.slice(run.start + self, run.end))) return run;
  return { start: run.start + self, end: run.end, script: run.script };
}

/** うちの犬の名前はハナです: a pet's name said before です after its name label. */
function petNamed(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 12), at);
  return /名前|なまえ/u.test(before) && isPetNameLabel(text, at, "名前");
}

/**
 * 利用者:雪かき用の… / 雪だるま: one kanji and the kana of an everyday compound (掻き, だるま, よけ)
 * make a word, not a given name and a particle.
 */
const KANA_COMPOUND_TAIL = /^(?:かき|だるま|よけ)/u;

function kanaCompound(text: string, run: NameRun): boolean {
  return run.end - run.start === 1 && KANA_COMPOUND_TAIL.test(text.slice(run.end, run.end + 3));
}
