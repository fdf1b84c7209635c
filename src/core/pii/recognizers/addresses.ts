import { changedCandidate } from "./changed-candidate";
import { execAll } from "../text-tools";
import { cuesBefore } from "../cues";
import type { CueHit } from "../cues";
import type { Candidate, RecognizerInput } from "../types";
import { extendLeft, gapBefore, onlyGapBetween } from "./address-places";
import { BUILDING, buildingAfter, findLabelledBuildings, findRoomHomes } from "./address-buildings";
import { findOtherAddressForms } from "./address-forms";
import { findAddressReadBacks } from "./address-readback";

const NUM = "(?:[0-9]{1,4}|[〇一二三四五六七八九十百]{1,5})";
// 12 の 5 / 3 丁目 12 番 5 号: speech recognition spaces the numbers off their counters.
const DASH = "(?:-|\\s?の\\s?)";
const PAUSED_DASH = "(?:-|\\s?の、?\\s?)";
const KNUM = "[一二三四五六七八九十百][〇一二三四五六七八九十百]{0,4}";
const S = "\\s?";
// Alternatives: 丁目 (+ 番/号 or dashes), 番地 (+の N 号), N番N号, and the compact 1-2-3 form.
const BLOCK_FORMS = [
  // 8丁目北3-11: a direction may come before the block numbers. 3丁目の22の5 / 3丁目の12番5号: an
  // の after 丁目 only before both a block and a house number. 7丁目14番2-1104号: the house and
  // the flat joined by a dash, then 号.
  `${NUM}${S}丁目(?:の${S}${NUM}${S}(?:番地?${DASH}?|${DASH})${S}${NUM}(?:${S}号(?!室))?(?![0-9])|[東西南北]?${S}${NUM}${S}(?:番地?${DASH}?|${DASH})(?:${S}${NUM}(?:${S}号(?!室)|${DASH}${NUM}(?:${S}号(?!室))?)?)?|${S}${NUM}${S}号(?!室))?`,
  // 十五番地の、七: a pause after の.
  `${NUM}${S}番地(?:(?:${DASH}|の、)?${S}${NUM}(?:${S}号(?!室))?)?`,
  `${NUM}${S}番${S}${NUM}${S}号(?!室)`,
  // 9番の14: a caller's 番 and house number joined by の (the 号 left out).
  `${NUM}${S}番${S}の${S}${NUM}(?:${S}号(?!室))?(?![0-9])`,
  // Block numbers never start with 0 (0120-95-0178 is a phone number).
  // A fourth group is a room number (6-3-1-1203).
  // 2 の 9 の 3 の 405: the room said after a fourth の; 3の、21の、8: a pause after each の.
  // カード3529-8455-0308-9017: four groups of four digits are a card's number, not a block.
  `(?<![0-9-])(?![0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{4}(?![0-9]))[1-9][0-9]{0,3}(?:${PAUSED_DASH}[0-9]{1,4}){1,2}(?:(?:-|\\s?の\\s?)[0-9]{3,4})?(?![0-9]|-[0-9])`,
];
const BLOCK = new RegExp(BLOCK_FORMS.join("|"), "gu");
// 二の 八の 十五: the compact form said with kanji numerals (the normalizer leaves 十五 alone),
// searched only in texts that say one (KANJI_COMPACT).
// 七の、十二: a pause after の, as with digits.
const KANJI_COMPACT = /[一二三四五六七八九十百] ?の、? ?[一二三四五六七八九十百]/;
const BLOCK_WITH_KANJI = new RegExp(
  [
    ...BLOCK_FORMS,
    `(?<![〇一二三四五六七八九十百])${KNUM}(?:\\s?の、?\\s?${KNUM}){1,2}(?![〇一二三四五六七八九十百])`,
  ].join("|"),
  "gu",
);
// 灯台通り 五丁目: a street's name with its okurigana.
const TOWN_SUFFIX = /(?:[町丁村台丘野原山川田島浜崎沢谷坂通橋条区市郡]|通り)$/u;
/** 北 五条 西 三丁目 / 南 十二条 東: a Sapporo-style 条 said word by word before the block. */
const SPACED_JO =
  /(?:[東西南北] ?)?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3}) ?[条線] ?(?:[東西南北] ?)?$/u;
const FACILITY =
  /役所|役場|庁舎|本庁|支所|出張所|センター|会場|窓口|事務所|事務局|図書館|公民館|郵便局|警察署|消防署|病院|駅|店舗|本社|営業所/u;
/** …22の5のとこ、郵便局の角: a facility given as a landmark (its corner, its front) owns no address. */
const LANDMARK_AFTER = /^の?(?:角|前|近く|隣|向かい|裏|横|そば|手前)/u;
const FACILITY_ALL = new RegExp(FACILITY.source, "gu");

