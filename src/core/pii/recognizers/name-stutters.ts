import { foundNameCandidate } from "./name-candidate";
import { NAME_STOP_WORDS } from "../name-stop-words";
import { GIVEN_READINGS, SURNAMES } from "../surnames";
import type { Candidate } from "../types";
import { scriptAt } from "./name-runs";

const WORD = "[\\p{Script=Han}々\\p{Script=Hiragana}\\p{Script=Katakana}ー]{1,8}";
/** `森っていいます、森。` / `もりした、もりしたけんた、`: the name said again, maybe in full. */
const AFTER = new RegExp(`^(?:です|っていいます|と申します)?、 ?(${WORD})(?=[。、!? ]|$)`, "u");

/**
 * A caller who stutters or repeats a found name says it (or its start) next to it, separated by
 * a comma only. One kanji counts here too: the repeat is adjacent, not anywhere in the turn.
 */
export function findNameStutters(text: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const name of found) {
    if (name.type !== "person_name") continue;
    const value = text.slice(name.start, name.end);
    if (!/^[\p{Script=Han}々\p{Script=Hiragana}\p{Script=Katakana}ー]+$/u.test(value)) continue;
    const before = stutterBefore(text, name.start);
    if (
      before &&
      value.startsWith(before.word) &&
      (before.word.length >= 2 || /\p{Script=Han}/u.test(before.word))
    )
      out.push(
        foundNameCandidate(text, before.start, before.start + before.word.length, "echo:stutter"),
      );
    const after = AFTER.exec(text.slice(name.end, name.end + 20));
    const word = after?.[1] ?? "";
    const rest = word.slice(value.length);
    if (after && word.startsWith(value) && (rest === "" || GIVEN_READINGS.has(rest))) {
      const end = name.end + after[0].length;
      out.push(foundNameCandidate(text, end - word.length, end, "echo:stutter"));
    }
  }
  return out;
}

/** What a caller says when taking a name back: 佐々木…いや佐々本です, 高田、じゃなくて高畑. */
const TAKEN_BACK =
  /([\p{Script=Han}々]{1,4})(?:\.\.\.|…|、| )?(?:いや|いえ|じゃなくて|ではなくて|違った|ちがった|違う|ちがう)[、 ]?$/u;

/**
 * 佐々木…いや佐々本です: the name a caller took back, right before a found name. Taken when it is a
 * listed surname or shares a kanji with the name said instead (a slip is rarely far from the name).
 */
export function findTakenBackNames(text: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const name of found) {
    if (name.type !== "person_name") continue;
    const match = TAKEN_BACK.exec(text.slice(Math.max(0, name.start - 14), name.start));
    const word = match?.[1] ?? "";
    if (!match || NAME_STOP_WORDS.has(word)) continue;
    const value = text.slice(name.start, name.end);
    if (!SURNAMES.has(word) && ![...word].some((c) => c !== "々" && value.includes(c))) continue;
    const start = name.start - match[0].length;
    out.push(foundNameCandidate(text, start, start + word.length, "echo:taken-back"));
  }
  return out;
}

/** `林、林です` / `ふじもと、ふじもとなおみ`: the word said right before `at` and a comma, or null. */
function stutterBefore(text: string, at: number): { start: number; word: string } | null {
  let end = at;
  if (text[end - 1] === " ") end -= 1;
  if (text[end - 1] !== "、") return null;
  end -= 1;
  const script = scriptAt(text, end - 1);
  if (!script) return null;
  let start = end;
  while (start > 0 && end - start < 8 && scriptAt(text, start - 1) === script) start -= 1;
  return { start, word: text.slice(start, end) };
}
