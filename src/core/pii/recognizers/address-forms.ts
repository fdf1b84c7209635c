import { execAll } from "../text-tools";
import { cuesBefore } from "../cues";
import type { CueHit } from "../cues";
import type { Candidate } from "../types";
import { extendLeft } from "./address-places";
import { KANA_NUMBER_WORD, readKanaNumber } from "./address-readback";

/**
 * Kyoto addresses give the way from a crossing (…通柚馬場東入ル鎚目町502): after 上ル, 下ル, 東入ル
 * or 西入ル comes the town and a bare lot number (spaced by speech recognition or a form: …上ル 菱屋町 412).
 */
const KYOTO =
  /(?:[上下]ル|[上下]る|[東西]入ル?|[東西]入る) ?[\p{Script=Han}ヶ々]{1,8}町 ?[0-9]{1,4}(?:番地?)?(?:[-の][0-9]{1,4})?(?![0-9])/gu;

/** A number said in kana with its block word (さんちょうめ, ごばん, じゅうにごう, にじゅういち). */
const KANA_GROUP = `${KANA_NUMBER_WORD}{1,8}(?:ちょうめ|ばんち|ばん|ごう)?`;
/** いっちょうめ, はっちょうめ: 1, 6 and 8 are shortened before ちょうめ. */
const SHORT_CHOME = /[いはろ]っ(?=ちょうめ)/gu;
const SHORT_NUMBER: Readonly<Record<string, string>> = { いっ: "いち", はっ: "はち", ろっ: "ろく" };
const KANA_SEP = "(?:[、の ー-]|\\.{3,6}|えーと|えっと|えー|あの){1,3}";
/** {@link KANA_SEP} compiled once (split copies it per call, but need not parse it). */
const KANA_SEP_RE = new RegExp(KANA_SEP, "u");
/** Two to four block numbers said in kana after a pause (…の、よんのにじゅういち). */
const KANA_NUMBERS = new RegExp(
  `(?<=[、の ー.-])${KANA_GROUP}(?:${KANA_SEP}${KANA_GROUP}){1,3}(?![\\p{Script=Hiragana}](?<![でのね]))`,
  "gu",
);
/**
 * 住所は月影町のさんちょうめの、よんのにじゅういち / さくらばしちょう、にちょうめ、ごばん、じゅうにごう: the
 * town before kana block numbers: kanji (after kana too: しらゆり町), or kana ending like a town
 * (ちょう, まち, がおか, だい…, or a direction: さくらぎひがし).
 */
const TOWN_BEFORE = new RegExp(
  `((?:[\\p{Script=Han}ヶ々ノ]{1,6}が)?\\p{Script=Hiragana}{0,6}[\\p{Script=Han}ヶ々ノ]{0,8}[町丁村台丘野原山川田島浜崎沢谷坂通橋]|\\p{Script=Hiragana}{2,10}?(?:ちょう|まち|むら|だい|おか|ざか|さか|はら|ばら|やま|かわ|がわ|はま|しま|じま|さわ|ざわ|ひがし|にし|みなみ|きた))${KANA_SEP}$`,
  "u",
);
const TOWN_WINDOW = 30;
/**
 * 梢町にちょうめ / 翠嶺区蛍沢ごちょうめのじゅうよんのきゅう: a 丁目 said in kana right after the
 * town written in kanji, perhaps with the block numbers after it.
 */
const GLUED_CHOME = new RegExp(
  `(?<=[\\p{Script=Han}ヶ々])${KANA_NUMBER_WORD}{1,4}ちょうめ(?:${KANA_SEP}${KANA_GROUP}){0,2}(?![\\p{Script=Hiragana}](?<![でのね]))`,
  "gu",
);
const GLUED_TOWN = /[\p{Script=Han}ヶ々ノ]{1,10}$/u;
const GLUED_TOWN_END = /[町丁村台丘野原山川田島浜崎沢谷坂通橋]$/u;
/** Particles that end the words before a kana town name (住所ですが|かすみのちょう). */
const KANA_BREAK = /[はがをに]/gu;
const BLOCK_WORD = /ちょうめ|ばんち|ごう/u;
const CUE_WINDOW = 30;
/** A ward or city, a town and a kana number after it: the only uncued kana address tried. */
const WARD_WORD =
  /[市区] ?(?:の ?)?[\p{Script=Han}ヶ々ノ]{1,8}[町丁村台丘野原山川田島浜崎沢谷坂通橋] ?(?:の ?)?[、 ]{0,2}(?:いち|に|さん|よん|し|ご|ろく|なな|しち|はち|きゅう|く|じゅう)/u;
const WARD_BEFORE = /[\p{Script=Han}ヶ々ノ]{1,5}[市区] ?(?:の ?)?$/u;