/** Whether `window` names a facility other than as a landmark. */
function namesFacility(window: string): boolean {
  if (!FACILITY.test(window)) return false;
  for (const match of execAll(FACILITY_ALL, window)) {
    const end = (match.index ?? 0) + match[0].length;
    if (!LANDMARK_AFTER.test(window.slice(end, end + 4))) return true;
  }
  return false;
}
const OFFICE_ADDRESS_CUE = new RegExp(
  // 区役所の郵便番号は〒…、住所は: the office's other numbers may stand before the cue.
  `(?:${FACILITY.source})(?:の|、| )?(?:(?:郵便番号|〒|電話番号|代表番号|電話)[^。、住]{0,20}、 ?)?(?:住所|所在地)(?:は|が|:)?[、 ]?$`,
  "u",
);
const UNIT_AFTER =
  /^\s?(円|件|人|名|回|歳|才|時|分|日|月|年|%|番目|番線|番窓口|番の窓口|個|枚|号車|号線|号館|階)/u;
// 桜台団地7号棟204号室 / コーポ西 B棟105: a wing (棟) may come before the room number.
// 비스타 蒼原 807호: a building and room written in Korean (호 is 号).
// グランコート白樺4F / ハイツ松風 1-B / 荘B-2 / サンライズ北12 605号: a floor, a lettered room,
// digits ending the building's name. 481 号室: speech recognition spaces the counter off.
// 市営桜台第2団地 3-105: an estate numbered with 第 (its blocks) before the building word.
// メゾン楓5階502: the floor may come before the room number.
const ROOM =
  /^[、,]?\s?(?:((?:[\p{Script=Hiragana}\p{Script=Katakana}ー・\p{Script=Han}\p{Script=Hangul}A-Za-z]{1,12}?第[0-9]{1,2}(?:団地|住宅|ハイツ|コーポ|荘)|[\p{Script=Hiragana}\p{Script=Katakana}ー・\p{Script=Han}\p{Script=Hangul}A-Za-z]{1,16})(?: [\p{Script=Katakana}ー\p{Script=Han}\p{Script=Hangul}A-Za-z]{1,8})?(?:[0-9]{1,3}(?= ))?)\s?)?(?:[0-9A-Za-z]{1,3}号?棟\s?)?(?:[0-9]{1,2}(?:階|F)\s?(?=[0-9]{3,4}))?([0-9]{1,4}(?:F(?![A-Za-z]))?(?:-[A-Z0-9]{1,3}(?![A-Za-z0-9]))?|[A-Z]-?[0-9]{1,4})(?:\s?(号室|号|階|호))?/u;
/** サンライズ風見坂の204: a building named in katakana, then a room number of 3–4 digits. */
const KATAKANA_BUILDING = /^[、,]?\s?[\p{Script=Katakana}ー]{3}/u;
/** 3-3-8-1203 Asanagi-cho, Shiomi-ku / 12-5 Midorino 3-chome: an address written in English. */
// 3-5-12 Hikarigaoka, Hoshino-shi, Chiba: a town without a suffix when a city or ward follows,
// the prefecture when a postal code follows. Hakozaki-dai 6-3-2, unit 9: the town first.
const EN_UNIT = "[A-Z][a-z]+-(?:ku|shi|gun|ken|cho|machi|mura|to|fu)";
// Room 506, 4-1-9 …  / …, apartment 303: the flat before or after the address.
// apartamento 210: the flat in Portuguese.
const EN_ROOM =
  "(?:[Uu]nit|[Aa]pt\\.?|[Aa]partment|[Aa]partamento|[Aa]pto\\.?|[Rr]oom|#) ?[0-9]{1,4}[A-Z]?(?![0-9A-Za-z])";
/** Since 2026-12-06, Hoshino-ku …: a date written year first is no block number. */
const NOT_ISO_DATE = "(?!(?:19|20)[0-9]{2}-[01]?[0-9]-[0-3]?[0-9](?![0-9-]))";
const ENGLISH = new RegExp(
  `(?:${EN_ROOM},? )?(?<![0-9-])${NOT_ISO_DATE}(?![0-9]{3}-[0-9]{4}(?![0-9-]))[1-9][0-9]{0,3}(?:-[0-9]{1,4}){1,3},? [A-Z][a-z]+(?:-(?:cho|machi|mura|ku|shi|dai|dori|doori)| [1-9]-chome|(?=,? ${EN_UNIT}))(?:,? ${EN_UNIT}| [1-9]-chome){0,3}(?:,? [A-Z][a-z]+(?: Prefecture)?(?=,? [0-9]{3}-[0-9]{4}(?![0-9])))?(?:,? ${EN_ROOM})?|\\b[A-Z][a-z]+-(?:cho|machi|mura|dai|oka|gaoka|chome) [1-9][0-9]{0,3}(?:-[0-9]{1,4}){1,2}(?![0-9])(?:,? (?:[Uu]nit|[Aa]pt\\.?|[Aa]partment|[Rr]oom|#) ?[0-9]{1,4}[A-Z]?(?![0-9A-Za-z]))?`,
  "gu",
);
/**
 * 1-jo 9-chome 2, Nirenoki, Tsurusawa-ku / Nirenoki 3-jo Nishi 4-chome 5-6, Kita-ku: the jo and
 * chome of a Hokkaido address written in English, the town before or after them, then the ward.
 */
