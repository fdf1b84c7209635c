import { HIRAGANA_STOP_WORDS, NAME_STOP_WORDS, PLACE_WORDS } from "../name-stop-words";
import { GIVEN_NAMES, GIVEN_READINGS, PLACE_HOMOGRAPHS, SURNAMES } from "../surnames";
import type { Candidate } from "../types";
import { toCandidate } from "./name-candidate";
import { foldVariants } from "./name-echoes";
import { nameRunAfter, scriptAt } from "./name-runs";

/**
 * The second UTF-16 unit of every two- and three-unit surname, by its first unit: one lookup rules
 * out a position before any piece of the run is cut and looked up.
 */
const SURNAME_SECOND_UNITS = new Map<number, Set<number>>();
for (const surname of SURNAMES.keys()) {
  if (surname.length !== 2 && surname.length !== 3) continue;
  const first = surname.charCodeAt(0);
  const seconds = SURNAME_SECOND_UNITS.get(first) ?? new Set<number>();
  seconds.add(surname.charCodeAt(1));
  SURNAME_SECOND_UNITS.set(first, seconds);
}

/** 山田太郎から電話: a known surname directly followed by a known given name needs no cue. */
export function recognizeFullNames(text: string): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  while (i < text.length) {
    if (scriptAt(text, i) !== "han") {
      i += 1;
      continue;
    }
    const run = nameRunAfter(text, i);
    let end = run ? run.end : i + 1;
    if (run && run.end - run.start >= 2) {
      // 日下部 冨美子: a name written with a variant kanji is looked up in its common form.
      const found = findFullName(foldVariants(text.slice(run.start, run.end)));
      if (found)
        out.push(
          toCandidate(
            text,
            run.start + found.start,
            run.start + found.end + givenEndingAfter(text, run.start + found.end),
            0.75,
            "dictionary:full-name",
          ),
        );
      else if (run.script === "han" && text.charCodeAt(run.end) >= 0x3041) {
        const given =
          text.charCodeAt(run.end) >= 0x30a1
            ? katakanaGivenAfter(text, run.start, run.end)
            : hiraganaGivenAfter(text, run.start, run.end);
        if (given > 0)
          out.push(
            toCandidate(text, run.start, run.end + given, 0.75, "dictionary:full-name-kana"),
          );
      }
      if (!found) {
        // 204号室 一ノ瀬 和美: a run joined over a space may hide a name after the space.
        const space = text.indexOf(" ", run.start);
        if (space >= 0 && space < run.end) end = space + 1;
      }
    }
    i = Math.max(end, i + 1);
  }
  return out;
}

/**
 * 竹下さくら / 大串のぞみ: a listed surname (the whole kanji run, no town's name) glued to a listed
 * given name in hiragana that is the whole kana run. Its length, 0 when there is none.
 */
function hiraganaGivenAfter(text: string, start: number, end: number): number {
  if (!plainSurname(text.slice(start, end))) return 0;
  let stop = end;
  while (stop - end <= 5 && scriptAt(text, stop) === "hiragana") stop += 1;
  if (scriptAt(text, stop) === "hiragana") return 0;
  // 山田のぞみ号: a kanji word glued after it makes a compound (an honorific may follow).
  if (scriptAt(text, stop) === "han" && !/^[様殿氏君]/u.test(text[stop] ?? "")) return 0;
  const listed = (given: string) =>
    given.length >= 2 &&
    given.length <= 4 &&
    GIVEN_READINGS.has(given) &&
    !HIRAGANA_STOP_WORDS.has(given);
  const given = text.slice(end, stop);
  if (listed(given)) return given.length;
  // 内藤ひよりは: one particle closing the kana run is no part of the name.
  return PARTICLE_END.test(given) && listed(given.slice(0, -1)) ? given.length - 1 : 0;
}
const PARTICLE_END = /[はがのもをにとで]$/u;

/** The whole kanji run is a listed surname that no town or ordinary word shares. */
function plainSurname(surname: string): boolean {
  if (surname.length < 2 || !SURNAMES.has(surname) || PLACE_HOMOGRAPHS.has(surname)) return false;
  return !PLACE_WORDS.has(surname) && !NAME_STOP_WORDS.has(surname);
}

/**
 * 片桐ミツ宅 / 内海ハル(86): a listed surname glued to a listed katakana given name that is the
 * whole katakana run, before a particle, a pause, a bracket, an honorific or 宅 (not a compound
 * word: 田中ビル and 宮本ホテル are no given names). Its length, 0 when there is none.
 */
function katakanaGivenAfter(text: string, start: number, end: number): number {
  if (!plainSurname(text.slice(start, end))) return 0;
  let stop = end;
  while (stop - end <= 4 && scriptAt(text, stop) === "katakana") stop += 1;
  const given = text.slice(end, stop);
  if (given.length < 2 || given.length > 4 || !GIVEN_NAMES.has(given)) return 0;
  return KATAKANA_GIVEN_END.test(text.slice(stop, stop + 2)) ? given.length : 0;
}
const KATAKANA_GIVEN_END = /^(?:[のがはもとに、。!?」() 宅様殿氏]|さん|です|$)/u;

function findFullName(run: string): { start: number; end: number } | null {
  for (let p = 0; p + 2 <= run.length; p += 1) {
    if (!SURNAME_SECOND_UNITS.get(run.charCodeAt(p))?.has(run.charCodeAt(p + 1))) continue;
    for (const size of [3, 2]) {
      if (!SURNAMES.has(run.slice(p, p + size))) continue;
      const givenStart = run[p + size] === " " ? p + size + 1 : p + size;
      const givenLength = givenNameLengthAt(run, givenStart);
      if (givenLength > 0) return { start: p, end: givenStart + givenLength };
    }
  }
  return null;
}

/**
 * 相談 長岡真理子(長女): the run's limit cut a listed given name (真理) before a women's ending
 * kanji (子, 江, 代…) that ends the word; 1 when it does, else 0.
 */
function givenEndingAfter(text: string, end: number): number {
  if (!GIVEN_ENDING.test(text[end] ?? "") || scriptAt(text, end + 1) === "han") return 0;
  // 山田太郎子ども: 子ども and 子たち are children, not the name's end.
  return /^子(?:ども|たち)/u.test(text.slice(end, end + 3)) ? 0 : 1;
}
const GIVEN_ENDING = /^[子江代枝恵乃]$/u;

/** Length of a known given name at `p`; one-kanji names (茂) only when they end the run. */
function givenNameLengthAt(run: string, p: number): number {
  for (const size of [3, 2, 1]) {
    const piece = run.slice(p, p + size);
    if (piece.length !== size || !GIVEN_NAMES.has(piece)) continue;
    if (size === 1 && p + 1 !== run.length) continue;
    return size;
  }
  return 0;
}
