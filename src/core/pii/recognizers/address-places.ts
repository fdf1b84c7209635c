/**
 * What a caller says between the parts of one address (白鷺町の1の8の22, 風見坂3丁目の、えー、12の5,
 * 柚木原町 12-4): particles, commas, spaces and hesitations. Bounded literals: linear.
 */
const GAP =
  /(?:[、, の]|えーっと|えーと|えっと|ええと|えー|あー|んーと|あのー|あの|そのー|ほんで){1,5}$/u;
const MAX_GAP = 10;

/** Start of the pause that ends at `at`, or `at` when there is none. */
export function gapBefore(text: string, at: number): number {
  const match = GAP.exec(text.slice(Math.max(0, at - MAX_GAP), at));
  return match ? at - match[0].length : at;
}

/** Whether only a pause lies between `end` and `start`. */
export function onlyGapBetween(text: string, end: number, start: number): boolean {
  return start > end && start - end <= MAX_GAP && gapBefore(text, start) === end;
}

/** 北浜ノ台1条西3丁目: a Hokkaido 条 or 線 number inside the place name before the block. */
function hokkaidoJoStart(text: string, start: number): number {
  const match = /[0-9]{1,2}$/u.exec(text.slice(Math.max(0, start - 2), start));
  return match && /^[条線]/u.test(text.slice(start)) ? start - match[0].length : start;
}

/** Characters of place names directly before the block number (天神, 大手町, 西新宿). */
const PLACE_CHAR = /[\p{Script=Han}\p{Script=Katakana}ー々ヶ]/u;
const MAX_PLACE_CHARS = 20;

/** Town names may hold hiragana (さくら町, みなと町); particles end them. */
const KANA_PLACE_CHAR = /[\p{Script=Hiragana}](?<![はがをにでのも])/u;
const MAX_KANA_PLACE_CHARS = 6;

/** Postpositions that end what stands before a place (来月から, 駅まで, 先月より). */
const KANA_POSTPOSITION = /^(?:から|まで|より|ので|けど|って|には)/u;

/** 港が丘, 自由が丘, 梅が枝町, 竹の塚: が (or の) inside a town name, before a town-name kanji. */
const GA_IN_PLACE = /[丘台浜崎原谷池関岡森山坂瀬淵島枝浦里塚]/u;
/** One kana ending a kanji's reading inside a town name (美しが丘): not a particle. */
const OKURIGANA = /[\p{Script=Hiragana}](?<![はがをにでのもとやへかね])/u;
/** A ward, city or town name may be followed by a hiragana town name (若松区あけぼの町). */
const ADMIN_UNIT = /[都道府県市区町村郡]/u;

/** Start of the place name that ends at `from` (天神, 大手町, 北浜ノ台1条西, 区あけぼの町). */
export function extendLeft(text: string, from: number): number {
  // 海岸通り2-5-8: the okurigana of 通り is part of the street name.
  const street = text.slice(from - 2, from) === "通り" && PLACE_CHAR.test(text[from - 3] ?? "");
  let start = extendOver(text, street ? from - 2 : from, from, PLACE_CHAR, MAX_PLACE_CHARS);
  const jo = hokkaidoJoStart(text, start);
  if (jo < start) start = extendOver(text, jo, from, PLACE_CHAR, MAX_PLACE_CHARS);
  for (;;) {
    const kana = kanaTownStart(text, start, from);
    if (kana === start) break;
    start = extendOver(text, kana, from, PLACE_CHAR, MAX_PLACE_CHARS);
  }
  while (start < from && start > 0 && KANA_PLACE_CHAR.test(text[start - 1] ?? "")) {
    const kanaStart = extendOver(text, start, from, KANA_PLACE_CHAR, MAX_KANA_PLACE_CHARS);
    if (start - kanaStart > MAX_KANA_PLACE_CHARS - 1) break;
    // 来月から翠嶺区… / 駅までみなと町…: a postposition ends the place (the town starts after it).
    const postposition = KANA_POSTPOSITION.exec(text.slice(kanaStart, start));
    if (postposition) {
      start = kanaStart + postposition.index + postposition[0].length;
      break;
    }
    start = extendOver(text, kanaStart, from, PLACE_CHAR, MAX_PLACE_CHARS);
    if (start === kanaStart) {
      start = kanaStart;
      break;
    }
  }
  return start;
}

/** Start of a が (港が丘) or a hiragana town name after a ward (区あけぼの町) ending at `start`. */
function kanaTownStart(text: string, start: number, from: number): number {
  if (start === from) return kanaTownBeforeBlock(text, start);
  if (start > from || from - start >= MAX_PLACE_CHARS) return start;
  const next = text[start] ?? "";
  if (text[start - 1] === "が" && GA_IN_PLACE.test(next) && PLACE_CHAR.test(text[start - 2] ?? ""))
    return start - 1;
  // 美しが丘: a kanji's okurigana (one kana, no particle) before が.
  if (
    text[start - 1] === "が" &&
    GA_IN_PLACE.test(next) &&
    OKURIGANA.test(text[start - 2] ?? "") &&
    /\p{Script=Han}/u.test(text[start - 3] ?? "")
  )
    return start - 2;
  // ひばりが丘 4丁目: a town written in hiragana before が, as a word of its own.
  if (text[start - 1] === "が" && GA_IN_PLACE.test(next)) {
    const kana = /(?:^|[ 、。])(\p{Script=Hiragana}{2,4})が$/u.exec(
      text.slice(Math.max(0, start - 7), start),
    );
    if (kana?.[1] && !/^[はがをにでのもと]/u.test(kana[1])) return start - 1 - kana[1].length;
  }
  // 杜の台, 森の里: の after one kanji inside a town name; 豊浦市桜の町: also right after the city
  // or ward, and before 町.
  const admin = ADMIN_UNIT.test(text[start - 3] ?? "");
  if (
    text[start - 1] === "の" &&
    (GA_IN_PLACE.test(next) || (admin && next === "町")) &&
    /\p{Script=Han}/u.test(text[start - 2] ?? "") &&
    (admin || !PLACE_CHAR.test(text[start - 3] ?? ""))
  )
    return start - 1;
  const kana = hiraganaRunStart(text, start);
  return kana < start - 1 && ADMIN_UNIT.test(text[kana - 1] ?? "") ? kana : start;
}

/**
 * 那覇市おもろまち3丁目: a town written all in hiragana right before the block, after its city or
 * ward (not a particle or a postposition after it: 市では3丁目, 区から2番).
 */
function kanaTownBeforeBlock(text: string, start: number): number {
  const kana = hiraganaRunStart(text, start);
  if (kana >= start - 2 || !ADMIN_UNIT.test(text[kana - 1] ?? "")) return start;
  const town = text.slice(kana, start);
  return /^[はがをにでもへのと]/u.test(town) || KANA_POSTPOSITION.test(town) ? start : kana;
}

/** Where the run of hiragana (at most MAX_KANA_PLACE_CHARS) that ends at start begins. */
function hiraganaRunStart(text: string, start: number): number {
  let kana = start;
  while (
    kana > 0 &&
    start - kana < MAX_KANA_PLACE_CHARS &&
    /\p{Script=Hiragana}/u.test(text[kana - 1] ?? "")
  )
    kana -= 1;
  return kana;
}

function extendOver(text: string, at: number, from: number, char: RegExp, limit: number): number {
  let start = at;
  while (
    start > 0 &&
    from - start < MAX_PLACE_CHARS &&
    at - start < limit &&
    char.test(text[start - 1] ?? "")
  )
    start -= 1;
  return start;
}
