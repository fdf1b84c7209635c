import { codeAt, execAll } from "../text-tools";
import { GIVEN_KANJI, isNameShaped } from "../name-kanji";
import { KATAKANA_STOP_WORDS, NAME_STOP_WORDS, SURNAME_FINAL } from "../name-stop-words";
import { GIVEN_READINGS, SURNAME_READINGS, SURNAMES } from "../surnames";
import type { Candidate } from "../types";
import { foundNameCandidate } from "./name-candidate";
import { isOrdinaryWord } from "./name-check";
import { findNameEchoes } from "./name-echoes";
import { isListedGivenName } from "./kana-names";

/**
 * Names in shapes of forms, staff notes and explanations, read after the name recognizers:
 * - the given name after a found surname and a space (`祖母の篠原 キク`, `氏名:笹倉 美波`), or the
 *   surname before a found given name (`名前は宮園 遥斗`);
 * - the household named in 方書 (`方書: 河野方`, `方書は「早瀬方」`);
 * - a staff member after the section (`税務課の山辺です`, `担当:窓口 小牧`);
 * - a relative's full name in a note (`不在時は妻 戸部 まさみ へ`, `(長男 堀之内 大地)`);
 * - a surname explained kanji by kanji (`倉持の倉に`, `漢字は富永に、勲章の勲`);
 * - a reading field after a name label (`氏名(フリガナ):ハヤマ ミオ`);
 * - names in Latin letters after a relation or a field word (`my wife is Akemi Whitfield`,
 *   `姓が Ferreira、名が Lucas`, `Maria Santos Reyes po ako`);
 * - a one-kanji name said again before a particle (`光が、あ、うちの娘の光が`);
 * - a name spelled kana by kana, then said whole (`く、ら、も、ち、です。くらもち`).
 */
const HAN = "\\p{Script=Han}";
const GIVEN_AFTER_SPACE = new RegExp(
  `^ ((?:[${HAN}々]{1,3}|[\\p{Script=Katakana}ー]{2,5}|\\p{Script=Hiragana}{2,4}))(?=$|[ 、。,.()!?]|で|が|は|を|と|へ|から|さん|様|です|の[^${HAN}])`,
  "u",
);
/** 三宅キヨで / 宇野キクさん: two or three katakana after the surname, then a pause, particle or honorific. */
const GIVEN_GLUED_KATAKANA = new RegExp(
  `^([\\u30a1-\\u30fa]{2,3})(?=$|[ 、。,.()!?]|で|が|は|を|と|へ|から|さん|様|です|の[^${HAN}])`,
  "u",
);
const SURNAME_BEFORE_SPACE = new RegExp(`(?:^|[ 、。:(は])([${HAN}々ヶノ]{1,4}) $`, "u");
const KATAGAKI = new RegExp(
  `(?:方書|かたがき)(?:は|が)?[:: ]{0,2}「?([${HAN}々ヶ]{1,4})(?:様)?方(?![${HAN}])`,
  "gu",
);
// 担当の氷室が承ります / 税務課の林、林が担当いたします: the officer taking the call.
const STAFF = new RegExp(
  `(?:[課係室局]|センター|窓口)の ?([${HAN}々ヶ]{1,3})(?:です|と申します|でございます|、 ?\\1が)|担当[:: ]?(?:窓口|受付|係) ([${HAN}々ヶ]{2,3})(?=[ 、。]|$)|担当の ?([${HAN}々ヶ]{1,3})(?:が|です|と申します|でございます)(?=承|担当|対応|お受け|伺|ご案内|[、。]|$)`,
  "gu",
);
const STAFF_SURNAME_FINAL = new RegExp(`${SURNAME_FINAL.source.slice(0, -2)}辺部牧本口内元]$`, "u");
const KIN =
  "(?:妻|夫|長男|長女|次男|次女|三男|三女|父|母|祖父|祖母|息子|娘|兄|弟|姉|妹|孫|叔父|叔母|伯父|伯母|甥|姪)";
