/**
 * Baseline: the plain character-bigram TF-IDF with cosine similarity a developer might write
 * first, over question, keywords and answer concatenated. No variants, no kana folding beyond
 * NFKC, no field weights. The arithmetic is the reranker's bigram feature
 * (`src/core/search/bigram-similarity.ts`), here used alone.
 */
import type { FaqEntry } from "../../../src/core";
import { BigramSimilarity } from "../../../src/core/search/bigram-similarity";

export type BaselineSearch = (query: string, limit: number) => string[];

/** Builds the TF-IDF index over question, keywords and answer concatenated. */
export function createBigramTfidf(entries: readonly FaqEntry[]): BaselineSearch {
  const similarity = BigramSimilarity.build(
    entries.map((e) => `${e.question} ${e.keywords.join(" ")} ${e.answer}`),
  );
  return (query, limit) => {
    const score = similarity.scorer(query);
    return entries
      .map((entry, index) => ({ id: entry.id, score: score(index) }))
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map((hit) => hit.id);
  };
}
