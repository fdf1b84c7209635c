import { foldForMatch } from "../text";

type SparseVector = Map<string, number>;

function countBigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const chars = Array.from(foldForMatch(text).replace(/[\s\p{P}\p{S}]+/gu, ""));
  for (let i = 0; i + 1 < chars.length; i += 1) {
    const gram = chars[i]! + chars[i + 1]!;
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/**
 * Character-bigram TF-IDF with cosine similarity over whole passages (title, headings and
 * text). Fused with BM25 it brings back what word-level analysis loses: partial compounds
 * (定期代 ~ 定期券) and short questions whose one content word the segmenter splits. Derived
 * from the chunks, so it is rebuilt on load and never stored.
 */
export class CharBigramRanker {
  private readonly idf = new Map<string, number>();
  private readonly vectors: SparseVector[];

  constructor(texts: readonly string[]) {
    const counts = texts.map(countBigrams);
    const df = new Map<string, number>();
    for (const count of counts)
      for (const gram of count.keys()) df.set(gram, (df.get(gram) ?? 0) + 1);
    for (const [gram, n] of df) this.idf.set(gram, Math.log(texts.length / n) + 1);
    this.vectors = counts.map((count) => this.weigh(count));
  }

  /** Passage indexes by descending cosine similarity (only those sharing a bigram), best `limit`. */
  rank(question: string, limit: number): number[] {
    const query = this.weigh(countBigrams(question));
    const scored: { index: number; score: number }[] = [];
    this.vectors.forEach((vector, index) => {
      let score = 0;
      for (const [gram, weight] of query) score += weight * (vector.get(gram) ?? 0);
      if (score > 0) scored.push({ index, score });
    });
    return scored
      .sort((a, b) => b.score - a.score || a.index - b.index)
      .slice(0, limit)
      .map((hit) => hit.index);
  }

  private weigh(count: Map<string, number>): SparseVector {
    const vector: SparseVector = new Map();
    let norm = 0;
    for (const [gram, tf] of count) {
      const weight = (1 + Math.log(tf)) * (this.idf.get(gram) ?? 0);
      if (weight === 0) continue;
      vector.set(gram, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [gram, weight] of vector) vector.set(gram, weight / norm);
    return vector;
  }
}
