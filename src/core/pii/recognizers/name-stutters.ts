import { execAll } from "../text-tools";
import { foundNameCandidate } from "./name-candidate";
import { NAME_STOP_WORDS } from "../name-stop-words";
import { GIVEN_READINGS, SURNAMES } from "../surnames";
import type { Candidate } from "../types";
import { scriptAt } from "./name-runs";
import { fitsReading } from "./name-written-as";

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
  /([\p{Script=Han}々]{1,4})(?:\.\.\.|…|、| )?(?:いや|いえ|じゃなくて|ではなくて|やなくて|違った|ちがった|違う|ちがう)[、 ]?$/u;

const TAKEN_BACK_WORD = /いや|いえ|なくて|違|ちが/u;

/**
 * 佐々木…いや佐々本です: the name a caller took back, right before a found name. Taken when it is a
 * listed surname or shares a kanji with the name said instead (a slip is rarely far from the name).
 */
export function findTakenBackNames(text: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  // Every word TAKEN_BACK ends with holds one of these: without them no slice can match.
  if (!TAKEN_BACK_WORD.test(text)) return out;
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

/**
 * ともえ… あ、富樫 友江です / ユキコ、すいません、土田 由紀子です: a caller who opens with the given
 * name in kana, breaks off and gives the full name instead said its given name first.
 */
const FALSE_START =
  /(^|もしもし|はい|[。!?])([、 ]?)(\p{Script=Hiragana}{2,6}|[\p{Script=Katakana}ー]{2,6})(?:…|\.\.\.|、) ?(?:あっ?|いや|いえ|すみません|すいません|失礼しました|ごめんなさい)[、 ]?$/u;
/** Fillers and replies a caller may break off after (あのね…); never a given name. */
const NOT_GIVEN_START =
  /^(?:えっと|ええ?っ?と|えーと|えー$|あの|その(?:ー|$)|まあ$|うん|うーん|ええ$|はい|もしもし|こちら|わたし|わたくし|ちょっと|すみません|すいません)/u;
const FALSE_START_WINDOW = 24;

/** The given name said in kana before a full name the caller then said instead. */
export function findFalseStarts(text: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const name of found) {
    if (name.type !== "person_name") continue;
    const value = text.slice(name.start, name.end);
    const given = value.slice(value.indexOf(" ") + 1);
    if (!value.includes(" ") || !/^[\p{Script=Han}々]{1,3}$/u.test(given)) continue;
    const from = Math.max(0, name.start - FALSE_START_WINDOW);
    // Only a slice that starts the text may match ^ (the call's opening).
    const before = from === 0 ? text.slice(0, name.start) : `\u0000${text.slice(from, name.start)}`;
    const match = FALSE_START.exec(before);
    const word = match?.[3] ?? "";
    if (!match || NOT_GIVEN_START.test(word) || !fitsReading(given, word)) continue;
    const at = match.index + (match[1] ?? "").length + (match[2] ?? "").length;
    const start = name.start - before.length + at;
    out.push(foundNameCandidate(text, start, start + word.length, "echo:false-start"));
  }
  return out;
}

const CORRECTION_WORD = /違|ちが|いや|いえ|じゃなく|ではなく|でなく/u;
const PLAIN = /^(?:(?![ィゥェォッャュョ])[ア-ロワヲンガ-ボ])+$/u;
const WORD_PAIR =
  /(?<![\p{Script=Katakana}ー])([\p{Script=Katakana}ー]{3,8})(?:です|でございます)?[…、。 .]*(?:あ[、 ]?)?(?:違う|ちがう|違った|ちがった|いや|いえ|じゃなくて|ではなくて)[、 ]?([\p{Script=Katakana}ー]{3,8})(?=です|でございます|と申|[、。!?]|$)/gu;
/** 百目鬼(どうめき)じゃなくて、百目木 / 林じゃなくて林田: the wrong name said after a found one. */
const WRONG_AFTER =
  /^(?:\([^)]{1,16}\))?(?:です)?(?:じゃなくて|ではなくて|やなくて|じゃなく|ではなく|でなくて|でなく)[、 ]?([\p{Script=Han}々]{1,5})(?![\p{Script=Han}々])/u;

/**
 * はい、ナマタメです…あ、違う、ナマタベです: a katakana word taken back for one that differs from it
 * in a single letter is a name misheard or misspoken (both are masked); 百目鬼じゃなくて百目木: a kanji
 * word said after a found name and じゃなくて, sharing all but one of its kanji, is the name miswritten.
 */
export function findCorrectedNames(text: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  if (!CORRECTION_WORD.test(text)) return out;
  for (const match of /[ァ-ヺ]/u.test(text) ? execAll(WORD_PAIR, text) : []) {
    const [first, second] = [match[1] ?? "", match[2] ?? ""];
    // コピーです…違う、コピペです: loanwords hold ー and small letters; names said in kana rarely do.
    if (differences(first, second) !== 1 || !PLAIN.test(first) || !PLAIN.test(second)) continue;
    const start = match.index ?? 0;
    const end = start + match[0].length;
    out.push(foundNameCandidate(text, start, start + first.length, "echo:name-corrected"));
    out.push(foundNameCandidate(text, end - second.length, end, "echo:name-corrected"));
  }
  if (!/じゃなく|ではなく|でなく/u.test(text)) return out;
  for (const name of found) {
    const key = name.key.replace(/\(.*$/u, "");
    if (name.type !== "person_name" || !/^[\p{Script=Han}々]{2,}$/u.test(key)) continue;
    const match = WRONG_AFTER.exec(text.slice(name.end, name.end + 32));
    const word = match?.[1] ?? "";
    if (!match || differences(key, word) > 1 || NAME_STOP_WORDS.has(word)) continue;
    const end = name.end + match[0].length;
    out.push(foundNameCandidate(text, end - word.length, end, "echo:name-corrected"));
  }
  return out;
}

/** Letters that differ between two words of the same length (Infinity for other lengths). */
function differences(a: string, b: string): number {
  if (a.length !== b.length) return Infinity;
  let count = 0;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) count += 1;
  return count;
}

/** `林、林です` / `ふじもと、ふじもとなおみ`: the word said right before `at` and a comma, or null. */
function stutterBefore(text: string, at: number): { start: number; word: string } | null {
  let end = at;
  if (text[end - 1] === " ") end -= 1;
  if (text[end - 1] === "、") end -= 1;
  else {
    // 国分 …… 国分 正道: a pause (an ellipsis) between the start and the name said whole.
    const pause = end;
    while (end > 0 && pause - end < 6 && /[.…]/u.test(text[end - 1] ?? "")) end -= 1;
    if (end === pause) return null;
    if (text[end - 1] === " ") end -= 1;
  }
  const script = scriptAt(text, end - 1);
  if (!script) return null;
  let start = end;
  while (start > 0 && end - start < 8 && scriptAt(text, start - 1) === script) start -= 1;
  return { start, word: text.slice(start, end) };
}
