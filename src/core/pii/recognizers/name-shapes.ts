import { execAll } from "../text-tools";
import { KATAKANA_STOP_WORDS } from "../name-stop-words";
import type { Finding } from "./name-kana-joins";
import type { NameRun } from "./name-runs";

/**
 * ローマ字, マイナ保険証: katakana glued to a kanji is a compound word, unless the kanji is an
 * honorific or ends a given name (トシ子, キヨ江).
 */
export function katakanaCompound(text: string, run: NameRun): boolean {
  return (
    run.script === "katakana" &&
    /^[\p{Script=Han}](?<![様氏殿君子代江美枝恵])/u.test(text[run.end] ?? "")
  );
}

/**
 * 東風見アンダーパス, 花筏グランコート: a kanji word glued to a loanword of four letters or more with
 * a long vowel mark is a place, a building or a facility (a kana given name glued to a surname is
 * short: 吉川シゲ子, 佐藤ユカリ).
 */
export function gluedLoanword(text: string, run: NameRun): boolean {
  if (run.script !== "han") return false;
  const word = LOANWORD_AFTER.exec(text.slice(run.end, run.end + 12))?.[0] ?? "";
  return word.length >= 4 && word.includes("ー");
}
const LOANWORD_AFTER = /^[\u30a1-\u30faー]+/u;

/** Two katakana words joined by ・, then the end of a self-introduction or an honorific. */
// ジョアン・ペレイラ・ダ・シルヴァ: more parts, short particles (ダ, デ, ド) between them.
const FOREIGN_FULL_NAME =
  /^[\p{Script=Katakana}ー]{2,}(?:・[\p{Script=Katakana}ー]+)*・[\p{Script=Katakana}ー]{2,}$/u;
const INTRODUCED =
  /^(?:です|でございます|と申|といい|って言い|さん|様|さま|の(?:妻|夫|母|父|息子|娘|家族|代理|かわり|代わり))/u;
/** A dotted katakana name starting a clause (the run may be longer than a name run allows). */
// …から来たタパ・マガル・ラジュです: or after a verb's past form; 楓谷区のアンナ・リーです: after
// where the caller lives; チャット)ユン・ソヨンです: after a channel's tag; 父ピーター・ホリスの: glued
// after a kin word (not the end of a longer word: 神父, 叔父 stay roles).
const DOTTED =
  /(?<=^|[、。!?「 )]|は|た|[区市町村]の|(?<!\p{Script=Han})(?:父|母|夫|妻|息子|娘|孫|兄|弟|姉|妹))[\p{Script=Katakana}ー]{2,10}(?:・[\p{Script=Katakana}ー]{1,10}){1,4}/gu;

const KIN_GLUED_BEFORE = /(?:^|[^\p{Script=Han}])(?:父|母|夫|妻|息子|娘|孫|兄|弟|姉|妹)$/u;

/** バトバヤル・ガントルガです / …・シルヴァの妻、: a foreign full name at the start of a clause. */
export function findForeignFullNames(text: string): Finding[] {
  const out: Finding[] = [];
  for (const match of execAll(DOTTED, text)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    // パソコン・スマートフォンです: loanwords listed with ・ before a bare です carry ー more often
    // than names do; a bare です takes only parts without it.
    if (/^です/u.test(text.slice(end)) && match[0].includes("ー")) continue;
    // ネパールから来たタパ・マガル・ラジュです: after a verb only a name of three parts or more,
    // unless the verb is 来た (…から来たタパ・ビシャルです: where the caller comes from, then who).
    if (
      text[start - 1] === "た" &&
      match[0].split("・").length < 3 &&
      !/[来き]た$/u.test(text.slice(start - 2, start))
    )
      continue;
    // 父ピーター・ホリスの: glued after a kin word, as in a note (母パソコン・スマホを買った: goods).
    const kin =
      text[end] !== "を" && KIN_GLUED_BEFORE.test(text.slice(Math.max(0, start - 3), start));
    const found = foreignFullName(text, { start, end, script: "katakana" }, kin);
    if (found) out.push(found);
  }
  return out;
}

/**
 * 私、オリヴェイラ・ルーカスです: after a relation word or the caller's 私, a foreign full name in
 * katakana (two words joined by ・) said as who someone is, though neither part is listed.
 */
/** 妻の ロドリゲス・アナ です / 父 キム・ドンヒョン、: after a kin word a particle or a pause ends it. */
// 父 ホセ・ルイス・ヒメネス 母 …: a household listed, the next kin word after a space.
const AFTER_KIN =
  /^ ?(?:[、。,!?がはのもとを]|です|$)| (?=(?:妻|夫|母|父|長男|長女|次男|次女|息子|娘|祖父|祖母|子) )/u;

export function foreignFullName(text: string, run: NameRun, kin = false): Finding | null {
  const value = text.slice(run.start, run.end);
  if (run.script !== "katakana" || !FOREIGN_FULL_NAME.test(value)) return null;
  if (value.split("・").some((part) => KATAKANA_STOP_WORDS.has(part))) return null;
  // 息子の ジョン・スミス です: speech recognition spaces the copula off.
  const after = text.slice(run.end, run.end + 6);
  return INTRODUCED.test(after.replace(/^ /u, "")) || (kin && AFTER_KIN.test(after))
    ? { start: run.start, end: run.end, known: false }
    : null;
}

/** 坂本トシ子, 山田キヨ江: a given name in kana with a kanji ending, right after a surname. */
const MIXED_GIVEN_NAME =
  /^(?:[\p{Script=Katakana}ー]{1,3}|[\p{Script=Hiragana}]{2,3})[子代江美枝恵]/u;

export function mixedGivenNameLength(text: string, found: Finding): number {
  // 母のハル子が: a kana given name found by a cue, then its kanji ending.
  if (/^[\p{Script=Katakana}\p{Script=Hiragana}ー]{1,3}$/u.test(text.slice(found.start, found.end)))
    return /^[子代江美枝恵](?![\p{Script=Han}])/u.test(text.slice(found.end, found.end + 2))
      ? 1
      : 0;
  if (!found.known || found.end - found.start > 3) return 0;
  if (!/^[\p{Script=Han}々]+$/u.test(text.slice(found.start, found.end))) return 0;
  return MIXED_GIVEN_NAME.exec(text.slice(found.end, found.end + 4))?.[0].length ?? 0;
}
