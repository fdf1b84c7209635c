import { foundNameCandidate } from "./name-candidate";
import { GIVEN_READINGS } from "../surnames";
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