/**
 * Address forms the block-number recognizer cannot see: Kyoto directions and kana numbers (near an
 * address cue, or with a block word: ちょうめ, ばんち, ごう).
 */
export function findOtherAddressForms(text: string, hits: readonly CueHit[]): Candidate[] {
  const out: Candidate[] = [];
  if (/[上下入]ル|[上下入]る/u.test(text)) {
    for (const match of execAll(KYOTO, text)) {
      const at = match.index ?? 0;
      // 朱雀野通 錦 下ル: the crossing street spaced off the direction.
      const cross = /(?:^|[ 、])([\p{Script=Han}]{1,6} )$/u.exec(
        text.slice(Math.max(0, at - 8), at),
      );
      const from = cross?.[1] ? at - cross[1].length : at;
      out.push(
        address(text, extendLeft(text, from), at + match[0].length, 0.85, "pattern:address-kyoto"),
      );
    }
  }
  if (hits.length === 0 && !BLOCK_WORD.test(text) && !WARD_WORD.test(text)) return out;
  // Kana numbers are rare: find them first, then the town said before them. いっちょうめ is read
  // as いちちょうめ (same length, so the offsets hold).
  const spelled = text.includes("っちょうめ")
    ? text.replace(SHORT_CHOME, (m) => SHORT_NUMBER[m] ?? m)
    : text;
  for (const match of spelled.includes("ちょうめ") ? execAll(GLUED_CHOME, spelled) : []) {
    const at = match.index ?? 0;
    const town = GLUED_TOWN.exec(text.slice(Math.max(0, at - 10), at))?.[0] ?? "";
    if (town.length < 2 || !GLUED_TOWN_END.test(town)) continue;
    const numbers = match[0].replace(/[、の ー-]+$/u, "");
    const groups = numbers.split(KANA_SEP_RE).filter((g) => g.length > 0);
    const values = groups.map((g) =>
      readKanaNumber(g.replace(BLOCK_WORD, "").replace(/ばん$/u, "")),
    );
    if (values.some((value) => value <= 0)) continue;
    out.push(address(text, at - town.length, at + numbers.length, 0.75, "pattern:address-kana"));
  }
  for (const match of execAll(KANA_NUMBERS, spelled)) {
    const numbers = match[0];
    const at = match.index ?? 0;
    const from = Math.max(0, at - TOWN_WINDOW);
    const townMatch = TOWN_BEFORE.exec(text.slice(from, at));
    const town = townMatch?.[1] ?? "";
    if (!townMatch || town.length < 2) continue;
    let start = from + townMatch.index + kanaTownOffset(town);
    // 住所は月影町: a particle after a noun is no part of the town.
    if (
      /^[はがをにへもで]/u.test(text.slice(start)) &&
      /[\p{Script=Han}\p{Script=Katakana}]/u.test(text[start - 1] ?? "")
    )
      start += 1;
    const groups = numbers.split(KANA_SEP_RE).filter((g) => g.length > 0);
    const values = groups.map((g) => {
      const digits = g.replace(BLOCK_WORD, "").replace(/ばん$/u, "");
      return readKanaNumber(digits);
    });
    if (values.some((value) => value <= 0)) continue;
    const cued = cuesBefore(hits, start, CUE_WINDOW).has("address");
    // 北原区 の 柿木町 の、に の じゅうろく の さん: a ward or city before the town makes three
    // kana numbers an address with no cue.
    const ward =
      groups.length >= 3 ? WARD_BEFORE.exec(text.slice(Math.max(0, start - 12), start)) : null;
    if (!cued && !BLOCK_WORD.test(numbers)) {
      if (!ward) continue;
      start -= ward[0].length;
    }
    out.push(address(text, start, at + numbers.length, 0.75, "pattern:address-kana"));
  }
  return out;
}

/** Where a kana town name starts inside the kana before it (ですがかすみのちょう → かすみのちょう). */
function kanaTownOffset(town: string): number {
  if (!/^\p{Script=Hiragana}/u.test(town)) return 0;
  let offset = 0;
  for (const particle of execAll(KANA_BREAK, town)) {
    const after = (particle.index ?? 0) + 1;
    // にしちょう: a particle-like first letter leaves at least two letters before ちょう.
    if (town.length - after - 3 >= 2 || (town.endsWith("まち") && town.length - after >= 4))
      offset = after;
  }
  return offset;
}

function address(
  text: string,
  start: number,
  end: number,
  score: number,
  evidence: string,
): Candidate {
  return {
    type: "address",
    start,
    end,
    score,
    evidence,
    key: text.slice(start, end).replace(/\s/g, ""),
  };
}
