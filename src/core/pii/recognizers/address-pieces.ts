import { execAll } from "../text-tools";
import type { Candidate } from "../types";
import { KANA_NUMBER_WORD } from "./address-readback";

/**
 * Addresses said piece by piece: the town, a pause, then 丁目, then 番 and 号 (`汐見台、えっと、
 * 三丁目の、十二番の、五号`), a rural 大字 and its 字 said apart (`大字上松、字中原1147番地`), a
 * building and its room after the block (`…22番、ハイム鷺沼の、302`), a room read digit by digit
 * (`…パークハウス、いちまるまるはち`). Post-processing over the address candidates found: pieces
 * next to them grow them, and two found pieces with only a pause between are joined.
 */

/** A pause between pieces: punctuation, fillers (えっと, ほら, あの). */
const PAUSE = "(?:[、,。 ]|\\.{3}|…|えっとね|えっと|えーと|ええと|えー|あのー|あの|ほら|で、)";
const PAUSE_ONLY = new RegExp(`^(?:${PAUSE}){1,6}$`, "u");
const KANJI_NUMBER = "[〇一二三四五六七八九十百]{1,5}";
const KANA_NUMBER = `${KANA_NUMBER_WORD}{1,6}`;
// とお番: ten said alone before its counter.
const NUMBER = `(?:[0-9]{1,4}|${KANJI_NUMBER}|${KANA_NUMBER}|とお(?=番|ばん))`;
/** A 番 or 号 piece said after the block before it (`の、十二番の、五号`, `、二十番の一`). */
const BLOCK_PIECE = new RegExp(
  `^(?:の)?(?:${PAUSE}){0,3}(${NUMBER}(?:番地|ばんち|番|ばん|号|ごう)(?:(?:の|-)(?:${PAUSE}){0,2}${NUMBER}(?:号|ごう)?)?)`,
  "u",
);
/** After a 番地 or 番: the last number alone (`十四番地の、ろく`, `22番の5`). */
const LAST_NUMBER = new RegExp(`^(?:の|-)(?:${PAUSE}){0,2}(${NUMBER})`, "u");
/** Not a piece: a floor, a count, money, a time (`の、5階`, `、3人`). */
const UNIT_AFTER =
  /^\s?(?:円|件|人|名|回|歳|才|時|分|日|月|年|%|階|個|枚|号車|号線|号館|番目|番線|番窓口|桁)/u;
/** A room read digit by digit in kana (`いちまるまるはち`), or written (`、302`). */
const ROOM_AFTER = new RegExp(
  `^(?:の)?[、 ]{1,2}((?:いち|に|さん|よん|ご|ろく|なな|はち|きゅう|まる|ぜろ|れい){3,4}|[1-9][0-9]{2,3}(?:号室)?)(?![\\p{Script=Hiragana}0-9番-](?<![でのね]))`,
  "u",
);
/** A building after the block with only words between: `…3-8の、ほら、あの古いアパートの201`. */
// …二号のアパート、パレス蛍川の201: the kind of building, then its name, then the room.
const BUILDING_ROOM_AFTER =
  /^の?(?:[、 ]|ほら|あの|えっと|えーと){0,6}[^。、0-9]{0,8}?(?:アパート|マンション|ハイツ|コーポ|団地|荘|寮|ハウス|レジデンス)(?:[、 ]?\p{Script=Katakana}[\p{Script=Katakana}ー\p{Script=Han}]{1,11}?)?の?[、 ]?([1-9][0-9]{2,3}(?:号室)?)(?![0-9])/u;
/** …蛍川第二コーポ、C棟の305: a wing and room after a building's name. */
const WING_ROOM_AFTER = /^[、 ]?[A-Z0-9]{1,2}号?棟の?[、 ]?[1-9][0-9]{2,3}(?:号室|号)?(?![0-9])/u;
const ENDS_WITH_BLOCK = /(?:丁目|ちょうめ|番地|ばんち|番|号|[0-9]|[〇一二三四五六七八九十])$/u;
const ENDS_WITH_LOT = /(?:番地?|ばんち)$/u;
const ENDS_WITH_TOWN = /[\p{Script=Han}ヶ々ノ]$/u;
/** A lot number with its counter said in kana after a town: `中町、ごひゃくさんじゅうにばんち`. */
const KANA_LOT = new RegExp(
  `^(?:${PAUSE}){0,3}(${KANA_NUMBER}(?:ばんち|ばん)(?:の${KANA_NUMBER})?)(?![\\p{Script=Hiragana}](?<![でのね]))`,
  "u",
);
/** 番地が、じゅうななばんち: a lot answered in kana after its label, once an address is said. */
const LABELLED_KANA_LOT = new RegExp(
  `番地(?:は|が)[、 ]?(${KANA_NUMBER}ばんち)(?![\\p{Script=Hiragana}](?<![でのね]))`,
  "gu",
);
const MAX_GROW = 4;
const ENDS_WITH_CHOME = /(?:丁目|ちょうめ)$/u;
const LOT_START = /^(?:[0-9]{1,4}|[〇一二三四五六七八九十百]{1,5}) ?(?:番地?|ばんち)/u;
const LANDMARK_GAP = /^の?[、 ][^。0-9]{0,16}[の、 ]$/u;