const ENGLISH_JO = new RegExp(
  `\\b(?:[A-Z][a-z]{2,20} )?[1-9][0-9]?-jo(?: (?:Kita|Minami|Higashi|Nishi))? [1-9][0-9]?-chome(?: [0-9]{1,4}(?:-[0-9]{1,4}){0,2}(?![0-9]))?(?:,? [A-Z][a-z]{2,20}(?![a-z-]))?,? ${EN_UNIT}`,
  "gu",
);
/** Sasagomecho 2-14-9, Kiriha Ward: a town without a hyphen before its block, then the ward. */
// Yukimizaka 3-8-2-105, Uguisuhara-ku: the room may follow as a fourth group.
const ENGLISH_WARD = new RegExp(
  `\\b[A-Z][a-z]{2,20} ${NOT_ISO_DATE}[1-9][0-9]{0,3}(?:-[0-9]{1,4}){1,3}(?![0-9]),? (?:[A-Z][a-z]{2,20} (?:Ward|City)\\b|${EN_UNIT}(?:,? ${EN_ROOM})?)`,
  "gu",
);
// …2丁目8番17号、556-0011です: a Japanese address followed by its postal code after a comma.
const EN_POSTAL_AFTER = /^(?:,? |[、,] ?)([0-9]{3}-[0-9]{4})(?![0-9-])/u;
/**
 * 汐見区、瑠璃川、よんちょうめ / 秋田県 雪沢郡 鶴巻村 大字小滝 字中谷地 八十二番地 / 北海道 白樺野市 北7条…: the places said before a
 * town, each spaced off the next (prefecture, city, district, village, 大字 and 字 names).
 */
// 美ら浜市 字 喜屋原: a kana inside a city's name, 字 said alone; 衣棚通丸太町下ル: a Kyoto street.
const CHAIN_BEFORE =
  /(?:[\p{Script=Han}ヶ々ノ]{1,6}(?:[らのがつ][\p{Script=Han}]{1,3})?[都道府県市区郡村](?: の)?|[\p{Script=Han}ヶ々ノ]{1,8}通り?|(?<![\p{Script=Han}ヶ々ノ])大?字(?:[\p{Script=Han}ヶ々ノ]{1,6})?|[\p{Script=Han}]{2,10}(?:上ル|下ル|西入ル?|東入ル?))[、 ]$/u;
/** A prefecture or a city among them: the place after it is an address, not a landmark. */
const CHAIN_STRONG = /(?:北海道|[都府県市郡村]|大?字[\p{Script=Han}ヶ々ノ]{1,6})[、 ]/u;
const CHAIN_WINDOW = 12;
const MAX_CHAIN = 6;
/**
 * あさひ野市の、えー、ときわ台、いち…: before a town and block numbers said in kana, the city may be
 * written with kana too and followed by の and a hesitation; a ward may be said in kana (しおみく).
 */
const SPOKEN_ADMIN_BEFORE =
  /(?:(?<![\p{Script=Hiragana}\p{Script=Han}])(?:\p{Script=Hiragana}{1,5})?[\p{Script=Han}ヶ々]{1,6}[都道府県市区郡]|(?<=[ 、])\p{Script=Hiragana}{2,5}く)の?(?:[、 ]|えーと|えっと|えー|あの){1,4}$/u;
/** 大字穂高字西原1048 / 鷹ノ巣町字中原23: rural lots named by 大字 and 字, with a bare lot number. */
const RURAL =
  /(?:[\p{Script=Han}ヶ々ノ]{1,6}[郡市町村])*(?:大字[\p{Script=Han}ヶ々ノ]{1,6}(?:字[\p{Script=Han}ヶ々ノ]{1,6})?|[\p{Script=Han}ヶ々ノ]{1,6}[町村]字[\p{Script=Han}ヶ々ノ]{1,6})[0-9]{1,5}(?:番地?)?(?:[-の][0-9]{1,4}){0,2}(?![0-9])/gu;
