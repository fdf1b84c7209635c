import { execAll } from "../text-tools";
import type { Candidate, RecognizerInput } from "../types";

/**
 * Ashiharacho 5-3-17, Apto 101 / Hibarigaoka 4-2-9, phòng 305 / at Chidori 2-5-14: an address as
 * foreign residents write it in a sentence of their own language, the town in Hepburn romaji and
 * then the chome, block and house numbers (and perhaps the room).
 *
 * The town word must read as Japanese syllables (Route, Score and Gate do not all), and three
 * number groups must follow, the first a chome of one or two digits (a date's year has four).
 */
export function recognizeRomajiAddresses(input: RecognizerInput): Candidate[] {
  const { text } = input;
  const out: Candidate[] = WARD_GUARD.test(text) ? findRomajiLots(text) : [];
  if (LOT_FIRST_GUARD.test(text)) out.push(...findLotsBeforeTowns(text));
  if (STREET_GUARD.test(text))
    for (const match of execAll(STREET_ADDRESS, text)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      const key = text.slice(start, end);
      out.push({ type: "address", start, end, score: 0.75, evidence: "shape:street-address", key });
    }
  if (!GUARD.test(text)) return out;
  for (const match of execAll(ROMAJI_ADDRESS, text)) {
    const town = (match[1] ?? "").toLowerCase().replace(/-/gu, "");
    if (!HEPBURN.test(town) || NOT_TOWNS.has(town)) continue;
    const start = match.index ?? 0;
    // Daniel Osei 5-11-6 Yuzuhama: after a capitalized word the word is a name's last, not a town.
    if (NAME_BEFORE.test(text.slice(Math.max(0, start - 24), start))) continue;
    const end = start + match[0].length;
    out.push({
      type: "address",
      start,
      end,
      score: 0.75,
      evidence: "cue:romaji-address",
      key: text.slice(start, end),
    });
  }
  return out;
}

/**
 * Budodani 1051, Kakihara-ku: a rural lot (番地) written in English, the town in romaji, its bare
 * lot number and the ward after a comma (not a month or a room: November 15, Kakihara-ku).
 */
function findRomajiLots(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const match of execAll(ROMAJI_LOT, text)) {
    const town = (match[1] ?? "").toLowerCase();
    if (!HEPBURN.test(town) || NOT_TOWNS.has(town)) continue;
    const start = match.index ?? 0;
    if (NAME_BEFORE.test(text.slice(Math.max(0, start - 24), start))) continue;
    const end = start + match[0].length;
    const key = text.slice(start, end);
    out.push({ type: "address", start, end, score: 0.75, evidence: "cue:romaji-lot", key });
  }
  return out;
}

/**
 * Room 7, Hotel Yukimi Staff Dormitory, 1987 Yukimi Kogen, Yukimi-ku / Lodge Yamabiko Room 6, 2041
 * …: the lot number before the town (English order), the town's words all romaji syllables, the
 * ward after a comma, and the room and building said before the lot (not a date: February 7
 * Yukimi Chuo, …; not a town that reads as English).
 */
function findLotsBeforeTowns(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const match of execAll(LOT_BEFORE_TOWN, text)) {
    const words = (match[1] ?? "").toLowerCase().split(" ");
    if (!words.every((word) => HEPBURN.test(word) && !NOT_TOWNS.has(word))) continue;
    const lot = match.index ?? 0;
    if (DATE_BEFORE_LOT.test(text.slice(Math.max(0, lot - 12), lot))) continue;
    const before = text.slice(Math.max(0, lot - 64), lot);
    const room = Math.max(
      ROOM_THEN_BUILDING.exec(before)?.[0].length ?? 0,
      BUILDING_THEN_ROOM.exec(before)?.[0].length ?? 0,
    );
    const start = lot - room;
    const end = lot + match[0].length;
    const key = text.slice(start, end);
    out.push({ type: "address", start, end, score: 0.75, evidence: "cue:romaji-lot-first", key });
  }
  return out;
}

/**
 * 14 Ormond Street, Brunswick VIC 3056: an address abroad (a former or a next home) in English
 * order, the house number, the street with its kind, the suburb and the postcode (perhaps after a
 * state's letters); without the postcode a street is only a place (Ormond Street). 14 Dunmore Road,
 * Galway H91 X2F3 / 3 Mill Lane, Leeds LS1 4AP: an Irish Eircode or a British postcode.
 */
// 8/23 Rose Street, …: a unit's number and a slash before the house number, as Australia writes it.
// Flat 5C, 12 Lake Road, Pune 411001: an Indian address, the flat first and a six-digit PIN last.
const STREET_ADDRESS =
  /(?<![\p{L}\p{M}0-9.,:/-])(?:(?:Flat|Apartment|Apt\.?|Unit|Room) [0-9]{1,4}[A-Z]?, )?(?:[1-9][0-9]{0,3}\/)?[1-9][0-9]{0,4}[A-Za-z]? (?:[A-Z][a-z]+ ){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Drive|Dr|Lane|Ln|Crescent|Cres|Court|Ct|Place|Pl|Parade|Pde|Terrace|Tce|Boulevard|Blvd|Highway|Hwy|Way)\.?,? (?:[A-Z][a-z]+ ){1,3}(?:(?:[A-Z]{2,3} )?[0-9]{4,5}(?![0-9])|[1-9][0-9]{2} ?[0-9]{3}(?![0-9])|(?:[AC-FHKNPRTV-Y][0-9]{2}|D6W) [0-9AC-FHKNPRTV-Y]{4}(?![0-9A-Za-z])|[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}(?![0-9A-Za-z]))/gu;
