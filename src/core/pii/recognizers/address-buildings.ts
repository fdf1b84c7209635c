import { execAll } from "../text-tools";
import type { Candidate } from "../types";

/** Words that name a building (グリーンハイツ柚木原, コーポ西, 桜台団地). */
export const BUILDING =
  /ハイツ|マンション|コーポ|アパート|荘|ビル|レジデンス|メゾン|ハイム|団地|棟|タワー|パレス|ヒルズ|コート|ハウス|住宅|寮|フラット|プラザ|ガーデン|シャトー|ヴィラ|テラス/u;

/** A room as written after a building name: 803号室, 203, 2F-B, B-203. */
const ROOM_CODE = "(?:[0-9]{1,4}(?:号室|号)?|[0-9]{1,2}F(?:-?[A-Z0-9]{1,3})?|[A-Z]-?[0-9]{1,4})";
const NAME_CHAR = "[\\p{Script=Katakana}ー・\\p{Script=Han}々ヶA-Za-z]";
const NAME_END = "(?=[、。,!?]|です|で[、。 ]|でした|$)";

/** 柚木原2-14-7 グリーンハイツ柚木原、: a building name with no room after the block numbers. */
// 蔵元町2番地1 白砂酒造寮で受付: a name ending in its building word may go on with a particle.
const BUILDING_AFTER = new RegExp(
  `^[、,]?\\s?(${NAME_CHAR}{2,20}${NAME_END}|${NAME_CHAR}{1,18}(?:寮|荘|ハイツ|コーポ|団地|マンション|アパート|住宅|ハウス|レジデンス)(?=で|に|へ|から))`,
  "u",
);

/**
 * 2丁目9番5号ひかり寮 / …4号さくら荘に: a building named in hiragana before its building word, glued
 * to the block (not a clause: 5号にある寮, 3番地から寮).
 */
const KANA_BUILDING_AFTER =
  /^(?![はがをにでのもとへやか])(\p{Script=Hiragana}{2,6})(?:寮|荘|団地|住宅|ハイツ|コーポ)(?=[、。,!?]|です|で|に|へ|から|の|$)/u;

/** Where a building name right after the block numbers ends, or `from` when none follows. */
export function buildingAfter(text: string, from: number): number {
  const match = BUILDING_AFTER.exec(text.slice(from, from + 24));
  if (match && BUILDING.test(match[1] ?? "")) return from + match[0].length;
  const kana = KANA_BUILDING_AFTER.exec(text.slice(from, from + 12));
  return kana && !/[のにでがはをへとも]/u.test(kana[1] ?? "") ? from + kana[0].length : from;
}

// 建物はリバーテラスの303です: の may stand between the name and the room.
/**
 * マンション名はルミエール葵坂で / アパートはシャトー水鏡 2F-B: a building named after a label, in a
 * text that gives an address: a name starting in katakana, with an optional room. The name holds a
 * building word, a kanji (a place: 葵坂) or a room number.
 */
const LABELLED = new RegExp(
  `(?:マンション|アパート|建物|ビル|団地|ハイツ|コーポ|寮)(?:の)?(?:名前|名)?(?:は|が|:)[、 ]?(\\p{Script=Katakana}${NAME_CHAR}{2,19}(?: ?の? ?${ROOM_CODE})?)${NAME_END}`,
  "gu",
);

/** The label words {@link LABELLED} starts with: a cheap test before it runs. */
const LABEL_WORD = /マンション|アパート|建物|ビル|団地|ハイツ|コーポ|寮/u;

/** 部屋番号は501です / 部屋番号はアーバン椎の109: the room (and its building) after its label. */
const ROOM_LABELLED = new RegExp(
  `部屋番号(?:は|が|:)[、 ]?((?:\\p{Script=Katakana}${NAME_CHAR}{1,19} ?の? ?)?[0-9]{2,4}(?:号室|号)?)${NAME_END}`,
  "gu",
);