const KIN_NOTE = new RegExp(
  `${KIN}[ :]([${HAN}々ヶ]{1,3} (?:[${HAN}々]{1,3}|[\\p{Script=Katakana}ー]{2,5}|\\p{Script=Hiragana}{2,4}))(?=[ 、。)]|$)`,
  "gu",
);
/** 倉持の倉に、持つ: a name explained by its first kanji, then its second. */
const EXPLAINED_FIRST = new RegExp(`([${HAN}]{2,3})の([${HAN}])に、 ?([^。]{0,8})`, "gu");
/** 漢字は富永に、勲章の勲: the kanji of a name, listed piece by piece. */
const KANJI_LIST = new RegExp(`漢字は ?([${HAN}々]{2,3})(?:に|と)、`, "gu");
const READING_FIELD =
  /(?:氏名|名前|お名前)\((?:フリガナ|ふりがな|カナ|カタカナ)\)[::] ?([\p{Script=Katakana}ー]{2,8}(?: [\p{Script=Katakana}ー]{1,8})?)/gu;
const LATIN_WORD = "[A-Z][a-z]+(?:-[A-Z][a-z]+)?";
const LATIN_RELATION = new RegExp(
  `\\b(?:my|My|his|her|our) (?:wife|husband|son|daughter|mother|father|brother|sister|partner|child|grandmother|grandfather)(?:'s name)? is (${LATIN_WORD}(?: ${LATIN_WORD}){0,2})`,
  "gu",
);
// 件名: Re: / 題名: Fwd:: a bare 名 ending a longer word is another field (a mail's subject).
const LATIN_FIELD = new RegExp(
  `(?:姓|名字|苗字|(?<![${HAN}])名|下の名前|ファミリーネーム|ファーストネーム)(?:は|が|:) ?(${LATIN_WORD})(?![A-Za-z])`,
  "gu",
);
const TAGALOG_INTRO = new RegExp(`(${LATIN_WORD}(?: ${LATIN_WORD}){1,3}) po ako\\b`, "gu");
/** 名札に関根って書いて: the name on a staff member's badge. */
// 表札には岡と: the name on a door plate.
const NAME_BADGE = new RegExp(
  `(?:名札|表札)(?:に|には|は|で)、?「?([${HAN}々ヶ]{1,3})」?(?:って|と|さん)`,
  "gu",
);
/** 慧、さとし、って読む: a name and its reading. */
const READ_AS = new RegExp(
  `(?<![${HAN}])([${HAN}々]{1,3})[、 ] ?(\\p{Script=Hiragana}{2,6})[、 ]? ?(?:って|と)読`,
  "gu",
);
/** おとうさんはてつお: a relative's given name in hiragana. */
// Found at its は (a literal the regex engine skips to), the relative checked before it.
const KIN_KANA = /は ?(\p{Script=Hiragana}{2,5})(?=[、。]|です|$)/gu;
const KIN_BEFORE_HA =
  /(?:お?とうさん|お?かあさん|お父さん|お母さん|父|母|夫|妻|主人|息子|娘|兄|弟|姉|妹|祖父|祖母|おじいちゃん|おばあちゃん)(?:の名前)?$/u;
/** 私はプリヤ。: a foreign given name in katakana after 私は. */
const SELF_KATAKANA = /(?:私|わたし)は ?([\p{Script=Katakana}ー]{2,8})(?=。|です|$)/gu;
const FROM_ABROAD = /から来|出身|在留|留学|国籍|ビザ|実習生|外国/u;
/** 私、ネパールのラム・バハドゥル・タパです: a dotted katakana full name after 私. */
const SELF_DOTTED =
  /(?:私|わたし)(?:は、?|、) ?(?:[^。、]{1,8}の)?([\p{Script=Katakana}ー]{2,}(?:・[\p{Script=Katakana}ー]{2,}){1,3})(?=です|と申します|といいます)/gu;