export function joinAddressPieces(text: string, found: readonly Candidate[]): Candidate[] {
  const addresses: Candidate[] = [];
  for (const candidate of found) if (candidate.type === "address") addresses.push(candidate);
  if (addresses.length === 0) return [];
  const out: Candidate[] = [];
  for (const address of addresses) {
    let end = address.end;
    for (let step = 0; step < MAX_GROW; step += 1) {
      const grown = grow(text, address.start, end);
      if (grown <= end) break;
      end = grown;
    }
    if (end > address.end) out.push(piece(text, address.start, end, "pieces:grown"));
  }
  // Two pieces with only a pause between (大字上松、字中原1147番地) are one address.
  const all = out.length > 0 ? [...addresses, ...out] : addresses;
  if (all.length > 1) all.sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < all.length; i += 1) {
    const left = all[i] as Candidate;
    let j = i + 1;
    while (j < all.length && (all[j] as Candidate).start < left.end) j += 1;
    const right = all[j];
    if (!right || right.start - left.end > 20) continue;
    const gap = text.slice(left.end, right.start);
    // 2丁目の、ほら、コンビニの裏の、11番地: a landmark said between the 丁目 and the lot.
    const landmark =
      ENDS_WITH_CHOME.test(text.slice(left.start, left.end)) &&
      LOT_START.test(text.slice(right.start, right.end)) &&
      LANDMARK_GAP.test(gap);
    if (!landmark && (right.start - left.end > 12 || !PAUSE_ONLY.test(gap))) continue;
    // 霞野町4の6の10、霞野町5の1の2: two whole addresses (old and new) stay two.
    const leftHasBlock = /[0-9]|丁目|番/u.test(text.slice(left.start, left.end));
    if (
      leftHasBlock &&
      /^[\p{Script=Han}](?<![〇一二三四五六七八九十百])/u.test(text[right.start] ?? "")
    )
      continue;
    out.push(piece(text, left.start, right.end, "pieces:joined"));
  }
  if (text.includes("番地")) {
    for (const match of execAll(LABELLED_KANA_LOT, text)) {
      const value = match[1] ?? "";
      const end = (match.index ?? 0) + match[0].length;
      out.push(piece(text, end - value.length, end, "pieces:kana-lot"));
    }
  }
  return out;
}

/** The end of the next piece after `end`, or `end` when none follows. */
function grow(text: string, start: number, end: number): number {
  const value = text.slice(start, end);
  const rest = text.slice(end, end + 40);
  if (ENDS_WITH_BLOCK.test(value)) {
    const block = BLOCK_PIECE.exec(rest);
    if (block && !UNIT_AFTER.test(rest.slice(block[0].length))) return end + block[0].length;
  }
  if (ENDS_WITH_LOT.test(value)) {
    const last = LAST_NUMBER.exec(rest);
    if (
      last &&
      !UNIT_AFTER.test(rest.slice(last[0].length)) &&
      !/^[0-9]/u.test(rest.slice(last[0].length))
    )
      return end + last[0].length;
  }
  if (ENDS_WITH_TOWN.test(value)) {
    const lot = KANA_LOT.exec(rest);
    if (lot) return end + lot[0].length;
  }
  const room = ROOM_AFTER.exec(rest);
  if (
    room &&
    !UNIT_AFTER.test(rest.slice(room[0].length)) &&
    /[\p{Script=Katakana}ー号]$/u.test(value)
  ) {
    return end + room[0].length;
  }
  if (/[\p{Script=Katakana}ー]$/u.test(value) && rest.includes("棟")) {
    const wing = WING_ROOM_AFTER.exec(rest);
    if (wing) return end + wing[0].length;
  }
  if (/[0-9〇一二三四五六七八九十号]$/u.test(value)) {
    const building = BUILDING_ROOM_AFTER.exec(rest);
    if (building && !UNIT_AFTER.test(rest.slice(building[0].length)))
      return end + building[0].length;
  }
  return end;
}

function piece(text: string, start: number, end: number, evidence: string): Candidate {
  return {
    type: "address",
    start,
    end,
    score: 0.7,
    evidence,
    key: text.slice(start, end).replace(/[、。 ]/gu, ""),
  };
}
