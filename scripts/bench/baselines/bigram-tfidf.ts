/**
 * Baseline: the plain character-bigram TF-IDF with cosine similarity a developer might write
 * first. No variants, no kana folding beyond NFKC, no field weights.
 */
import type { FaqEntry } from "../../../src/core";

export type BaselineSearch = (query: string, limit: number) => string[];

function toBigrams(text: string): string[] {
  const chars = Array.from(
    text
      .normalize("NFKC")
      .toLowerCase()
      .replace(/[\s\p{P}\p{S}]+/gu, ""),
  );
  const grams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i += 1) grams.push(`${chars[i]}${chars[i + 1]}`);
  return grams;
}

function countTerms(terms: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/** Builds the TF-IDF index over question, keywords and answer concatenated. */
export function createBigramTfidf(entries: readonly FaqEntry[]): BaselineSearch {
  const docs = entries.map((e) =>
    countTerms(toBigrams(`${e.question} ${e.keywords.join(" ")} ${e.answer}`)),
  );
  const df = new Map<string, number>();
  for (const doc of docs) for (const term of doc.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const idf = (term: string) => Math.log((docs.length + 1) / ((df.get(term) ?? 0) + 1)) + 1;
  const vectors = docs.map((doc) => {
    const vector = new Map<string, number>();
    let norm = 0;
    for (const [term, tf] of doc) {
      const weight = tf * idf(term);
      vector.set(term, weight);
      norm += weight * weight;
    }
    return { vector, norm: Math.sqrt(norm) || 1 };
  });
  return (query, limit) => {
    const q = countTerms(toBigrams(query));
    let qNorm = 0;
    const qVector = new Map<string, number>();
    for (const [term, tf] of q) {
      const weight = tf * idf(term);
      qVector.set(term, weight);
      qNorm += weight * weight;
    }
    qNorm = Math.sqrt(qNorm) || 1;
    return vectors
      .map(({ vector, norm }, index) => {
        let dot = 0;
        for (const [term, weight] of qVector) dot += weight * (vector.get(term) ?? 0);
        return { index, score: dot / (norm * qNorm) };
      })
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map((hit) => (entries[hit.index] as FaqEntry).id);
  };
}
