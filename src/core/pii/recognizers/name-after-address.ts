import type { Candidate } from "../types";
import { toHiragana } from "./kana-names";
import { foundNameCandidate } from "./name-candidate";
import { isSurnameLike } from "./name-check";

/**
 * 雲雀野3丁目の22の5のささきです / 桜台2丁目の、9番の14の高峰です: a caller gives the address, then
 * the household's surname after の and a copula or a self-introduction's verb.
 */
const NAME_AFTER = new RegExp(
  "^の ?([\\u3400-\\u9fff々ヶ]{2,4}|[\\u3041-\\u3096]{2,6}|[\\u30a1-\\u30faー]{2,8})(?=です|でございます|と申し|と言い|といい)",
  "u",
);
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
    const match = NAME_AFTER.exec(text.slice(address.end, address.end + 16));
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
