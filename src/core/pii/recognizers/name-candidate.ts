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
