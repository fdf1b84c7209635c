import { cuesBefore } from "../cues";
import type { Candidate, RecognizerInput } from "../types";

const NUM = "(?:[0-9]{1,4}|[〇一二三四五六七八九十百]{1,5})";
const DASH = "(?:-|の)";
// Alternatives: 丁目 (+ 番/号 or dashes), 番地 (+の N 号), N番N号, and the compact 1-2-3 form.
const BLOCK = new RegExp(
  [
    `${NUM}丁目(?:\\s?${NUM}(?:番地?|${DASH})(?:\\s?${NUM}(?:号(?!室)|${DASH}${NUM})?)?|\\s?${NUM}号(?!室))?`,
    `${NUM}番地(?:${DASH}?${NUM}(?:号(?!室))?)?`,
    `${NUM}番${NUM}号(?!室)`,
    // Block numbers never start with 0 (0120-95-0178 is a phone number).
    `(?<![0-9-])[1-9][0-9]{0,3}(?:${DASH}[0-9]{1,4}){1,2}(?![0-9]|-[0-9])`,
  ].join("|"),
  "gu",
);
/** Characters of place names directly before the block number (天神, 大手町, 西新宿). */
const PLACE_CHAR = /[\p{Script=Han}\p{Script=Katakana}ー々ヶ]/u;
const TOWN_SUFFIX = /[町丁村台丘野原山川田島浜崎沢谷坂通条区市郡]$/u;
const FACILITY =
  /役所|役場|庁舎|本庁|支所|出張所|センター|会場|窓口|事務所|事務局|図書館|公民館|郵便局|警察署|消防署|病院|駅|店舗|本社|営業所/u;
const UNIT_AFTER =
  /^\s?(円|件|人|名|回|歳|才|時|分|日|月|年|%|番目|番線|番窓口|番の窓口|個|枚|号車|号線|号館|階)/u;
const BUILDING =
  /ハイツ|マンション|コーポ|アパート|荘|ビル|レジデンス|メゾン|ハイム|団地|棟|タワー|パレス|ヒルズ|コート|ハウス|住宅|寮|フラット|プラザ|ガーデン|シャトー|ヴィラ|テラス/u;
const ROOM =
  /^\s?(?:([\p{Script=Hiragana}\p{Script=Katakana}ー・\p{Script=Han}A-Za-z]{1,16})\s?)?([0-9]{1,4})(号室|号|階)?/u;
const MAX_PLACE_CHARS = 20;
/** Cheap pre-check: every address form has one of these. */
const MAYBE_ADDRESS = /丁目|番|号|[0-9][-の][0-9]/;
const CUE_WINDOW = 24;

/** Addresses: town + 丁目/番地/号 or 1-2-3 forms, with the place name before and building/room after. */
export function recognizeAddresses(input: RecognizerInput): Candidate[] {
  const { text } = input;
  if (!MAYBE_ADDRESS.test(text)) return [];
  const hits = input.cues.filter((hit) => hit.kind === "address");
  const out: Candidate[] = [];
  for (const match of text.matchAll(BLOCK)) {
    const blockStart = match.index ?? 0;
    const blockEnd = blockStart + match[0].length;
    if (UNIT_AFTER.test(text.slice(blockEnd, blockEnd + 4))) continue;
    const start = extendLeft(text, blockStart);
    const place = text.slice(start, blockStart);
    const cued = cuesBefore(hits, start, CUE_WINDOW).has("address");
    const facility = FACILITY.test(text.slice(Math.max(0, start - CUE_WINDOW), blockEnd + 6));
    const score = scoreBlock(match[0], place, cued);
    if (score === 0 || (facility && !cued)) continue;
    const end = extendRight(text, blockEnd);
    out.push({
      type: "address",
      start,
      end,
      score,
      evidence: `pattern:address${cued ? "+cue" : ""}`,
      key: text.slice(start, end).replace(/\s/g, ""),
    });
  }
  return out;
}

function scoreBlock(block: string, place: string, cued: boolean): number {
  const compact = /^[0-9]/.test(block) && !/[丁番号]/u.test(block);
  if (compact) {
    const parts = block.split(/-|の/u);
    if (parts.length === 3 && (place.length > 0 || cued)) return 0.75;
    if (parts.length === 2 && (TOWN_SUFFIX.test(place) || cued) && place.length > 0) return 0.7;
    return 0;
  }
  const withHouse = /番|号|丁目.+/u.test(block);
  if (withHouse) return place.length > 0 || cued ? 0.85 : 0.7;
  return cued && place.length > 0 ? 0.7 : 0;
}

function extendLeft(text: string, from: number): number {
  let start = from;
  while (start > 0 && from - start < MAX_PLACE_CHARS && PLACE_CHAR.test(text[start - 1] ?? ""))
    start -= 1;
  return start;
}

function extendRight(text: string, from: number): number {
  const room = ROOM.exec(text.slice(from, from + 30));
  if (!room) return from;
  const name = room[1] ?? "";
  const suffix = room[3] ?? "";
  if (
    suffix === "号室" ||
    (name && BUILDING.test(name)) ||
    (!name && /^-/.test(text.slice(from)))
  ) {
    return from + room[0].length;
  }
  return from;
}
