import { execAll } from "../text-tools";
import type { Candidate, PiiType } from "../types";
import { isMonthDay, parseDate } from "./date-values";

/**
 * Items a clerk reads by their place next to other items, as on an envelope or a form read aloud
 * (post-processing over the normalized text and the candidates found so far):
 * - a full past date right after a person's name in a list is that person's date of birth
 *   (`陸奥 賢、S33/10/10、0176-…`, `三國 ひより、平成20年10月19日、〒…`); a date followed by に,
 *   まで or から, or a date still to come, is not;
 * - a day, month and year written with dots before 生まれ or after a birth label (`22.10.1990生まれ`);
 * - the household a letter goes to after the address (`…1-18-2 月影荘3号 猪狩方 白土 明美様`,
 *   `…3-1-9、須藤方、宇津木 佳奈`), and a building with its room said after the block
 *   (`…2-11-5 ラ・メール琥珀橋503、`);
 * - an address written in English order: the room and building before the block
 *   (`Room 305, Maple Court, 2-14-8 Kaededai`), the ward before the town (`Muteki-ku Shiomizaka
 *   3-2-17`) or after the block (`Tsukikage-cho 1-5-20, Muteki-ku`).
 */
const DATE_AFTER_NAME =
  /^(?:さん|様)?[、, ] ?((?:明治|大正|昭和|平成|令和)(?:元|[0-9]{1,2})年[0-9]{1,2}月[0-9]{1,2}日|[MTSHR][0-9]{1,2}[./][0-9]{1,2}[./][0-9]{1,2}|(?:19|20)[0-9]{2}(?:年[0-9]{1,2}月[0-9]{1,2}日|([./-])[0-9]{1,2}\2[0-9]{1,2}))(?=[、,。 ]|$)/;
const NAME_THEN_DATE = /[、, さ様]/;
const NOT_BIRTH_AFTER =
  /^[、,。 ]?(?:に|まで|から|より|の(?:予定|期限|締切)|締切|期限|予定|以降|以前)/;
/** Dates of birth lie in the past (a baby born this year too): a later year is an appointment or a deadline. */
const THIS_YEAR = new Date().getFullYear();

const DOTTED_DMY = /(?<![0-9.])([0-3]?[0-9])\.([01]?[0-9])\.((?:19|20)[0-9]{2})(?![0-9.])/g;
const BORN_AFTER = /^ ?(?:生まれ|うまれ|生|に生まれ|born)/;
const BIRTH_LABEL_BEFORE = /(?:生年月日|誕生日|生まれ|DOB|dob|[Bb]orn|[Bb]irth)[^0-9。]{0,6}$/;

/** 猪狩方 / 須藤方: the household a letter is addressed care of. */
const CARE_OF =
  /^[ 、,] ?(?:([^ 、,。]{1,12}?[0-9]{1,4}(?:号室|号)?) )?([\u3400-\u9fff々ヶ]{1,3})方(?=[ 、,]|$)/;
/** ラ・メール琥珀橋503、: a building word and its room right after the block. */
const BUILDING_AFTER =
  /^ ((?:[\u3400-\u9fff々ヶ\u30a1-\u30faー・A-Za-z]){2,12}?[0-9]{2,4}(?:号室|号)?)(?=[、,。]|$)/;
/**
 * Room 305, Maple Court, / Flat 2, Sekirei Heights, : the room and building before the block;
 * Phòng 104, Sakura-ryo, / Quarto 12, …: the room in Vietnamese or Portuguese; Kamar 14,
 * Nan'yo Foods Asrama, : in Indonesian.
 */