/** ルーカス・フェレイラ: a dotted katakana name in a text where a Latin name was found. */
const DOTTED_KATAKANA =
  /(?<![\p{Script=Katakana}ー・])[\p{Script=Katakana}ー]{2,}(?:・[\p{Script=Katakana}ー]{2,}){1,2}(?![\p{Script=Katakana}ー・])(?=[。、 ]|です|$)/gu;
/** Cheap pre-checks: the fixed words each pattern needs. */
const LATIN_START = /^[A-Z][a-z]/;
const KATAKANA_GUARD = /[\u30a1-\u30fa]/;
const HAN_CHAR = /[\p{Script=Han}々ヶ]/u;
/**
 * The fixed words each pattern needs, found in one pass (group i is bit i - 1). BMP literals
 * without the u flag, which V8 scans much faster than the patterns themselves.
 */
const CUE_WORDS = new RegExp(
  [
    "方書|かたがき",
    "[課係室局]の|センターの|窓口の|担当",
    `${KIN}[ :]`,
    "の[\u4e00-\u9fff]に、",
    "漢字",
    "\\((?:フリガナ|ふりがな|カナ|カタカナ)\\)",
    "[A-Z][a-z]",
    "名札|表札",
    "読",
    "さんは|ちゃんは|[父母夫妻人子娘兄弟姉妹]は|名前は",
    "私|わたし",
  ]
    .map((words) => `(${words})`)
    .join("|"),
  "g",
);
const KATAGAKI_CUE = 1 << 0;
const STAFF_CUE = 1 << 1;
const KIN_NOTE_CUE = 1 << 2;
const EXPLAINED_CUE = 1 << 3;
const KANJI_CUE = 1 << 4;
const READING_FIELD_CUE = 1 << 5;
const LATIN_CUE = 1 << 6;
const BADGE_CUE = 1 << 7;
const READ_CUE = 1 << 8;
const KIN_KANA_CUE = 1 << 9;
const SELF_CUE = 1 << 10;

function cueWords(text: string): number {
  let bits = 0;
  CUE_WORDS.lastIndex = 0;
  for (let match = CUE_WORDS.exec(text); match; match = CUE_WORDS.exec(text)) {
    for (let group = 1; group < match.length; group += 1)
      if (match[group] !== undefined) bits |= 1 << (group - 1);
  }
  return bits;
}
const ONE_KANJI_ECHO_AFTER = /^(?:が|は|の|を|も|に|と|から|です|、|。)/u;
const SPELLED = /^(?:\p{Script=Hiragana}、 ?){2,7}\p{Script=Hiragana}$/u;

/** A listed given name written in katakana (トメ, キク) or a listed given name's reading. */
function isKatakanaGiven(word: string): boolean {
  if (KATAKANA_STOP_WORDS.has(word)) return false;
  return isListedGivenName(word);
}