/**
 * 熊本県 阿蘇野村 大字 黒川 1180 / 北海道 鶴居野町 字 新栄 204 番地 3: the rural form spaced by speech
 * recognition or a form, after a municipality (and its prefecture); 字 stands on its own.
 */
const SPACED_RURAL =
  /(?:[\p{Script=Han}]{1,4}[都道府県] )?(?:[\p{Script=Han}ヶ々ノ]{1,6}[郡市町村] ){1,3}(?:大字 [\p{Script=Han}ヶ々ノ]{1,6} (?:字 [\p{Script=Han}ヶ々ノ]{1,6} )?|字 [\p{Script=Han}ヶ々ノ]{1,6} )[0-9]{2,5}(?: ?番地?)?(?:(?: ?の ?|-| )[0-9]{1,4}(?![0-9]| ?[円人件歳時日月年]))?(?![0-9])/gu;
/** 第二宮前団地の5号棟301 / 桜ハイツB棟203号室: a housing estate's wing and room, no block numbers. */
// 区営住宅の、5号棟の、104号室: pauses after each の.
const WING_ROOM =
  /[\p{Script=Han}\p{Script=Katakana}ー々ヶ0-9]{1,12}(?:団地|住宅|ハイツ|荘|コーポ|マンション|アパート|レジデンス|寮)(?:の、?|、)?[0-9A-Z]{1,3}号?棟(?:の、?|、)?[0-9]{2,4}(?:号室|号)?/gu;
/**
 * 椿原2丁目の区営住宅の5号棟… / 2丁目の都営じゃなくて区営住宅の…: the town and its 丁目 said right
 * before the building (perhaps a word taken back) are the same address.
 */
const CHOME_BEFORE_BUILDING =
  /(?<![\p{Script=Han}\p{Script=Katakana}ー々ヶノ])[\p{Script=Han}\p{Script=Katakana}ー々ヶノ]{1,8}(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})丁目(?:の、?|、)(?:[\p{Script=Han}]{1,4}(?:じゃなくて|ではなくて)、?)?$/u;
/** Cheap pre-check: every address form has one of these. */
const MAYBE_ADDRESS = /丁目|番|号|[0-9] ?[-の] ?[0-9]|[0-9]、[0-9]{1,4}、[0-9]|[0-9]の、[0-9]/;
const CUE_WINDOW = 24;
const POSTAL_BEFORE = /(?:〒|郵便番号(?:は|が|:)?)\s?[0-9]{3}-?[0-9]{4}\s?の?$/u;

