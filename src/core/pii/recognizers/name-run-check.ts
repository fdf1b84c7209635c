import { GIVEN_KANJI } from "../name-kanji";
import { NAME_PREFIXES, NAME_STOP_WORDS, ORG_SUFFIX, PLACE_WORDS } from "../name-stop-words";
import { GIVEN_NAMES } from "../surnames";
import type { CueStrength, NameMatch } from "./name-check";
import { checkName, hasNonNameKanji } from "./name-check";
import type { Finding } from "./name-kana-joins";
import { kanaAfterSurname } from "./name-kana-joins";
import { isGivenWord } from "./name-given-after";
import type { NameRun } from "./name-runs";

/**
 * Validates a run as a name. A run with an inner space may hold two words (市民課 山田, 鬼塚勝也 電話):
 * the part next to the cue is tried when the whole run is not a known name.
 */
export function check(
  text: string,
  run: NameRun | null,
  strength: CueStrength,
  side: "before" | "after",
  extra: ReadonlySet<string>,
): Finding | null {
  if (!run) return null;
  const value = text.slice(run.start, run.end);
  const whole = checkName(value, strength, extra) ?? kanaAfterSurname(text, run, side, extra);
  if (whole?.known || !value.includes(" ")) return toFinding(run.start, whole);
  const space = value.indexOf(" ");
  // 氏名は蒲池 真一: after a strong cue, a short name-like word after the space is the given name.
  if (whole && strength === "strong" && side === "after" && isGivenShaped(value.slice(space + 1)))
    return toFinding(run.start, whole);
  const partStart = side === "before" ? run.start + space + 1 : run.start;
  const part = side === "before" ? value.slice(space + 1) : value.slice(0, space);
  const found = checkName(part, strength, extra);
  return found ? toFinding(partStart, found) : toFinding(run.start, whole);
}

/** A given name written in 1–3 kanji, or a kana given name. */
function isGivenShaped(word: string): boolean {
  if (GIVEN_NAMES.has(word) || (!/^\p{Script=Han}/u.test(word) && isGivenWord(word))) return true;
  return /^[\p{Script=Han}々]{1,3}$/u.test(word) && [...word].every((c) => GIVEN_KANJI.has(c));
}

export function toFinding(base: number, match: NameMatch | null): Finding | null {
  return match
    ? { start: base + match.offset, end: base + match.offset + match.length, known: match.known }
    : null;
}

/**
 * 勅使河原と申します: before a self-introduction a listed surname found at the end of a kanji run
 * that starts the clause (勅使|河原) is the end of a longer, unlisted surname. The 1–2 kanji before
 * it join the name unless they are a word of their own (私, 担当, 市, 証明).
 */
export function wholeHanRun(
  text: string,
  run: NameRun | null,
  found: Finding | null,
): Finding | null {
  if (!run || !found || run.script !== "han" || found.end !== run.end) return found;
  const prefix = text.slice(run.start, found.start);
  if (prefix.length === 0 || prefix.length > 2 || prefix.includes(" ")) return found;
  if (!/(?:^|[、。!? ]|はい)$/u.test(text.slice(Math.max(0, run.start - 2), run.start)))
    return found;
  if (NAME_STOP_WORDS.has(prefix) || PLACE_WORDS.has(prefix) || NAME_PREFIXES.test(prefix))
    return found;
  if (
    ORG_SUFFIX.test(prefix) ||
    hasNonNameKanji(prefix) ||
    /[私当本弊御貴今昨明先毎日月年時]/u.test(prefix)
  )
    return found;
  return { start: run.start, end: found.end, known: found.known };
}
