import type { Candidate } from "../types";
import { toHiragana } from "./kana-names";
import { foundNameCandidate } from "./name-candidate";
import { isSurname, isSurnameLike } from "./name-check";

/**
 * 雲雀野3丁目の22の5のささきです / 桜台2丁目の、9番の14の高峰です: a caller gives the address, then
 * the household's surname after の and a copula or a self-introduction's verb.
 */
const NAME_AFTER = new RegExp(
  "^の ?([\\u3400-\\u9fff々ヶ]{2,4}|[\\u3041-\\u3096]{2,6}|[\\u30a1-\\u30faー]{2,8})(?=です|でございます|と申し|と言い|といい)",
  "u",
);
/**
 * 羽衣2丁目8番14号の林です: a one-kanji surname after a full house number (番, 号 or a last digit),
 * when it is a listed surname and not a word for a side or a corner (の北です, の角です).
 */
const ONE_KANJI_AFTER = /^の ?([\u3400-\u9fff])(?=です|でございます|と申し|と言い|といい)/u;
const HOUSE_NUMBER_END = /(?:[0-9]|号|番地?)$/u;
const NOT_ONE_KANJI_HOUSEHOLD = /^[東西南北前後横裏角奥隣上下中先端脇側表向]$/u;
/** Kana readings of surnames that are also words for a direction or a side (の、きたです). */
const NOT_HOUSEHOLD = /^(?:きた|みなみ|ひがし|にし|むかい|うら|まえ|よこ)$/u;

/** Surnames said right after an address found in the same text (`found` holds the addresses). */
export function findNamesAfterAddresses(
  text: string,
  found: readonly Candidate[],
  extra: ReadonlySet<string>,
): Candidate[] {
  const out: Candidate[] = [];
  for (const address of found) {
    if (address.type !== "address" || text[address.end] !== "の") continue;
    const after = text.slice(address.end, address.end + 16);
    const match =
      NAME_AFTER.exec(after) ?? oneKanjiAfter(after, text.slice(address.start, address.end), extra);
    const word = match?.[1] ?? "";
    if (!match || !isHousehold(word, extra)) continue;
    const start = address.end + match[0].length - word.length;
    if (
      found.some(
        (c) => c.type === "person_name" && c.start <= start && start + word.length <= c.end,
      )
    )
      continue;
    out.push(foundNameCandidate(text, start, start + word.length, "cue:name-after-address"));
  }
  return out;
}

/** A surname, and not a kana word for a direction or a side (の、きたです). */
function isHousehold(word: string, extra: ReadonlySet<string>): boolean {
  return isSurnameLike(word, extra) && !NOT_HOUSEHOLD.test(toHiragana(word));
}

function oneKanjiAfter(
  after: string,
  address: string,
  extra: ReadonlySet<string>,
): RegExpExecArray | null {
  const match = ONE_KANJI_AFTER.exec(after);
  const word = match?.[1] ?? "";
  if (!match || !HOUSE_NUMBER_END.test(address) || NOT_ONE_KANJI_HOUSEHOLD.test(word)) return null;
  return isSurname(word, extra) ? match : null;
}