/** Addresses: town + 丁目/番地/号 or 1-2-3 forms, with the place name before and building/room after. */
export function recognizeAddresses(input: RecognizerInput): Candidate[] {
  const { text } = input;
  const hits = input.cues.filter((hit) => hit.kind === "address");
  const out: Candidate[] = findOtherAddressForms(text, hits);
  if (text.includes("号室")) out.push(...findRoomHomes(text));
  if ((hits.length > 0 || text.includes("番地")) && /[市区]/u.test(text))
    out.push(...wardsAndTowns(text, input.cues));
  if (text.includes("字")) out.push(...ruralAddresses(text, RURAL));
  if (text.includes("字 ")) out.push(...ruralAddresses(text, SPACED_RURAL));
  if (/ (?:Ward|City)\b|-(?:ku|shi)\b/u.test(text)) out.push(...ruralAddresses(text, ENGLISH_WARD));
  if (text.includes("-jo ")) out.push(...ruralAddresses(text, ENGLISH_JO));
  if (/-(?:cho|machi|mura|ku|shi|chome|dai|oka|gaoka|dori|doori)\b/u.test(text)) {
    const english = ruralAddresses(text, ENGLISH).map((found) => withEnglishBuilding(text, found));
    out.push(...english, ...english.flatMap((found) => postalAfter(text, found.end)));
  }
  if (!MAYBE_ADDRESS.test(text) && !KANJI_COMPACT.test(text)) {
    // 住所は、雲雀野の、ななの…。アパートは、ひばりそうの、205: a building in a text about an address.
    const buildings = out.length > 0 || hits.length > 0 ? findLabelledBuildings(text) : [];
    return withWard(text, buildings.length > 0 ? [...out, ...buildings] : out);
  }
  if (text.includes("棟")) {
    for (const found of ruralAddresses(text, WING_ROOM)) {
      const chome = text.includes("丁目")
        ? CHOME_BEFORE_BUILDING.exec(text.slice(Math.max(0, found.start - 24), found.start))
        : null;
      const start = chome ? found.start - chome[0].length : found.start;
      out.push(
        chome ? changedCandidate(found, { start, key: text.slice(start, found.end) }) : found,
      );
    }
  }
  for (const block of findBlocks(text)) {
    const blockStart = block.start;
    const blockEnd = block.end;
    const start0 = placeStart(
      text,
      blockStart,
      cuesBefore(hits, blockStart, CUE_WINDOW).has("address"),
    );
    // 埼玉県 大宮野市 宮ノ前東 3-118: a town after a prefecture or a city is part of the address.
    const chained = chainedBefore(text, start0 < blockStart ? start0 : gapBefore(text, blockStart));
    const cued = cuesBefore(hits, blockStart, CUE_WINDOW).has("address") || chained;
    const start = chained ? placeStart(text, blockStart, true) : start0;
    // 〒273-0005 桜台4丁目: a place right after a postal code is a mailing address.
    const posted =
      start < blockStart && POSTAL_BEFORE.test(text.slice(Math.max(0, start - 14), start));
    const place = text.slice(start, Math.max(start, gapBefore(text, blockStart)));
    // 〒812-0011 博多駅前2丁目: after a postal code only a facility named after the block counts.
    const sentence = Math.max(0, start - CUE_WINDOW, text.lastIndexOf("。", start - 1) + 1);
    const facility =
      namesFacility(
        posted
          ? text.slice(blockEnd, blockEnd + 10)
          : // 差出人が市役所。配達先は…: a facility named in the sentence before is not this place.
            text.slice(sentence, blockEnd + 10),
      ) &&
      // …公民館の前ですが、うちは…: the caller's own home announced after the office.
      (posted ||
        (!LIVES_AT_START.test(place) &&
          namesFacility(
            text.slice(Math.max(sentence, ownHomeBefore(text, start)), blockEnd + 10),
          )));
    const score = scoreBlock(
      text.slice(blockStart, blockEnd),
      place,
      cued || posted,
      movesTo(text, blockEnd) && townNamed(place),
    );
    // …窓口を紹介されました。私は 北区桜台一丁目2番地に住んでいます: living said after it, the
    // address is the caller's own whatever office was named before.
    const lives = LIVES_AFTER.test(text.slice(blockEnd, blockEnd + 8));
    // 図書館の住所は… / 区民センター、住所は…: the address cue asks for the office's own address.
    const officeAsked =
      cued &&
      facility &&
      !posted &&
      OFFICE_ADDRESS_CUE.test(text.slice(Math.max(0, start - CUE_WINDOW * 3), start));
    if (score === 0 || (facility && (!cued || officeAsked) && !lives)) continue;
    const end = extendRight(text, blockEnd);
    // 中央町の2の3の会議室: a short block after a pause needs a cue, a building or a postal code.
    const paused = start < blockStart && gapBefore(text, blockStart) < blockStart;
    const short = /^[0-9]{1,4} ?[-の] ?[0-9]{1,4}$/u.test(text.slice(blockStart, blockEnd));
    if (paused && short && !cued && end === blockEnd && !/〒/u.test(text.slice(0, start))) continue;
    // 住在白桦区…: the Chinese "live at" the place's kanji run took in is no part of it.
    const from = start + (LIVES_AT_START.exec(text.slice(start, start + 3))?.[0].length ?? 0);
    out.push({
      type: "address",
      start: from,
      end,
      score,
      evidence: `pattern:address${cued ? "+cue" : ""}`,
      key: text.slice(from, end).replace(/\s/g, ""),
    });
    if (text[end] === "、" || text[end] === ",") out.push(...postalAfter(text, end));
  }
  const buildings = out.length > 0 || hits.length > 0 ? findLabelledBuildings(text) : [];
  return withWard(text, [...out, ...buildings, ...findAddressReadBacks(text, out)]);
}

/** Addresses of the rural and English forms (`pattern`: RURAL or ENGLISH). */
function ruralAddresses(text: string, pattern: RegExp): Candidate[] {
  return [...execAll(pattern, text)].map((match) => {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const key = text.slice(start, end);
    return { type: "address", start, end, score: 0.8, evidence: "pattern:address-form", key };
  });
}

/** …, Room 806, Sunny Plaza Hibarino: the building's name after an English address. */
const EN_BUILDING_AFTER =
  /^,? (?:[A-Z][a-z]+ ){0,3}(?:Plaza|Heights|Mansion|Court|Residences?|Tower|House|Apartments?|Building|Bldg\.?|Haitsu|Hights|Coop|Corpo|Villa|Gardens?|Hills|Palace|Terrace|Maison|Manor)(?: [A-Z][a-z]+){0,2}(?![A-Za-z])/u;

function withEnglishBuilding(text: string, found: Candidate): Candidate {
  const building = EN_BUILDING_AFTER.exec(text.slice(found.end, found.end + 60));
  if (!building) return found;
  const end = found.end + building[0].length;
  return changedCandidate(found, { end, key: text.slice(found.start, end) });
}

