import { codeAt } from "../text-tools";
import { GIVEN_KANJI, looksLikeGivenName } from "../name-kanji";
import {
  HIRAGANA_STOP_WORDS,
  KATAKANA_STOP_WORDS,
  NAME_STOP_WORDS,
  ORG_SUFFIX,
  PLACE_WORDS,
} from "../name-stop-words";
import { GIVEN_NAMES, GIVEN_READINGS, SURNAMES } from "../surnames";
import type { Candidate } from "../types";
import { BUILDING } from "./address-buildings";
import { toHiragana } from "./kana-names";
import { foundNameCandidate } from "./name-candidate";
import { hasNonNameKanji } from "./name-check";
import type { Finding } from "./name-kana-joins";
import type { NameRun } from "./name-runs";

/**
 * What may follow a given name: a particle, a copula (で before a pause goes on: 母は樋口ハツヨで、),
 * an honorific, a quote or a pause. A verb or a noun glued to the katakana (ハナコピー, トミカ) is
 * no end.
 */
const GIVEN_END =
  /^(?:[のがはもとに、。!?」() ]|です|でし|で[、 ]|って|さん|様|さま|ちゃん|くん|$)/u;
/** トメ, カマド, ツヤ子, キヨ: plain katakana (no ー, no small letters) and an old-name kanji ending. */
const PLAIN_KATAKANA = /^(?:(?![ィゥェォッャュョ])[ア-ロワヲンガ-ボ]){2,3}$/u;
const KANA_GIVEN = /^(?:[\p{Script=Katakana}ー]{1,3}|\p{Script=Hiragana}{1,3})[子代江美枝恵]$/u;
// 吉川 シゲ子様: the kanji ending may come before an honorific in kanji (not before 子供, 代金).
const KATAKANA_WORD =
  /^[\p{Script=Katakana}ー]{2,4}(?:[子代江美枝恵](?!(?![様殿氏])\p{Script=Han}))?/u;
const HAN_WORD = /^[\p{Script=Han}々]{1,4}$/u;

/** A word shaped like a given name: listed, kanji of given names, or an old-style kana name. */
export function isGivenWord(word: string): boolean {
  if (NAME_STOP_WORDS.has(word) || KATAKANA_STOP_WORDS.has(word) || BUILDING.test(word))
    return false;
  if (GIVEN_NAMES.has(word) || KANA_GIVEN.test(word)) return true;
  if (/^\p{Script=Katakana}/u.test(word))
    return GIVEN_READINGS.has(toHiragana(word)) || PLAIN_KATAKANA.test(word);
  if (/^\p{Script=Hiragana}/u.test(word)) return GIVEN_READINGS.has(word);
  if (looksLikeGivenName(word)) return true;
  return (
    word.length >= 2 &&
    word.length <= 3 &&
    !hasNonNameKanji(word) &&
    [...word].every((c) => GIVEN_KANJI.has(c))
  );
}

/**
 * A kanji word that may be a surname where a cue names a person: no place or office, and (unless a
 * given name is glued to it, as in 西表カマド) no paperwork kanji.
 */
function isSurnamePart(word: string, paperwork: boolean): boolean {
  return (
    HAN_WORD.test(word) &&
    !NAME_STOP_WORDS.has(word) &&
    !PLACE_WORDS.has(word) &&
    !ORG_SUFFIX.test(word) &&
    !(paperwork && hasNonNameKanji(word))
  );
}

/**
 * 母の鍛冶屋敷 トミと / 兄、道祖土 伸也と / 祖父の真栄城 朝徳の: after a relation word or a label, a
 * kanji word, a space and a given-name-shaped word are a full name, however rare the surname.
 */
export function spacedNameAfterCue(text: string, run: NameRun | null): Finding | null {
  if (!run || run.script !== "han") return null;
  const space = text.slice(run.start, run.end + 1).indexOf(" ") + run.start;
  if (space < run.start) return null;
  const surname = text.slice(run.start, space);
  const rest = text.slice(space + 1, space + 8);
  const given = /^[\p{Script=Han}々]+/u.test(rest)
    ? text.slice(space + 1, run.end)
    : (KATAKANA_WORD.exec(rest)?.[0] ?? /^\p{Script=Hiragana}{1,3}[子代江美枝恵]/u.exec(rest)?.[0]);
  // 井手 かよ子: a listed surname may end like an office or a group (手, 会).
  const surnameLike =
    (SURNAMES.has(surname) && !NAME_STOP_WORDS.has(surname)) || isSurnamePart(surname, true);
  if (!given || !surnameLike || !isGivenWord(given)) return null;
  const end = space + 1 + given.length;
  return GIVEN_END.test(text.slice(end, end + 2)) ? { start: run.start, end, known: false } : null;
}

