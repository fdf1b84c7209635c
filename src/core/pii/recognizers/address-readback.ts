import { execAll } from "../text-tools";
import type { Candidate } from "../types";
import { kanaWordsValue } from "./kana-numbers";
import { toHiragana } from "./kana-names";

/** One spoken number word (a digit or a unit), as callers read block numbers in kana. */
export const KANA_NUMBER_WORD =
  "(?:いち|にい|にー|に|さん|よん|しー|し|ごー|ご|ろく|なな|しち|はち|きゅう|きゅー|く|じゅう|じゅっ|ひゃく|びゃく|ぴゃく|ぜろ|れい|まる)";
const WORD = KANA_NUMBER_WORD;
const KANA_NUMBER = `${WORD}{1,8}`;
const SEP = "(?:の|ー|-|、| )";
/**
 * 住所は西ノ浦町3の21です、はい、さんのにじゅういち: a caller (or the staff member reading back) says
 * the block numbers of an address found in the same text again in kana. Taken only when every
 * number said equals the address's last numbers, in order.
 */
const READ_BACK = new RegExp(
  `(?<![\\p{Script=Hiragana}])${KANA_NUMBER}(?:${SEP}${KANA_NUMBER}){1,3}(?![\\p{Script=Hiragana}](?<![でのね]))`,
  "gu",
);
const WORD_RE = new RegExp(WORD, "gu");
const SEP_RE = new RegExp(SEP, "u");
const WINDOW = 60;
/** A number read in kana: with units (にじゅういち → 21) or digit by digit (にーまるよん → 204). */
export function readKanaNumber(word: string): number {
  return kanaWordsValue(word.match(WORD_RE) ?? []);
}

export function findAddressReadBacks(text: string, addresses: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  if (addresses.length === 0) return out;
  for (const address of addresses) {
    const numbers = (text.slice(address.start, address.end).match(/[0-9]+/gu) ?? []).map(Number);
    if (numbers.length < 2) continue;
    // The read-back follows the address closely; the window keeps long texts linear.
    const from = Math.max(0, address.end - 1);
    const window = toHiragana(text.slice(from, address.end + WINDOW));
    for (const match of execAll(READ_BACK, window)) {
      const said = match[0].split(SEP_RE).map(readKanaNumber);
      const tail = numbers.slice(-said.length);
      if (said.length > numbers.length || said.some((n, i) => n !== tail[i])) continue;
      const start = from + (match.index ?? 0);
      if (start < address.end) continue;
      out.push({
        type: "address",
        start,
        end: start + match[0].length,
        score: 0.7,
        evidence: "echo:address-read-back",
        key: address.key,
      });
    }
  }
  return out;
}
