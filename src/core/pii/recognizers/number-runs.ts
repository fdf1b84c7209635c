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
const RUN = /(?<![0-9A-Za-z.,])(\+?)[0-9](?:[- ()]{0,2}[0-9])*/g;

/** Finds digit runs; runs joined only by spaces are also offered split at those spaces. */
export function findNumberRuns(text: string): NumberRun[] {
  const runs: NumberRun[] = [];
  for (const match of text.matchAll(RUN)) {
    const plus = match[1] ?? "";
    const trimmed = match[0].replace(/[ (]+$/, "");
    runs.push(toRun(trimmed, match.index ?? 0, plus === "+"));
  }
  return runs;
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

function toRun(raw: string, start: number, international: boolean): NumberRun {
  const groups = raw
    .split(/[- ()]+/)
    .filter((g) => g.length > 0)
    .map((g) => g.length);
  return {
    start,
    end: start + raw.length,
    digits: raw.replace(/[^0-9]/g, ""),
    groups,
    international,
  };
}