/** …Chiba 277-0093 / …17号、556-0011: the postal code written after an address. */
function postalAfter(text: string, end: number): Candidate[] {
  const match = EN_POSTAL_AFTER.exec(text.slice(end, end + 12));
  const code = match?.[1];
  if (!match || !code) return [];
  const start = end + match[0].length - code.length;
  const key = code.replace("-", "");
  return [
    {
      type: "postal_code",
      start,
      end: start + code.length,
      score: 0.8,
      evidence: "cue:after-address",
      key,
    },
  ];
}

/** Addresses grown over the ward or city said before them with a pause. */
function withWard(text: string, found: Candidate[]): Candidate[] {
  return found.map((candidate) => {
    const spoken = candidate.evidence === "pattern:address-kana";
    const before = text.slice(Math.max(0, candidate.start - 16), candidate.start);
    if (!spoken) {
      const chained = chainStart(text, candidate.start);
      // 翠嶺区で、町名が白樺通の…: the ward said first, then the town announced.
      const before = text.slice(Math.max(0, chained - 24), chained);
      // Each form ends in a fixed piece (で, a pause, a space): tested before its regex runs.
      const ward =
        (before.includes("で") ? WARD_THEN_TOWN.exec(before) : null) ??
        (before.includes("...") || before.includes("…") ? RESTARTED_PLACE.exec(before) : null) ??
        (before.endsWith(" ") ? KANA_PLACE_BEFORE.exec(before) : null);
      let start = ward ? chained - ward[0].length : chained;
      // 霜月市の城山町十二番地 / 藤浪市の、えー、みなと町、3の…: a city or ward said before the
      // town with の (and a pause).
      const gap = gapBefore(text, start);
      if (
        text[gap] === "の" &&
        /^[\p{Script=Han}ヶ々\p{Script=Hiragana}]/u.test(text[start] ?? "")
      ) {
        const city = CITY_NO_BEFORE.exec(text.slice(Math.max(0, gap - 9), gap + 1));
        if (city) start = gap + 1 - city[0].length;
      }
      return start < candidate.start ? changedCandidate(candidate, { start }) : candidate;
    }
    const ward = SPOKEN_ADMIN_BEFORE.exec(before);
    return ward
      ? changedCandidate(candidate, { start: candidate.start - ward[0].length })
      : candidate;
  });
}

const CITY_NO_BEFORE = /(?<![\p{Script=Han}ヶ々ノ])[\p{Script=Han}ヶ々ノ]{1,6}[都道府県市区郡]の$/u;

/** 翠嶺区で、町名が / 朝霧区で、町は: a ward or city said, then the town announced by its label. */
const WARD_THEN_TOWN =
  /(?<![\p{Script=Han}ヶ々ノ])[\p{Script=Han}ヶ々ノ]{1,6}[都道府県市区郡]で、?(?:(?:町名|町)(?:が|は)、?)?$/u;

/** 涼森区 柊原 …… あの、柊原 の 2 の 5…: the ward and town said, a pause, then said again. */
const RESTARTED_PLACE =
  /(?<![\p{Script=Han}ヶ々ノ])[\p{Script=Han}ヶ々ノ]{1,6}[都道府県市区郡] [\p{Script=Han}ヶ々ノ]{1,6} ?(?:\.{3,6}|…{1,2}) ?(?:(?:あの|えー|えっと|えーと)[、 ]?)?$/u;
/** すずもりく ふじますちょう 5 の 2 の 17: a ward and a town read back in kana before the block. */
const KANA_PLACE_BEFORE =
  /(?<![\p{Script=Hiragana}])(?:\p{Script=Hiragana}{2,6}く )?\p{Script=Hiragana}{2,8}(?:ちょう|まち|むら|だい|おか) $/u;

/**
 * 翠嶺区の鈴蘭町です。番地ですか?: a ward and a town said as an answer about an address (a cue
 * before, or 番地 asked for after): an address without its block numbers.
 */
// 燈野区杜若町です / 桔梗原区の椎ノ森です: the ward, perhaps の, then the town (any name).
const WARD_AND_TOWN =
  /(?<![\p{Script=Han}ヶ々ノ])[\p{Script=Han}ヶ々ノ]{1,6}[市区] ?の? ?[\p{Script=Han}ヶ々ノ]{2,6}(?:通り)?(?=です|で[、。]|[、。]| の、|$)/gu;
const BLOCK_ASKED_AFTER = /番地/u;