/**
 * …もいりますか、ハイツ蛍川の203です: in a text that gives an address, a katakana name holding a
 * building word, then a room number, is the caller's building and room whatever the label.
 */
const BUILDING_ROOM = new RegExp(
  `(?<![\\p{Script=Katakana}ー・\\p{Script=Han}々ヶA-Za-z])(\\p{Script=Katakana}${NAME_CHAR}{1,19} ?の? ?[0-9]{3,4}(?:号室|号)?)${NAME_END}`,
  "gu",
);

/**
 * アパートは、ひばりそうの、205: after a building label, a name read in kana whose last word is a
 * building word said aloud (そう for 荘, りょう for 寮), then a room number.
 */
const KANA_BUILDING = /そう|りょう/u;
const KANA_NAMED_ROOM = new RegExp(
  `(?:マンション|アパート|建物|団地)(?:の)?(?:名前|名)?(?:は|が|:)[、 ]?([\\p{Script=Hiragana}\\p{Script=Katakana}ー\\p{Script=Han}々]{1,10}(?:そう|りょう) ?の?[、 ]?[0-9]{3,4}(?:号室|号)?)${NAME_END}`,
  "gu",
);

/** A building or room said at `start` (the key without spaces). */
const buildingAt = (start: number, value: string, evidence: string): Candidate => ({
  type: "address",
  start,
  end: start + value.length,
  score: 0.7,
  evidence,
  key: value.replace(/\s/g, ""),
});

export function findLabelledBuildings(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const match of BUILDING.test(text) ? execAll(BUILDING_ROOM, text) : []) {
    const room = match[1] ?? "";
    const name = /^(.*?) ?の? ?[0-9]/u.exec(room)?.[1] ?? "";
    if (!BUILDING.test(name)) continue;
    out.push(buildingAt(match.index ?? 0, room, "shape:building-room"));
  }
  for (const match of text.includes("部屋番号") ? execAll(ROOM_LABELLED, text) : []) {
    const room = match[1] ?? "";
    out.push(buildingAt((match.index ?? 0) + match[0].length - room.length, room, "cue:room"));
  }
  for (const match of LABEL_WORD.test(text) && KANA_BUILDING.test(text)
    ? execAll(KANA_NAMED_ROOM, text)
    : []) {
    const room = match[1] ?? "";
    out.push(
      buildingAt((match.index ?? 0) + match[0].length - room.length, room, "cue:kana-building"),
    );
  }
  for (const match of LABEL_WORD.test(text) ? execAll(LABELLED, text) : []) {
    const name = match[1] ?? "";
    // オートロック, エレベーター: a katakana word alone is what the building has, not its name.
    if (!BUILDING.test(name) && !/[\p{Script=Han}0-9]/u.test(name)) continue;
    const start = (match.index ?? 0) + match[0].length - name.length;
    out.push(buildingAt(start, name, "cue:building-name"));
  }
  return out;
}

/**
 * マンション、ベルメゾン茜坂の902号室に住む: a building's name and a room with 号室, with no block
 * numbers, where the kind of building is said before it or living after it.
 */
const ROOM_HOME =
  /(マンション|アパート|ハイツ|コーポ|団地|寮)?[、 ]?(\p{Script=Katakana}[\p{Script=Katakana}ー・\p{Script=Han}々ヶ]{1,15} ?の? ?[0-9]{2,4}号室)/gu;
const LIVING_AFTER = /^(?:に|で)?(?:住|暮ら|在住)|^の者/u;

export function findRoomHomes(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const match of execAll(ROOM_HOME, text)) {
    const room = match[2] ?? "";
    const end = (match.index ?? 0) + match[0].length;
    if (!match[1] && !LIVING_AFTER.test(text.slice(end, end + 4))) continue;
    out.push(buildingAt(end - room.length, room, "pattern:room-home"));
  }
  return out;
}
