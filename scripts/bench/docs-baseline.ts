/**
 * The plain baseline for the manual-search benchmark: fixed-size windows of the raw page
 * text (no headings, no sections), character-bigram TF-IDF with cosine similarity. What one
 * would write in an afternoon; madoguchi's retrieval has to beat it to earn its complexity.
 */
import type { ExtractedDocument } from "../../src/core/docs";

export type BaselineChunk = { doc: string; page: number | null; text: string };

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const chars = Array.from(text.replace(/\s+/g, ""));
  for (let i = 0; i + 1 < chars.length; i += 1) {
    const gram = chars[i]! + chars[i + 1]!;
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

export class BigramTfIdf {
  private readonly vectors: Map<string, number>[];
  private readonly idf = new Map<string, number>();

  constructor(readonly chunks: readonly BaselineChunk[]) {
    const counts = chunks.map((chunk) => bigrams(chunk.text));
    const df = new Map<string, number>();
    for (const count of counts)
      for (const gram of count.keys()) df.set(gram, (df.get(gram) ?? 0) + 1);
    for (const [gram, n] of df) this.idf.set(gram, Math.log(chunks.length / n) + 1);
    this.vectors = counts.map((count) => this.weigh(count));
  }

  /** Windows of `window` characters every `stride` characters, page by page. */
  static build(
    documents: readonly ExtractedDocument[],
    window: number,
    stride: number,
  ): BigramTfIdf {
    const chunks: BaselineChunk[] = [];
    for (const document of documents) {
      for (const page of document.pages) {
        const text = page.text.replace(/\s+/g, " ");
        for (let start = 0; start < text.length; start += stride) {
          chunks.push({
            doc: document.doc,
            page: page.page,
            text: text.slice(start, start + window),
          });
          if (start + window >= text.length) break;
        }
      }
    }
    return new BigramTfIdf(chunks);
  }

  private weigh(count: Map<string, number>): Map<string, number> {
    const vector = new Map<string, number>();
    let norm = 0;
    for (const [gram, tf] of count) {
      const weight = (1 + Math.log(tf)) * (this.idf.get(gram) ?? 0);
      vector.set(gram, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [gram, weight] of vector) vector.set(gram, weight / norm);
    return vector;
  }

  search(question: string, limit: number): { chunk: BaselineChunk; score: number }[] {
    const query = this.weigh(bigrams(question));
    return this.vectors
      .map((vector, index) => {
        let score = 0;
        for (const [gram, weight] of query) score += weight * (vector.get(gram) ?? 0);
        return { chunk: this.chunks[index]!, score };
      })
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  }
}