export function completeNames(
  text: string,
  found: readonly Candidate[],
  extra: readonly string[],
): Candidate[] {
  const out: Candidate[] = [];
  const names: Candidate[] = [];
  for (const candidate of found) if (candidate.type === "person_name") names.push(candidate);
  // Which cue words the text holds, in one pass; without a name found, only they start one.
  const cues = cueWords(text);
  if (names.length === 0 && cues === 0) return out;
  for (const name of names) {
    const value = text.slice(name.start, name.end);
    if (value.includes(" ")) continue;
    if (codeAt(text, name.end) === 32 && isSurnameLike(value, extra)) {
      const given = GIVEN_AFTER_SPACE.exec(text.slice(name.end, name.end + 8));
      // 氏名:笹倉 美波 / 本庄 崇、本庄 梓: after a surname found by a cue, any short given name.
      const cued = name.evidence.startsWith("cue:") || name.evidence.startsWith("echo:");
      const word = given?.[1] ?? "";
      const fits = /^\p{Script=Hiragana}+$/u.test(word)
        ? GIVEN_READINGS.has(word)
        : !NOT_HAN_GIVEN.test(word) && (isGivenLike(word) || (cued && isShortHanGiven(word)));
      if (given && fits)
        out.push(
          foundNameCandidate(text, name.start, name.end + given[0].length, "complete:given"),
        );
    }
    const next = codeAt(text, name.end);
    if (next >= 0x30a1 && next <= 0x30fa && isSurnameLike(value, extra)) {
      const glued = GIVEN_GLUED_KATAKANA.exec(text.slice(name.end, name.end + 8));
      const word = glued?.[1] ?? "";
      // 母は三宅キヨで: an old given name written in katakana, glued to the surname a cue found.
      if (glued && name.evidence.startsWith("cue:") && isKatakanaGiven(word))
        out.push(foundNameCandidate(text, name.start, name.end + word.length, "complete:given"));
    }
    if (codeAt(text, name.start - 1) === 32 && isGivenLike(value)) {
      const surname = SURNAME_BEFORE_SPACE.exec(
        text.slice(Math.max(0, name.start - 7), name.start),
      );
      const word = surname?.[1] ?? "";
      const cued = name.evidence.startsWith("cue:");
      if (word && (knownSurname(word, extra) || (cued && isSurnameLike(word, extra))))
        out.push(
          foundNameCandidate(text, name.start - word.length - 1, name.end, "complete:surname"),
        );
    }
  }
  if (cues & KATAGAKI_CUE) push(out, text, KATAGAKI, "cue:katagaki", extra, true);
  if (cues & STAFF_CUE) {
    // 市民課の場合です: after a section, only a word ending like a surname (山辺, 小牧).
    for (const match of execAll(STAFF, text)) {
      const word = match[1] ?? match[2] ?? match[3] ?? "";
      // 担当の氷室が承ります: the desk's own words make any surname-like word a name.
      const taking = match[3] !== undefined && word.length >= 2 && isSurnameLike(word, extra);
      if (
        !taking &&
        !knownSurname(word, extra) &&
        !(STAFF_SURNAME_FINAL.test(word) && isSurnameLike(word, extra))
      )
        continue;
      const start = (match.index ?? 0) + match[0].indexOf(word);
      out.push(foundNameCandidate(text, start, start + word.length, "cue:staff-section"));
    }
  }
  for (const match of cues & KIN_NOTE_CUE ? execAll(KIN_NOTE, text) : []) {
    // 夫妻 / 長男: the kin word is a word of its own.
    if (HAN_CHAR.test(text[(match.index ?? 0) - 1] ?? "")) continue;
    const value = match[1] ?? "";
    const [head = "", given = ""] = value.split(" ");
    // 父 大手 メーカー 勤務: a surname, then a given name (katakana ones do not end in ー).
    if (!(knownSurname(head, extra) || isSurnameLike(head, extra))) continue;
    const kana = /^[\p{Script=Katakana}ー]+$/u.test(given);
    if (
      kana
        ? given.endsWith("ー") || KATAKANA_STOP_WORDS.has(given)
        : !isGivenLike(given) && !isShortHanGiven(given)
    )
      continue;
    const start = (match.index ?? 0) + match[0].indexOf(value);
    out.push(foundNameCandidate(text, start, start + value.length, "cue:kin-note"));
  }
  if (cues & EXPLAINED_CUE) {
    for (const match of execAll(EXPLAINED_FIRST, text)) {
      const word = match[1] ?? "";
      if (match[2] !== word[0] || !(match[3] ?? "").includes(word[1] ?? "")) continue;
      if (!isNameShaped(word) || isOrdinaryWord(word)) continue;
      const start = match.index ?? 0;
      out.push(foundNameCandidate(text, start, start + word.length, "cue:explained-first"));
    }
  }
  if (cues & KANJI_CUE) push(out, text, KANJI_LIST, "cue:kanji-list", extra, true);
  if (cues & READING_FIELD_CUE) push(out, text, READING_FIELD, "cue:reading-field", extra, false);
  if (cues & LATIN_CUE) {
    push(out, text, LATIN_RELATION, "cue:latin-relation", extra, false);
    push(out, text, LATIN_FIELD, "cue:latin-field", extra, false);
    push(out, text, TAGALOG_INTRO, "cue:latin-intro", extra, false);
  }
  if (cues & BADGE_CUE) push(out, text, NAME_BADGE, "cue:name-badge", extra, true);
  if (cues & READ_CUE) {
    for (const match of execAll(READ_AS, text)) {
      const word = match[1] ?? "";
      const reading = match[2] ?? "";
      if (!isGivenLike(word) && !isSurnameLike(word, extra)) continue;
      if (!isGivenLike(reading)) continue;
      const start = match.index ?? 0;
      out.push(foundNameCandidate(text, start, start + word.length, "cue:read-as"));
      const at = start + match[0].indexOf(reading, word.length);
      out.push(foundNameCandidate(text, at, at + reading.length, "cue:read-as"));
    }
  }
  for (const match of cues & KIN_KANA_CUE ? execAll(KIN_KANA, text) : []) {
    const ha = match.index ?? 0;
    if (!KIN_BEFORE_HA.test(text.slice(Math.max(0, ha - 8), ha))) continue;
    const reading = match[1] ?? "";
    if (!GIVEN_READINGS.has(reading) && !SURNAME_READINGS.has(reading)) continue;
    const at = (match.index ?? 0) + match[0].length - reading.length;
    out.push(foundNameCandidate(text, at, at + reading.length, "cue:kin-kana"));
  }
  if (KATAKANA_GUARD.test(text)) {
    const self = (cues & SELF_CUE) !== 0;
    // 私はパートです: a katakana word after 私は is a name only where the caller came from abroad.
    const abroad = self && FROM_ABROAD.test(text);
    for (const match of abroad ? execAll(SELF_KATAKANA, text) : []) {
      const word = match[1] ?? "";
      if (KATAKANA_STOP_WORDS.has(word) || NAME_STOP_WORDS.has(word)) continue;
      const at = (match.index ?? 0) + match[0].length - word.length;
      out.push(foundNameCandidate(text, at, at + word.length, "cue:self-katakana"));
    }
    if (self && text.includes("・")) push(out, text, SELF_DOTTED, "cue:self-dotted", extra, false);
    const latin = (name: Candidate): boolean => LATIN_START.test(text.slice(name.start, name.end));
    if (names.some(latin) || out.some(latin)) {
      for (const match of execAll(DOTTED_KATAKANA, text)) {
        const at = match.index ?? 0;
        out.push(foundNameCandidate(text, at, at + match[0].length, "echo:latin-in-katakana"));
      }
    }
  }
  out.push(...kanaGivenAfterComma(text, names));
  if (names.length > 0 || out.length > 0) {
    out.push(...oneKanjiEchoes(text, names, out), ...spelledThenWhole(text, names));
  }
  // 本人(夫) 戸部 … 妻 戸部 まさみ: a name found here, said again elsewhere in the text.
  const said = out.filter((candidate) => candidate.evidence.startsWith("cue:"));
  if (said.length > 0) out.push(...findNameEchoes(text, said));
  return out;
}

