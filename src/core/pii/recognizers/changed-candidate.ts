import type { Candidate } from "../types";

/**
 * `{ ...candidate, ...changes }` for a candidate, its keys in the order every recognizer writes
 * them. A spread makes objects of another shape, and each new shape reaching a pass that was
 * compiled for one throws that pass's optimized code away (same fields, same values).
 */
export function changedCandidate(candidate: Candidate, changes: Partial<Candidate>): Candidate {
  return {
    type: changes.type ?? candidate.type,
    start: changes.start ?? candidate.start,
    end: changes.end ?? candidate.end,
    score: changes.score ?? candidate.score,
    evidence: changes.evidence ?? candidate.evidence,
    key: changes.key ?? candidate.key,
  };
}
