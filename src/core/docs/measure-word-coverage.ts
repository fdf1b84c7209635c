import type { TextAnalyzer } from "../search";
import { TERM_PREFIX } from "../search";

/**
 * Share (0–1, IDF-weighted) of the question's words and concepts found in `passage`.
 * Character n-grams are left out on purpose: fragments of an unrelated word match almost any
 * passage, while a missing word (暗証番号 in welfare manuals) is the clearest sign that the
 * manuals do not cover the question.
 */
export function measureWordCoverage(params: {
  analyze: TextAnalyzer;
  queryTerms: readonly string[];
  passage: string;
  documentFrequency: (term: string) => number;
  documentCount: number;
}): number {
  const words = new Set(
    params.queryTerms.filter(
      (t) => t.startsWith(TERM_PREFIX.word) || t.startsWith(TERM_PREFIX.concept),
    ),
  );
  if (words.size === 0) return 0;
  const present = new Set(params.analyze(params.passage));
  let total = 0;
  let found = 0;
  for (const word of words) {
    const df = params.documentFrequency(word);
    const idf = Math.log(1 + (params.documentCount - df + 0.5) / (df + 0.5));
    total += idf;
    if (present.has(word)) found += idf;
  }
  return total > 0 ? found / total : 0;
}