function wardsAndTowns(text: string, hits: readonly CueHit[]): Candidate[] {
  const out: Candidate[] = [];
  for (const match of execAll(WARD_AND_TOWN, text)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (
      (!cuesBefore(hits, start, CUE_WINDOW).has("address") &&
        !BLOCK_ASKED_AFTER.test(text.slice(end, end + 16))) ||
      FACILITY.test(match[0]) ||
      /[課係所館院局署]$/u.test(match[0])
    )
      continue;
    const key = match[0];
    out.push({ type: "address", start, end, score: 0.9, evidence: "pattern:ward-town", key });
  }
  return out;
}

/** Start of the places said before `at`, each spaced off the next (秋田県 雪沢郡 鶴巻村 …). */
function chainStart(text: string, at: number): number {
  let start = at;
  for (let i = 0; i < MAX_CHAIN; i += 1) {
    // Every item ends in a space or a comma: anything else ends the chain without a regex.
    const last = text[start - 1];
    if (last !== " " && last !== "、") break;
    const item = CHAIN_BEFORE.exec(text.slice(Math.max(0, start - CHAIN_WINDOW), start));
    if (!item) break;
    start -= item[0].length;
  }
  return start;
}

/** Whether a prefecture, a city or a 大字/字 name is said right before `at` (spaced). */
function chainedBefore(text: string, at: number): boolean {
  const start = chainStart(text, at);
  return start < at && CHAIN_STRONG.test(text.slice(start, at));
}

type Block = { start: number; end: number };

/** Block numbers; parts said with pauses between them (三丁目、二十一番地の五) form one block. */
/** 鈴蘭町の2、23、22: three groups read out with pauses, right after a town's name. */
const PAUSED_BLOCK =
  /[町丁台丘野原山川田島浜崎沢谷坂通]の?([1-9][0-9]{0,3}、[0-9]{1,4}、[0-9]{1,4})(?![0-9])/gu;
const PAUSED_GATE = /[0-9]、[0-9]{1,4}、[0-9]/u;

const POSTAL_SHAPE = /^[0-9]{3}-[0-9]{4}$/u;

function findBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const matches: Block[] = [];
  for (const match of execAll(KANJI_COMPACT.test(text) ? BLOCK_WITH_KANJI : BLOCK, text))
    matches.push({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length });
  if (PAUSED_GATE.test(text)) {
    for (const match of execAll(PAUSED_BLOCK, text)) {
      const group = match[1] ?? "";
      const end = (match.index ?? 0) + match[0].length;
      matches.push({ start: end - group.length, end });
    }
    matches.sort((a, b) => a.start - b.start);
  }
  for (const { start, end } of matches) {
    if (UNIT_AFTER.test(text.slice(end, end + 4)) && !spacedWordAfter(text, end)) continue;
    const last = blocks.at(-1);
    if (last && onlyGapBetween(text, last.end, start)) {
      // …8番17号、556-0011です: a postal code written after the address is not its next number.
      if (!POSTAL_SHAPE.test(text.slice(start, end))) last.end = end;
    } else blocks.push({ start, end });
  }
  return blocks;
}

/**
 * 1-18-2 月影荘3号: after a space, 月/日/年 followed by another kanji start a building's name (月影荘,
 * 日野ハイツ), not a unit of the number before.
 */
function spacedWordAfter(text: string, end: number): boolean {
  return (
    text[end] === " " &&
    /[月日年]/u.test(text[end + 1] ?? "") &&
    /[\u4e00-\u9fff々]/u.test(text[end + 2] ?? "") &&
    !/[末中旬頃以内分間曜後前程]/u.test(text[end + 2] ?? "")
  );
}

/** The place before a block, also across a pause after a town name (白鷺町の1の8の22). */
function placeStart(text: string, blockStart: number, cued: boolean): number {
  const start = extendLeft(text, blockStart);
  if (start < blockStart) return start;
  const gap = gapBefore(text, blockStart);
  if (gap === blockStart) return start;
  const jo = SPACED_JO.exec(text.slice(Math.max(0, blockStart - 14), blockStart));
  if (jo && /[条線]/u.test(jo[0])) return blockStart - jo[0].length;
  const town = extendLeft(text, gap);
  // 博多区香椎 2-3-19: a town after its ward or city, spaced off the block by speech recognition.
  const word = text.slice(town, gap);
  // 住所 2丁目 まで: the cue word itself is no town.
  if (/^(?:現?住所|所在地|送付先|自宅|転居先)$/u.test(word)) return start;
  const named =
    TOWN_SUFFIX.test(word) ||
    (cued && gap - town >= 2) ||
    /[都道府県市区郡]./u.test(word) ||
    (gap - town >= 2 && chainedBefore(text, town));
  return town < gap && named ? town : start;
}

