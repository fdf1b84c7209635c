/**
 * Reciprocal-rank fusion constant (Cormack, Clarke & Büttcher 2009, "Reciprocal Rank Fusion
 * outperforms Condorcet and individual Rank Learning Methods"): 60 keeps a first place in one
 * list from outweighing consistent places in both.
 */
export const RRF_K = 60;

/** How deep each ranking is read before fusing. */
export const FUSION_DEPTH = 50;

/**
 * Fuses rankings of the same items (each a list of item indexes, best first) by reciprocal
 * rank: Σ 1 / (k + rank). Raw scores are never compared, so BM25 scores and cosine
 * similarities need no common scale. Ties keep the order of the first ranking.
 */
export function fuseRankings(
  rankings: readonly (readonly number[])[],
  k: number = RRF_K,
): { index: number; score: number }[] {
  const scores = new Map<number, number>();
  for (const ranking of rankings) {
    ranking.slice(0, FUSION_DEPTH).forEach((index, rank) => {
      scores.set(index, (scores.get(index) ?? 0) + 1 / (k + rank + 1));
    });
  }
  return [...scores].map(([index, score]) => ({ index, score })).sort((a, b) => b.score - a.score);
}
