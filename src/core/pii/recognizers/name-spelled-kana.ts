import { execAll } from "../text-tools";
import { SURNAME_READINGS } from "../surnames";
import type { Candidate } from "../types";
import { toHiragana } from "./kana-names";

/**
 * わ、た、ぬ、き / ワ・タ・ヌ・キ: a name spelled one kana at a time (two only after a label); the
 * particle after the last letter is no letter (ト モ ミです, リ ンでお願いします).
 */
const SPELLED =
  /(?<=^|[、,。 ])(?:[\p{Script=Hiragana}\p{Script=Katakana}][、,・ ]){1,11}[\p{Script=Hiragana}\p{Script=Katakana}](?!(?![でとを])[\p{Script=Hiragana}\p{Script=Katakana}ー])/gu;
/** A name label right before the spelling (名前は、わ、た、…). */
const LABEL_BEFORE =
  /(?:名前|なまえ|名字|苗字|氏名|フリガナ|ふりがな)(?:のほう)?(?:は|が|:)?[、 ]?(?:えーと|えっと|えー)?[、 ]?$/u;

/**
 * Names spelled kana by kana: the letters joined are a name found elsewhere in the turn
 * (わ、た、ぬ、き … わたぬきと読みます), a known surname reading, or follow a name label.
 */
export function findSpelledKanaNames(text: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  if (!/[、,・ ][\p{Script=Hiragana}\p{Script=Katakana}][、,・ ]/u.test(text)) return out;
  const keys = new Set(found.filter((c) => c.type === "person_name").map((c) => toHiragana(c.key)));
  for (const match of execAll(SPELLED, text)) {
    const start = match.index ?? 0;
    const labelled = LABEL_BEFORE.test(text.slice(Math.max(0, start - 10), start));
    // リ ン: two letters are a spelling only right after a name label.
    if (match[0].length < 5 && (!labelled || /^[もはがのをにとでや]/u.test(match[0]))) continue;
    const joined = toHiragana(match[0].replace(/[、,・ ]/gu, ""));
    // たなか、た・な・か: the word said just before its spelling is the name said whole (nobody
    // spells an ordinary word), listed or not.
    const said =
      /(?:^|[、。 ])([\p{Script=Hiragana}\p{Script=Katakana}ー]{3,12})[、, ]{1,2}$/u.exec(
        text.slice(Math.max(0, start - 16), start),
      );
    const word = said?.[1] && toHiragana(said[1]) === joined ? said[1] : "";
    if (!word && !keys.has(joined) && !SURNAME_READINGS.has(joined) && !labelled) continue;
    out.push(spelled(start, start + match[0].length, joined));
    if (word) {
      const from = start - (said?.[0].length ?? 0) + (said?.[0].indexOf(word) ?? 0);
      out.push(spelled(from, from + word.length, joined));
    }
  }
  return out;
}

function spelled(start: number, end: number, key: string): Candidate {
  return { type: "person_name", start, end, score: 0.7, evidence: "cue:spelled-kana", key };
}
