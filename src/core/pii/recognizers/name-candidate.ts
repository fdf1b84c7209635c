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
