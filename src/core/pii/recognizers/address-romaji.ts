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
