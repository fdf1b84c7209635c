import { HIRAGANA_STOP_WORDS } from "../name-stop-words";
import { SURNAMES } from "../surnames";
import type { NameMatch } from "./name-check";
import { checkName } from "./name-check";
import type { NameRun } from "./name-runs";
import { nameRunBefore, scriptAt } from "./name-runs";

/** A name span found in the text (known: confirmed by a list). */
export type Finding = { start: number; end: number; known: boolean };

/**
 * しもかわべ と申します: right before a self-introduction, a whole hiragana run that starts a
 * clause (after 、, a space or the start) is the name, even when no reading is known.
 */
export function wholeKanaRun(text: string, run: NameRun | null): Finding | null {
  if (!run || run.script !== "hiragana" || run.end - run.start < 3) return null;
  if (!/^(?:[、。 ]|)$/u.test(text.slice(Math.max(0, run.start - 1), run.start))) return null;
  const value = text.slice(run.start, run.end);
  if (HIRAGANA_STOP_WORDS.has(value) || /[をへ]|です|ます/u.test(value)) return null;
  return { start: run.start, end: run.end, known: false };
}

/** 久保田あやめの代理: an unknown kana given name glued to a known surname before a cue. */
export function kanaAfterSurname(
  text: string,
  run: NameRun,
  side: "before" | "after",
  extra: ReadonlySet<string>,
): NameMatch | null {
  if (side !== "before" || run.script === "han" || run.end - run.start > 5) return null;
  const surname = nameRunBefore(text, run.start);
  if (!surname || surname.script !== "han" || text[run.start - 1] === " ") return null;
  const word = text.slice(surname.start, surname.end);
  return SURNAMES.has(word) || extra.has(word)
    ? { offset: 0, length: run.end - run.start, known: true }
    : null;
}

/**
 * 野々村のぞみ: a kanji surname glued to a kana given name found by a cue; 今井 さくら: with a
 * space between them only a listed surname counts.
 */
export function surnameBeforeKanaLength(
  text: string,
  start: number,
  extra: ReadonlySet<string>,
): number {
  if (scriptAt(text, start) !== "hiragana" && scriptAt(text, start) !== "katakana") return 0;
  const spaced = text[start - 1] === " ";
  const run = nameRunBefore(text, spaced ? start - 1 : start);
  if (!run || run.script !== "han") return 0;
  const word = text.slice(run.start, run.end);
  if (word.length > 4 || word.includes(" ")) return 0;
  const known = SURNAMES.has(word) || extra.has(word);
  if (spaced) return known ? word.length + 1 : 0;
  return known || checkName(word, "weak", extra)?.length === word.length ? word.length : 0;
}