/**
 * 桜台町 3丁目 に 越して くる / 北区みどり野2丁目に住んでます: living or moving said right after a
 * town's 丁目 makes it the caller's address, even without a house number (3丁目の角 is a place).
 */
const MOVES_AFTER =
  /^[ 、]?(?:に|へ|で|の方に|のほうに|の方へ)?[ 、]?(?:越し|越す|越さ|引っ越|引越|住ん|住み|住ま|住む|住ませ|在住|転入|転居|移っ|移り|移る|移ら|暮らし|暮らす|入居)/u;

// 4番10号の者です: the caller says who they are by their address.
const LIVES_AFTER =
  /^[ 、]?(?:(?:に|で)?[ 、]?(?:住ん|住み|住ま|住む|在住|暮らし)|の者(?:です|だ|で))/u;

/** 区役所您好…住在北区…: "(I) live at" in Chinese, which the place's kanji run takes in. */
const LIVES_AT_START = /^(?:我?住在|我家在)/u;

/** うちは / 私の家は / 自宅は: the caller's own home announced before an address. */
const OWN_HOME =
  /(?:うち|私の家|わたしの家|僕の家|自宅|我が家|実家|うちの住所|私の住所)(?:は|が)、?/gu;

/** Where the last announcement of the caller's own home before `at` ends (0 if none). */
function ownHomeBefore(text: string, at: number): number {
  const from = Math.max(0, at - 40);
  let end = 0;
  for (const match of execAll(OWN_HOME, text.slice(from, at)))
    end = from + (match.index ?? 0) + match[0].length;
  return end;
}

function movesTo(text: string, blockEnd: number): boolean {
  return MOVES_AFTER.test(text.slice(blockEnd, blockEnd + 10));
}

/** A town's name: two characters or more ending like one (桜台町, みどり野), or after a ward (北区…). */
function townNamed(place: string): boolean {
  return (place.length >= 2 && TOWN_SUFFIX.test(place)) || /[都道府県市区郡]./u.test(place);
}

const BLOCK_SEPARATOR = / ?(?:-|の、?|、) ?/gu;

function scoreBlock(block: string, place: string, cued: boolean, moving = false): number {
  const compact = /^[0-9]/.test(block) && !/[丁番号]/u.test(block);
  // 砂丘町 二の 八の 十五: in kanji numerals only after a town's name or an address cue.
  if (/^[一二三四五六七八九十百]/u.test(block) && !/[丁番号]/u.test(block)) {
    const parts = block.split(/ ?の ?/u).length;
    if (!cued && !townNamed(place)) return 0;
    return parts === 3 ? 0.75 : parts === 2 && cued ? 0.7 : 0;
  }
  if (compact) {
    // The parts split() would give, counted by their separators (split() compiles a regex per call).
    const parts = [...execAll(BLOCK_SEPARATOR, block)].length + 1;
    if (parts === 4 && (place.length > 0 || cued)) return 0.75;
    if (parts === 3 && (place.length > 0 || cued)) return 0.75;
    if (parts === 2 && (TOWN_SUFFIX.test(place) || cued) && place.length > 0) return 0.7;
    return 0;
  }
  // 9番の14 alone (窓口は3番の1) is a counter's or a queue's number: a place or a cue must come first.
  if (/^[0-9〇一二三四五六七八九十百]+ ?番 ?の/u.test(block))
    return place.length > 0 || cued ? 0.85 : 0;
  const withHouse = /番|号|丁目.+/u.test(block);
  if (withHouse) return place.length > 0 || cued ? 0.85 : 0.7;
  return (cued || moving) && place.length > 0 ? 0.7 : 0;
}

/** 十三 の 二階: a floor said in kanji numerals after the block. */
// ７－１１－２ の 2 階: a floor in digits after a spaced の.
const KANJI_FLOOR = /^ ?(?:の? ?[一二三四五六七八九十]{1,2}|の ?[0-9]{1,2}) ?階(?!建)/u;

function extendRight(text: string, from: number): number {
  const floor = KANJI_FLOOR.exec(text.slice(from, from + 8));
  if (floor) return from + floor[0].length;
  const room = ROOM.exec(text.slice(from, from + 30));
  if (!room) return buildingAfter(text, from);
  const name = room[1] ?? "";
  const suffix = room[3] ?? "";
  if (
    suffix === "号室" ||
    // 비스타 蒼原 807호: a room written in Korean.
    suffix === "호" ||
    (name && BUILDING.test(name)) ||
    (!name && /^-/.test(text.slice(from))) ||
    (KATAKANA_BUILDING.test(text.slice(from)) &&
      ((room[2] ?? "").length >= 3 || /^[0-9]{1,2}F$/u.test(room[2] ?? "")))
  ) {
    return from + room[0].length;
  }
  return buildingAfter(text, from);
}
