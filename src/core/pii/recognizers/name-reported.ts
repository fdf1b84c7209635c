import { execAll } from "../text-tools";
import type { Candidate } from "../types";
import { collectNames, extraSurnameSet } from "./name-candidate";
import { PLACE_HOMOGRAPHS } from "../surnames";
import { isOrdinaryWord, isSurname, isSurnameLike } from "./name-check";

// Kana as short as the cue after it allows (すずきだって: すずき, not すずきだ).
const WORD = "([\\u3400-\\u9fff々ヶ]{1,4}|[\\u3041-\\u3096]{2,6}?|[\\u30a1-\\u30faー]{2,8})";

/**
 * 名前聞いたら松井って言ってた / 名前を尋ねたら、すずきだと: the name someone gave when asked for it,
 * reported by the caller (a visitor, a caller claiming to be staff).
 */
const ASKED_NAME = new RegExp(
  `(?:名前|名字|苗字)(?:を|は)?[、 ]?(?:聞いたら|きいたら|聞くと|きくと|尋ねたら|たずねたら)[、 ]?${WORD}(?=って|と(?:言|い|名乗)|だって|だと|です(?:って|と))`,
  "gu",
);
/** 離婚して名字が変わった / 旧姓: the text is about a change of surname. */
const SURNAME_CHANGED = /(?:名字|苗字|姓)(?:が|も)?変わ|旧姓/u;
/** 結婚して / 離婚で / 婚姻届: the text is about a marriage or a divorce. */
const MARRIAGE = /結婚|離婚|婚姻/u;
/** 住所が / 引っ越して: what changed is where someone lives. */
const MOVED = /住所|住まい|引っ越|引越|転居|転入|転出|勤務地|職場|会社/u;
/** 今は有馬で、前は三宅でした: the surname now and the one before the change. */
const CHANGED_SURNAME = new RegExp(
  `(?:今|いま|現在|前|以前|元|もと|結婚前|離婚前)は ?${WORD}(?=でした|だった|です|で[、。 ]|に(?:なり|変わ|なっ))`,
  "gu",
);

/**
 * 結婚して佐々木から名字が変わった / 山本から森に変わりました: the surname a change started from (and
 * the one it led to), in kanji or katakana.
 */
const CHANGED_FROM = new RegExp(
  `(?<![\\u3400-\\u9fff々ヶ\\u30a1-\\u30faー])([\\u3400-\\u9fff々ヶ]{1,4}|[\\u30a1-\\u30faー]{2,8})から ?(?:(?:名字|苗字|姓)(?:が|も)? ?変わ|([\\u3400-\\u9fff々ヶ]{1,4}|[\\u30a1-\\u30faー]{2,8})に ?(?:変わ|なり|なっ))`,
  "gu",
);

/**
 * Surnames reported rather than introduced: the name a person gave when asked for it, and the
 * surnames before and after a change of surname (a listed surname, a name-shaped kanji word, or a
 * listed surname's reading in kana).
 */
export function findReportedNames(
  text: string,
  found: readonly Candidate[],
  extraSurnames: readonly string[],
): Candidate[] {
  const asked = /聞いたら|きいたら|聞くと|きくと|尋ねたら|たずねたら/u.test(text);
  const changed = SURNAME_CHANGED.test(text);
  // 結婚して占部から本村に変わった: a marriage or a divorce is a change of surname too, said with
  // both surnames (only the from-to form is read there).
  const married = !changed && MARRIAGE.test(text);
  if (!asked && !changed && !married) return [];
  const { out, push } = collectNames(text, found);
  const extra = extraSurnameSet(extraSurnames);
  for (const pattern of [...(asked ? [ASKED_NAME] : []), ...(changed ? [CHANGED_SURNAME] : [])]) {
    for (const match of execAll(pattern, text)) {
      const word = match[1] ?? "";
      if (!isSurnameLike(word, extra)) continue;
      const start = (match.index ?? 0) + match[0].length - word.length;
      push(start, start + word.length, "cue:reported-name");
    }
  }
  // After a marriage alone only listed surnames that no town shares, and no move: 結婚して住所が
  // 福岡から熊本に変わりました is where the couple lives.
  const surnameLike = (word: string): boolean =>
    changed
      ? isSurnameLike(word, extra)
      : isSurname(word, extra) && !isOrdinaryWord(word) && !PLACE_HOMOGRAPHS.has(word);
  for (const match of (changed || married) && text.includes("から")
    ? execAll(CHANGED_FROM, text)
    : []) {
    const start = match.index ?? 0;
    if (!changed && MOVED.test(text.slice(Math.max(0, start - 12), start))) continue;
    const before = match[1] ?? "";
    const after = match[2] ?? "";
    if (surnameLike(before)) push(start, start + before.length, "cue:reported-name");
    const at = start + match[0].indexOf(after, before.length + 2);
    if (after && surnameLike(after)) push(at, at + after.length, "cue:reported-name");
  }
  return out;
}