/**
 * 祖母は薬師寺ハナ、/ おばあの西表カマドの / 菅原キヨは: a katakana given name glued to a kanji surname
 * found by a cue (or to the kanji run right after a relation word), ending at a particle or a pause.
 */
export function gluedKanaGivenName(text: string, start: number, end: number): number {
  const word = KATAKANA_WORD.exec(text.slice(end, end + 6))?.[0];
  if (!word || !isSurnamePart(text.slice(start, end), false)) return 0;
  if (!isGivenWord(word) || !GIVEN_END.test(text.slice(end + word.length, end + word.length + 2)))
    return 0;
  return word.length;
}

const GLUED_HIRAGANA = /^(\p{Script=Hiragana}{2,4}?)(?=[、。」 ]|です|でございます|と申|さん|$)/u;

/** 氏名:藤井あかり: a listed hiragana given name glued after `end`, said whole (not okurigana). */
export function gluedHiraganaGiven(text: string, end: number): boolean {
  const kana = GLUED_HIRAGANA.exec(text.slice(end, end + 10))?.[1];
  return !!kana && GIVEN_READINGS.has(kana);
}

/**
 * 母新垣ふみが / 娘は滝沢りおで: after a kin word a listed hiragana given name glued to a listed
 * surname, then a particle; its length, or 0.
 */
// Two-kana given names (ふみ, りお) are no listed readings (はる, ふみ are words too): glued between
// a listed surname and a particle they pass, unless a particle, an honorific or a postposition
// opens them (中川からです, 森さんで).
const KIN_GLUED_HIRAGANA =
  /^(?![がはをにでもとのへやかよ]|さん|さま|ちゃん|くん|たち|など|から|まで|より|だけ|ども|しか|こそ)(\p{Script=Hiragana}{2,3}?)(?=[、。 がはでのもと]|です|さん|ちゃん|$)/u;
export function gluedKinGivenLength(text: string, start: number, end: number): number {
  if (!SURNAMES.has(text.slice(start, end))) return 0;
  const kana = KIN_GLUED_HIRAGANA.exec(text.slice(end, end + 8))?.[1] ?? "";
  // 森いないです: a verb's or an adjective's ending is no name.
  if (!kana || HIRAGANA_STOP_WORDS.has(kana) || /(?:ない|たい|った|ます|てる|れる)$/u.test(kana))
    return 0;
  return kana.length;
}

/**
 * ふじ子 / とし江: two or three hiragana and a kanji ending, no kanji word after it (子供); one
 * hiragana is a particle (が代わりに), and an honorific or a particle pair opens no name.
 */
const GLUED_KANA_ENDING =
  /^(?!さん|さま|ちゃん|くん|たち|など|から|まで|より|だけ|ども|です|でし|には|とは|では|にも|への)\p{Script=Hiragana}{2,3}[子代江美枝恵](?![\p{Script=Han}々])/u;
/** Names found by a cue, continued over a glued katakana given name (see {@link gluedKanaGivenName}). */
export function extendGluedGivenNames(text: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const name of found) {
    const next = codeAt(text, name.end);
    // 小宮山すみれ、: a listed hiragana given name glued to a found kanji surname, said whole.
    const kana =
      next >= 0x3041 && next <= 0x3096
        ? GLUED_HIRAGANA.exec(text.slice(name.end, name.end + 10))
        : null;
    if (
      kana?.[1] &&
      name.type === "person_name" &&
      HAN_WORD.test(text.slice(name.start, name.end)) &&
      GIVEN_READINGS.has(kana[1]) &&
      isSurnamePart(text.slice(name.start, name.end), false)
    )
      out.push(
        foundNameCandidate(text, name.start, name.end + kana[1].length, "echo:glued-given-name"),
      );
    // 三宅ふじ子っていう: a hiragana given name with an old-style kanji ending, glued on.
    const ending =
      next >= 0x3041 && next <= 0x3096 && name.type === "person_name"
        ? GLUED_KANA_ENDING.exec(text.slice(name.end, name.end + 6))
        : null;
    if (ending && isSurnamePart(text.slice(name.start, name.end), false))
      out.push(
        foundNameCandidate(text, name.start, name.end + ending[0].length, "echo:glued-given-name"),
      );
    if (name.type !== "person_name" || next < 0x30a1 || next > 0x30fa) continue;
    if (!HAN_WORD.test(text.slice(name.start, name.end))) continue;
    const length = gluedKanaGivenName(text, name.start, name.end);
    if (length > 0)
      out.push(foundNameCandidate(text, name.start, name.end + length, "echo:glued-given-name"));
  }
  return out;
}