// Kamar 3, Asrama Hoshi 2, / Quarto 8, Dormitório 1, / Phòng 5, Ký túc xá số 2, : the building
// may end in its number and be named in words with marks, lower case after the first; Phòng 5, ký
// túc xá Hoshi, : a dormitory's word (Vietnamese, Indonesian, Portuguese) in lower case opens it.
const ROOM_BEFORE =
  /(?:Room|Rm\.?|Flat|Apt\.?|Apartment|Unit|[Pp]hòng|Quarto|Apto\.?|Apartamento|Kamar|#) ?[0-9A-Z-]{1,5}, ?(?:(?:[A-Z][A-Za-z'-]+ ){0,3}[A-Z][A-Za-z'-]+|\p{Lu}[\p{L}\p{M}'-]*(?: [\p{L}\p{M}'-]+){0,4}(?: (?:số |No\.? ?)?[0-9]{1,3})?|(?:ký túc xá|ktx|nhà trọ|asrama|dormitório)(?: [\p{L}\p{M}'-]+){0,3}(?: (?:số |No\.? ?)?[0-9]{1,3})?), ?$/u;
/**
 * Maple Court 305, / Coop Hibari 2B, : the building named by its kind's word (as after the block,
 * `…, Sunny Plaza`), then its room's number, before the block.
 */
const BUILDING_ROOM_BEFORE =
  /(?<![A-Za-z])(?:[A-Z][a-z'-]+ ){0,2}(?:Plaza|Heights|Mansion|Court|Residences?|Tower|House|Apartments?|Building|Bldg\.?|Haitsu|Hights|Coop|Corpo|Villa|Gardens?|Hills|Palace|Terrace|Maison|Manor)(?: [A-Z][a-z'-]+){0,2} (?:#|No\.? ?)?[0-9]{1,4}[A-Z]?, ?$/u;
/** Muteki-ku Shiomizaka 3-2-17: the ward and the town before the block. */
const WARD_BEFORE = /[A-Z][a-z]+-(?:ku|shi|gun) [A-Z][a-z]+(?:-(?:cho|machi|dori))? ?$/;
/** Tsukikage-cho 1-5-20, Muteki-ku: the ward after the block. */
const WARD_AFTER = /^(?:, ?[A-Z][a-z]+-(?:ku|shi|gun|ken))+/;

export function findFormChains(text: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const candidate of found) {
    if (candidate.type === "person_name") {
      // Only a comma, a space or an honorific may follow the name (checked before any slice).
      if (!NAME_THEN_DATE.test(text[candidate.end] ?? "")) continue;
      const match = DATE_AFTER_NAME.exec(text.slice(candidate.end, candidate.end + 24));
      const date = match?.[1] ?? "";
      if (!match || !isPastDate(date)) continue;
      const end = candidate.end + match[0].length;
      if (NOT_BIRTH_AFTER.test(text.slice(end, end + 6))) continue;
      out.push(item("birth_date", text, end - date.length, end, "chain:date-after-name"));
    } else if (candidate.type === "address") {
      out.push(...aroundAddress(text, candidate));
    }
  }
  if (text.includes(".")) {
    for (const match of execAll(DOTTED_DMY, text)) {
      const [value, day = "", month = ""] = match;
      const start = match.index ?? 0;
      const end = start + value.length;
      if (!isMonthDay(Number(month), Number(day))) continue;
      if (
        !BORN_AFTER.test(text.slice(end, end + 8)) &&
        !BIRTH_LABEL_BEFORE.test(text.slice(Math.max(0, start - 16), start))
      )
        continue;
      out.push(item("birth_date", text, start, end, "cue:birth-dotted-dmy"));
    }
  }
  return out;
}

function aroundAddress(text: string, address: Candidate): Candidate[] {
  const out: Candidate[] = [];
  const after = text.slice(address.end, address.end + 40);
  const building = BUILDING_AFTER.exec(after);
  if (building) {
    const end = address.end + building[0].length;
    out.push(item("address", text, address.start, end, "chain:building-after"));
  }
  const careOf = CARE_OF.exec(after);
  if (careOf) {
    const end = address.end + careOf[0].length;
    const household = careOf[2] ?? "";
    if (careOf[1])
      out.push(
        item("address", text, address.start, end - household.length - 2, "chain:building-after"),
      );
    const start = end - household.length - 1;
    out.push(item("person_name", text, start, start + household.length, "chain:care-of"));
  }
  const value = text.slice(address.start, address.end);
  if (/[0-9]-[0-9]/.test(value) && /[A-Za-z]/.test(text)) {
    const before = text.slice(Math.max(0, address.start - 48), address.start);
    const room =
      ROOM_BEFORE.exec(before) ?? BUILDING_ROOM_BEFORE.exec(before) ?? WARD_BEFORE.exec(before);
    const ward = WARD_AFTER.exec(after);
    if (room || ward) {
      const start = address.start - (room?.[0].length ?? 0);
      const end = address.end + (ward?.[0].length ?? 0);
      out.push(item("address", text, start, end, "chain:english-order"));
    }
  }
  return out;
}

function isPastDate(date: string): boolean {
  const value = parseDate(date);
  return (
    value !== null &&
    value.year !== null &&
    value.day !== null &&
    value.year >= 1900 &&
    value.year <= THIS_YEAR
  );
}

function item(
  type: PiiType,
  text: string,
  start: number,
  end: number,
  evidence: string,
): Candidate {
  const value = text.slice(start, end);
  return {
    type,
    start,
    end,
    score: 0.75,
    evidence,
    key: type === "person_name" ? value.replace(/[ ・]/g, "") : value.replace(/\s/g, ""),
  };
}