const STREET_GUARD =
  /[a-z] (?:Street|St|Road|Rd|Avenue|Ave|Drive|Dr|Lane|Ln|Crescent|Cres|Court|Ct|Place|Pl|Parade|Pde|Terrace|Tce|Boulevard|Blvd|Highway|Hwy|Way)\b/u;
const LOT_FIRST_GUARD = /[0-9] [A-Z][a-z]+(?: [A-Z][a-z]+){0,2}, [A-Z][a-z]+-(?:ku|shi|gun)\b/u;
const LOT_BEFORE_TOWN =
  /(?<![\p{L}\p{M}0-9,.:/-])[1-9][0-9]{0,3}(?:-[0-9]{1,4})? (\p{Lu}[a-z]{2,}(?: \p{Lu}[a-z]{2,}){0,2})(?:, \p{Lu}[a-z]+-(?:ku|shi|gun|cho|machi))+(?![a-z])/gu;
/** A month, a weekday or a time word before the number: a date, not a lot. */
const DATE_BEFORE_LOT =
  /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? $|\b(?:[Oo]n|[Tt]he|[Uu]ntil|[Bb]y|[Ff]rom|[Ss]ince|[Ii]n|No\.?|#) $/u;
/** Room 7, Hotel Yukimi Staff Dormitory, : the room and the building, each before a comma. */
// Kamar 8, Asrama Hoshi 2, / Phòng 5, Ký túc xá số 2, : a building ending in its number, or named
// in words with marks, lower case after the first (or from the start: ký túc xá Hoshi).
const ROOM_THEN_BUILDING =
  /(?<![\p{L}\p{M}])(?:Room|Rm\.?|Flat|Apt\.?|Apartment|Unit|[Pp]hòng|Quarto|Apto\.?|Kamar) ?[0-9]{1,4}[A-Z]?, (?:(?!(?:It|I|My|Our|The|This|Is|At|In|New|Address)\b)(?:[A-Z][A-Za-z-]+(?: [A-Z][A-Za-z-]+){0,5}|\p{Lu}[\p{L}\p{M}'-]*(?: [\p{L}\p{M}'-]+){0,4}(?: (?:số |No\.? ?)?[0-9]{1,3})?|(?:ký túc xá|ktx|nhà trọ|asrama|dormitório)(?: [\p{L}\p{M}'-]+){0,3}(?: (?:số |No\.? ?)?[0-9]{1,3})?), )?$/u;
/** Lodge Yamabiko Room 6, : the building, then its room. */
const BUILDING_THEN_ROOM =
  /(?<![\p{L}\p{M}'])(?!(?:It|I|My|Our|The|This|Is|At|In|New|Address)\b)[A-Z][A-Za-z-]+(?: [A-Z][A-Za-z-]+){0,4} (?:Room|Rm\.?|Unit|[Pp]hòng|Quarto|Apto\.?|Kamar) ?[0-9]{1,4}[A-Z]?, $/u;

const WARD_GUARD = /[0-9], [A-Z][a-z]+-(?:ku|shi|gun)\b/u;
const ROMAJI_LOT =
  /(?<![\p{L}\p{M}])(\p{Lu}[a-z]{3,}) [1-9][0-9]{0,3}(?:-[0-9]{1,4})?, \p{Lu}[a-z]+-(?:ku|shi|gun)(?![a-z])/gu;

/** A small letter, a space and a chome with its dash: a cheap test before the pattern runs. */
const GUARD = /[a-z] [1-9][0-9]?-[0-9]/u;
/** Town (perhaps -cho / -machi), three number groups, perhaps a room after a comma. */
const ROMAJI_ADDRESS =
  /(?<![\p{L}\p{M}])(\p{Lu}[a-zāīūēō]{3,}(?:-(?:cho|machi|ku|dori))?) [1-9][0-9]?-[0-9]{1,4}-[0-9]{1,4}(?![0-9-])(?:,? (?:Apto\.?|Apt\.?|Room|Rm\.?|phòng|No\.?|#) ?[0-9]{1,4}(?![0-9]))?/gu;
const NAME_BEFORE = /\p{Lu}\p{Ll}+ $/u;
/** Syllables of Hepburn romaji, with a doubled consonant and long vowels. */
const HEPBURN =
  /^(?:(?:kk|ss|tt|pp|tch)?(?:(?:[kgsztdnhbpmr]y?|sh|ch|ts|j|f|w|y)?[aeiouāīūēō]|n))+$/u;
/** English words that read as romaji syllables and may stand before a score or a range. */
const NOT_TOWNS: ReadonlySet<string> = new Set(
  "route gate game page note zone time tone sure case rate male female phase size base mode type line".split(
    " ",
  ),
);
