/**
 * Character-bigram TF-IDF cosine between a query and each entry's question and keywords: no
 * segmentation, no variants. It sees what the word analyzer folds away (the caller's exact
 * wording, inflections, unsegmented compounds), so the reranker uses it next to BM25F. Rebuilt
 * from the entries' text, so it adds nothing to a serialized index.
 */
export class BigramSimilarity {
  private constructor(
    private readonly idf: ReadonlyMap<string, number>,
    private readonly defaultIdf: number,
    private readonly vectors: readonly ReadonlyMap<string, number>[],
    private readonly norms: readonly number[],
  ) {}

  static build(texts: readonly string[]): BigramSimilarity {
    const counts = texts.map((text) => countBigrams(text));
    const df = new Map<string, number>();
    for (const doc of counts) for (const gram of doc.keys()) df.set(gram, (df.get(gram) ?? 0) + 1);
    const idf = new Map<string, number>();
    for (const [gram, n] of df) idf.set(gram, Math.log((texts.length + 1) / (n + 1)) + 1);
    const defaultIdf = Math.log(texts.length + 1) + 1;
    const vectors = counts.map((doc) => {
      const vector = new Map<string, number>();
      for (const [gram, tf] of doc) vector.set(gram, tf * (idf.get(gram) ?? defaultIdf));
      return vector;
    });
    const norms = vectors.map((vector) => {
      let sum = 0;
      for (const weight of vector.values()) sum += weight * weight;
      return Math.sqrt(sum) || 1;
    });
    return new BigramSimilarity(idf, defaultIdf, vectors, norms);
  }

  /** A scorer for one query: cosine (0–1) with the entry at `index`. */
  scorer(query: string): (index: number) => number {
    const weights = new Map<string, number>();
    let sum = 0;
    for (const [gram, tf] of countBigrams(query)) {
      const weight = tf * (this.idf.get(gram) ?? this.defaultIdf);
      weights.set(gram, weight);
      sum += weight * weight;
    }
    const queryNorm = Math.sqrt(sum) || 1;
    return (index) => {
      const vector = this.vectors[index];
      if (!vector) return 0;
      let dot = 0;
      for (const [gram, weight] of weights) dot += weight * (vector.get(gram) ?? 0);
      return dot / (queryNorm * (this.norms[index] ?? 1));
    };
  }
}

/** Bigram counts of NFKC-folded, lower-cased text without spaces, punctuation or symbols. */
function countBigrams(text: string): Map<string, number> {
  const chars = Array.from(
    text
      .normalize("NFKC")
      .toLowerCase()
      .replace(/[\s\p{P}\p{S}]+/gu, ""),
  );
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i += 1) {
    const gram = `${chars[i]}${chars[i + 1]}`;
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}