function push(
  out: Candidate[],
  text: string,
  pattern: RegExp,
  evidence: string,
  extra: readonly string[],
  surname: boolean,
): void {
  for (const match of execAll(pattern, text)) {
    const value = match[1] ?? match[2] ?? "";
    if (!value) continue;
    if (surname && !isSurnameLike(value, extra)) continue;
    if (!surname && /[\p{Script=Han}]/u.test(value)) {
      const head = value.split(" ")[0] ?? "";
      if (!knownSurname(head, extra) && !isNameShaped(head)) continue;
    }
    const start = (match.index ?? 0) + match[0].indexOf(value);
    out.push(foundNameCandidate(text, start, start + value.length, evidence));
  }
}

function knownSurname(word: string, extra: readonly string[]): boolean {
  return SURNAMES.has(word) || extra.includes(word);
}

function isSurnameLike(word: string, extra: readonly string[]): boolean {
  return knownSurname(word, extra) || (isNameShaped(word) && !isOrdinaryWord(word));
}

/** Words spoken after a name that are no given name (spaced by speech recognition). */
const NOT_KANA_GIVEN =
  /^(?:です|でした|ですね|ですか|でして|さん|さま|ちゃん|くん|じゃ|じゃな|って|という|といい|から|まで|など|より|なの|なん|だけ|ほう|かた|ほか|ます|ない|いう|ため|こと|もの|です|ござい)/u;

