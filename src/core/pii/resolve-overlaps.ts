import type { LocatedCandidate } from "./mask-pii";
import { PII_CLASS } from "./types";

/**
 * Keeps a set of non-overlapping findings: same-type overlaps merge into their union;
 * otherwise the higher score wins, then the block class, then the longer span.
 */
export function resolveOverlaps(
  candidates: readonly LocatedCandidate[],
  text = "",
): LocatedCandidate[] {
  if (candidates.length <= 1) return [...candidates];
  const merged = mergeSameType(candidates, text);
  const ranked = [...merged].sort(
    (a, b) =>
      b.score - a.score ||
      classRank(b) - classRank(a) ||
      b.originalEnd - b.originalStart - (a.originalEnd - a.originalStart) ||
      a.originalStart - b.originalStart,
  );
  // Occupied original positions: linear in the masked length, not quadratic in the findings.
  const size = ranked.reduce((max, c) => Math.max(max, c.originalEnd), 0);
  const taken = new Uint8Array(size);
  const kept: LocatedCandidate[] = [];
  for (const candidate of ranked) {
    if (isFree(taken, candidate)) {
      taken.fill(1, candidate.originalStart, candidate.originalEnd);
      kept.push(candidate);
    }
  }
  return kept;
}

/**
 * `text` is the normalized text: a name grown by a merge (おか + おかだ, タナカ + タナカ ジロウ) is keyed
 * by what it now covers, so that the same name said twice gets the same placeholder.
 */
function mergeSameType(candidates: readonly LocatedCandidate[], text: string): LocatedCandidate[] {
  const sorted = [...candidates].sort(
    (a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) || a.originalStart - b.originalStart,
  );
  const out: LocatedCandidate[] = [];
  for (const candidate of sorted) {
    const last = out.at(-1);
    if (last && last.type === candidate.type && candidate.originalStart < last.originalEnd) {
      // The wider finding names the union (タナカ ジロウ, not the タナカ inside it).
      const keepLast =
        last.score > candidate.score ||
        (last.score === candidate.score &&
          last.originalEnd - last.originalStart >= candidate.originalEnd - candidate.originalStart);
      const kept = keepLast ? last : candidate;
      const start = Math.min(last.start, candidate.start);
      const end = Math.max(last.end, candidate.end);
      const grown = kept.type === "person_name" && text && (start < kept.start || end > kept.end);
      // Written out in the order of maskPii's located candidates (one object shape for the passes
      // that read them), not spread.
      out[out.length - 1] = {
        type: kept.type,
        start,
        end,
        score: kept.score,
        evidence: kept.evidence,
        key: grown ? text.slice(start, end).replace(/[ ・]/g, "") : kept.key,
        originalStart: last.originalStart,
        originalEnd: Math.max(last.originalEnd, candidate.originalEnd),
      };
    } else {
      out.push(candidate);
    }
  }
  return out;
}

function classRank(candidate: LocatedCandidate): number {
  return PII_CLASS[candidate.type] === "block" ? 1 : 0;
}

function isFree(taken: Uint8Array, candidate: LocatedCandidate): boolean {
  for (let i = candidate.originalStart; i < candidate.originalEnd; i += 1)
    if (taken[i] === 1) return false;
  return true;
}
