import type { Candidate } from "../types";
import { extendSpelling } from "./name-spelling";

/** A person-name candidate; the span grows over a spelling that follows (山田、山に田んぼの田). */
export function toCandidate(
  text: string,
  start: number,
  end: number,
  score: number,
  evidence: string,
): Candidate {
  const span = extendSpelling(text, start, end);
  return {
    type: "person_name",
    start: span.start,
    end: span.end,
    score,
    evidence,
    key: text.slice(start, end).replace(/[ ・]/g, ""),
  };
}

/**
 * A person-name candidate taken as said, with no spelling to extend: a repeat, reading or
 * spelling of a name already found, or a full name read from the lists.
 */
export function foundNameCandidate(
  text: string,
  start: number,
  end: number,
  evidence: string,
): Candidate {
  return {
    type: "person_name",
    start,
    end,
    score: 0.7,
    evidence,
    key: text.slice(start, end).replace(/[ ・]/g, ""),
  };
}

/**
 * Collects name candidates for a pass over notes and replies: `push` keeps a span only when it
 * overlaps neither a candidate found before the pass nor one the pass already kept.
 */
export function collectNames(
  text: string,
  found: readonly Candidate[],
): {
  readonly out: Candidate[];
  readonly push: (start: number, end: number, evidence: string) => void;
} {
  const out: Candidate[] = [];
  const taken = (start: number, end: number) =>
    found.some((c) => c.start < end && start < c.end) ||
    out.some((c) => c.start < end && start < c.end);
  const push = (start: number, end: number, evidence: string) => {
    if (end > start && !taken(start, end)) out.push(foundNameCandidate(text, start, end, evidence));
  };
  return { out, push };
}

/** No surnames of the city's own: one shared empty set. */
export const NO_EXTRA_SURNAMES: ReadonlySet<string> = new Set();

/** The city's own surnames as a set, {@link NO_EXTRA_SURNAMES} when there are none. */
export function extraSurnameSet(extraSurnames: readonly string[]): ReadonlySet<string> {
  return extraSurnames.length > 0 ? new Set(extraSurnames) : NO_EXTRA_SURNAMES;
}