function isGivenLike(word: string): boolean {
  if (/^\p{Script=Hiragana}+$/u.test(word))
    return !NAME_STOP_WORDS.has(word) && !NOT_KANA_GIVEN.test(word);
  if (/^[\p{Script=Katakana}ー]+$/u.test(word)) return !NAME_STOP_WORDS.has(word);
  return [...word].every((c) => GIVEN_KANJI.has(c) || c === "々") && !isOrdinaryWord(word);
}

/** Honorifics and words after a name written with one kanji (様, 氏, 宛, 宅). */
const NOT_HAN_GIVEN = /^[様氏殿君宛宅方御]/u;

function isShortHanGiven(word: string): boolean {
  return (
    /^[\p{Script=Han}々]{1,2}$/u.test(word) && !NOT_HAN_GIVEN.test(word) && !isOrdinaryWord(word)
  );
}

/** もりした、まゆみ: a surname in hiragana, a pause, then a listed given name's reading. */
function kanaGivenAfterComma(text: string, names: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const name of names) {
    if (text[name.end] !== "、") continue;
    if (!/^\p{Script=Hiragana}{2,6}$/u.test(text.slice(name.start, name.end))) continue;
    const given = /^、 ?(\p{Script=Hiragana}{2,5})(?=[、。]|です|$)/u.exec(
      text.slice(name.end, name.end + 9),
    );
    if (!given?.[1] || !GIVEN_READINGS.has(given[1])) continue;
    out.push(
      foundNameCandidate(text, name.start, name.end + given[0].length, "complete:kana-given"),
    );
  }
  return out;
}

/** 光が、あ、うちの娘の光が: a one-kanji name found once, said again before a particle. */
function oneKanjiEchoes(
  text: string,
  found: readonly Candidate[],
  added: readonly Candidate[],
): Candidate[] {
  const out: Candidate[] = [];
  let singles: Set<string> | null = null;
  for (const names of [found, added]) {
    for (const name of names) {
      if (name.end - name.start !== 1) continue;
      const value = text[name.start] ?? "";
      if (/^[\p{Script=Han}]$/u.test(value)) (singles ??= new Set()).add(value);
    }
  }
  if (!singles) return out;
  const covers = (at: number) => (name: Candidate) => name.start <= at && at < name.end;
  for (const value of singles) {
    for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
      if (found.some(covers(at)) || added.some(covers(at))) continue;
      if (/[\p{Script=Han}々ヶ]/u.test(text[at - 1] ?? "")) continue;
      if (!ONE_KANJI_ECHO_AFTER.test(text.slice(at + 1, at + 3))) continue;
      out.push(foundNameCandidate(text, at, at + 1, "echo:one-kanji"));
    }
  }
  return out;
}

/** く、ら、も、ち、です。くらもち: a name spelled kana by kana, then said whole. */
function spelledThenWhole(text: string, names: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const name of names) {
    if (text[name.start + 1] !== "、") continue;
    const value = text.slice(name.start, name.end);
    if (!SPELLED.test(value)) continue;
    const whole = value.replace(/[、 ]/gu, "");
    for (let at = text.indexOf(whole); at >= 0; at = text.indexOf(whole, at + 1)) {
      if (/\p{Script=Hiragana}/u.test(text[at + whole.length] ?? "")) continue;
      if (/\p{Script=Hiragana}/u.test(text[at - 1] ?? "") && text[at - 1] !== "は") continue;
      out.push(foundNameCandidate(text, at, at + whole.length, "echo:spelled-whole"));
    }
  }
  return out;
}
