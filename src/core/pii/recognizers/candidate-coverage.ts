import type { Candidate } from "../types";

/**
 * A test whether some candidate covers `start`–`end` (starts at or before it, ends at or after
 * it): the farthest end among the candidates starting at or before `start`, found by a binary
 * search. A long text asks about thousands of spans against thousands of names; testing each
 * span against every name grows with the square of the text.
 */
export function candidateCoverage(
  found: readonly Candidate[],
): (start: number, end: number) => boolean {
  const sorted = [...found].sort((a, b) => a.start - b.start);
  const farthest: number[] = [];
  for (const candidate of sorted)
    farthest.push(Math.max(candidate.end, farthest[farthest.length - 1] ?? -1));
  return (start, end) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((sorted[middle]?.start ?? 0) <= start) low = middle + 1;
      else high = middle;
    }
    return low > 0 && (farthest[low - 1] ?? -1) >= end;
  };
}
