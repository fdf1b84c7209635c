import { execAll } from "../text-tools";
/** A run of digits with single separators between groups, e.g. `090-1234-5678`, `06(6123)4567`. */
export type NumberRun = {
  readonly start: number;
  readonly end: number;
  readonly digits: string;
  /** Digit count of each group, split at separators. */
  readonly groups: readonly number[];
  /** Whether the run is written with an international `+81` prefix. */
  readonly international: boolean;
};

// Linear: every repetition consumes one digit; separators and digits are disjoint classes.
// A dot before the run excludes it only as a decimal or version point (`1.5`, `v.2`); an
// ellipsis (`えー…090`, normalized to `...`) is a pause.
// 0 9 0 - 2 2 1 8: digits spaced by voice input, a spaced hyphen between groups.
const RUN = /(?<![0-9A-Za-z,])(?<![0-9A-Za-z]\.)(\+?)[0-9](?:(?:[- ()]{0,2}| - )[0-9])*/g;
// プラス はち いち …: the plus of +81 said as a word (the digits after it normalized to 8-1-…).
const SPOKEN_PLUS = /プラス ?$/u;

/** `090.3344.5566`: phone numbers written with dots (never decimals: three groups, leading 0). */
// 7432.0223.4944: a My Number written in three dotted groups of four.
const DOTTED_PHONE =
  /(?<![0-9.])(?:0[0-9]{1,4}\.[0-9]{1,4}\.[0-9]{3,4}|[0-9]{4}\.[0-9]{4}\.[0-9]{4})(?![0-9]|\.[0-9])/g;

const AREA_CODE_CLOSED = /^0[0-9]{1,4}\)/u;
/** 090/6182/3357: a phone written with slashes in a staff note (ten or eleven digits, leading 0). */
const SLASHED_PHONE = /(?<![0-9/])0[0-9]{1,4}\/[0-9]{1,4}\/[0-9]{3,4}(?![0-9]|\/[0-9])/g;

/** Finds digit runs; runs joined only by spaces are also offered split at those spaces. */
export function findNumberRuns(text: string): NumberRun[] {
  const runs: NumberRun[] = [];
  for (const match of execAll(RUN, text)) {
    const plus = match[1] ?? "";
    const trimmed = match[0].replace(/[ (]+$/, "");
    const start = match.index ?? 0;
    // (03)4213-8867: a bracketed area code keeps its opening bracket.
    const bracketed = text[start - 1] === "(" && AREA_CODE_CLOSED.test(trimmed);
    const spoken =
      plus === "" && (text[start - 1] === "ス" || text[start - 2] === "ス")
        ? SPOKEN_PLUS.exec(text.slice(Math.max(0, start - 4), start))
        : null;
    if (spoken) {
      // プラス: read as the + it stands for, the word kept inside the run.
      const run = toRun(`+${trimmed}`, start, true);
      runs.push(changedRun(run, { start: start - spoken[0].length, end: start + trimmed.length }));
      continue;
    }
    runs.push(
      bracketed
        ? changedRun(toRun(trimmed, start, plus === "+"), { start: start - 1 })
        : toRun(trimmed, start, plus === "+"),
    );
  }
  if (text.includes("/")) joinSeparated(runs, text, SLASHED_PHONE, "/");
  if (text.includes(".")) joinSeparated(runs, text, DOTTED_PHONE, ".");
  return runs;
}

/** Replaces the runs inside each match of `pattern` (groups split by `separator`) with one run. */
function joinSeparated(runs: NumberRun[], text: string, pattern: RegExp, separator: string): void {
  for (const match of execAll(pattern, text)) {
    const start = match.index ?? 0;
    const inner = runs.filter((run) => run.start >= start && run.end <= start + match[0].length);
    const groups = match[0].split(separator).map((group) => group.length);
    const dotted = {
      start,
      end: start + match[0].length,
      digits: match[0].split(separator).join(""),
      groups,
      international: false,
    };
    if (separator === "/" && (dotted.digits.length < 10 || dotted.digits.length > 11)) continue;
    runs.splice(runs.indexOf(inner[0] as NumberRun), inner.length, dotted);
  }
}

/** The parts of a run between spaces, for runs that hold two numbers (`090-1234-5678 03-…`). */
export function splitAtSpaces(text: string, run: NumberRun): NumberRun[] {
  const raw = text.slice(run.start, run.end);
  const parts: NumberRun[] = [];
  let offset = 0;
  for (const piece of raw.split(" ")) {
    const lead = piece.length - piece.replace(/^[-()]+/, "").length;
    const body = piece.replace(/^[-()]+/, "").replace(/[-(]+$/, "");
    if (/[0-9]/.test(body)) parts.push(toRun(body, run.start + offset + lead, false));
    offset += piece.length + 1;
  }
  return parts;
}

/**
 * `{ ...run, ...changes }` with the keys in {@link toRun}'s order: one object shape for every run
 * (a spread makes another, and a new shape throws away the optimized code of the passes reading runs).
 */
function changedRun(run: NumberRun, changes: Partial<NumberRun>): NumberRun {
  return {
    start: changes.start ?? run.start,
    end: changes.end ?? run.end,
    digits: changes.digits ?? run.digits,
    groups: changes.groups ?? run.groups,
    international: changes.international ?? run.international,
  };
}

function toRun(raw: string, start: number, international: boolean): NumberRun {
  // The lengths of the parts between separators, counted without split() (see splitAtAny).
  const groups: number[] = [];
  let size = 0;
  for (let i = 0; i < raw.length; i += 1) {
    if (!"- ()".includes(raw.charAt(i))) size += 1;
    else if (size > 0) {
      groups.push(size);
      size = 0;
    }
  }
  if (size > 0) groups.push(size);
  return {
    start,
    end: start + raw.length,
    digits: raw.replace(/[^0-9]/g, ""),
    groups,
    international,
  };
}

/**
 * `ロクロク、ロクロク、あ、ロクロクナナ` → `66-66-667`: a caller who restarts a group says its start
 * again. A group whose digits begin the next group is dropped; null when none is.
 */
export function dropStutters(run: NumberRun): NumberRun | null {
  if (run.groups.length < 3) return null;
  const parts: string[] = [];
  let at = 0;
  for (const size of run.groups) {
    parts.push(run.digits.slice(at, at + size));
    at += size;
  }
  const kept = parts.filter((part, i) => {
    const next = parts[i + 1];
    return !(next !== undefined && part.length >= 2 && next.startsWith(part));
  });
  if (kept.length === parts.length) return null;
  return changedRun(run, { digits: kept.join(""), groups: kept.map((part) => part.length) });
}

/**
 * Every way to cut a run in two at a separator between digit groups, for runs that hold two
 * numbers said one after the other (`080-5524-3391-080-5524-3391`, a number read back).
 */
export function twoWaySplits(
  text: string,
  run: NumberRun,
  limit = Infinity,
): [NumberRun, NumberRun][] {
  const raw = text.slice(run.start, run.end);
  const out: [NumberRun, NumberRun][] = [];
  for (const gap of execAll(/(?<=[0-9])[- ()]+(?=[0-9])/gu, raw)) {
    if (out.length >= limit) break;
    const cut = gap.index ?? 0;
    const left = raw.slice(0, cut).replace(/^[(]/u, "");
    const lead = raw.length - raw.replace(/^[(]/u, "").length;
    const rightFrom = cut + gap[0].length;
    out.push([
      toRun(left, run.start + lead, run.international),
      toRun(raw.slice(rightFrom), run.start + rightFrom, false),
    ]);
  }
  return out;
}
