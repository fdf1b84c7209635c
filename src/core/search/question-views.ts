import type { FaqEntry } from "../faq";
import type { TextAnalyzer } from "./analyze-text";
import type { Bm25Hit, Bm25Index, Bm25Scores } from "./bm25";
import { selectTop } from "./bm25";
import type { RerankWeights } from "./rerank-features";
import { computeCandidateFeatures, scoreFeatures } from "./rerank-features";
import { RERANK_WEIGHTS } from "./rerank-weights";

/**
 * Keywords this long are phrasings ("来月から海外に住む"); shorter ones are names of the topic
 * (義務, お金), which the whole-entry score already uses and which, as a view of their own,
 * would be "fully covered" by any query that says them. Tuning rows: 6 > 0 and 10.
 */
export const VIEW_MIN_CHARS = 6;
/** Only this many whole-entry candidates are reranked (keeps latency flat). */
export const RERANK_DEPTH = 20;

/** Per entry, per view: the view's distinct terms and their total weight × IDF. */
export type QuestionViews = {
  readonly terms: readonly (readonly (readonly string[])[])[];
  readonly norms: readonly (readonly number[])[];
};

/**
 * Question-like views of an FAQ entry: its question and each keyword phrasing ("also asked
 * as"). A caller's question usually says one of these in other words; how completely the
 * caller's words cover the best view is a sharper signal than the whole entry, whose answer
 * adds many words of its own.
 */
export function listViews(entry: FaqEntry): string[] {
  const phrases = entry.keywords.filter((keyword) => keyword.length >= VIEW_MIN_CHARS);
  return [entry.question, ...phrases].filter((text) => text.trim().length > 0);
}

/** Analyzes every entry's views; IDF comes from the whole-entry index `whole`. */
export function buildQuestionViews(params: {
  entries: readonly FaqEntry[];
  analyze: TextAnalyzer;
  whole: Bm25Index;
}): QuestionViews {
  const terms = params.entries.map((entry) =>
    listViews(entry).map((text) => [...new Set(params.analyze(text))]),
  );
  const norms = terms.map((views) =>
    views.map((view) => Math.round(params.whole.weightOf(view) * 1000) / 1000),
  );
  return { terms, norms };
}

/**
 * Reranks the best {@link RERANK_DEPTH} entries by whole-entry BM25F (scaled to the best) plus
 * the weighted rerank features (`rerank-features.ts`): chiefly how completely the query covers
 * the entry's best view, and whether the two name the same concepts and ask the same kind of
 * thing. Cost: the candidates' view terms only, whatever the FAQ size.
 */
export function rerankWithViews(params: {
  whole: Bm25Scores;
  views: QuestionViews;
  queryTerms: readonly string[];
  idf: (term: string) => number;
  limit: number;
  /** Bigram cosine of the query with the entry at an index (`BigramSimilarity.scorer`). */
  bigram?: (index: number) => number;
  /** @default RERANK_WEIGHTS */
  weights?: RerankWeights;
}): Bm25Hit[] {
  const { candidates, features } = computeCandidateFeatures({
    ...params,
    depth: Math.max(params.limit, RERANK_DEPTH),
  });
  const weights = params.weights ?? RERANK_WEIGHTS;
  const scores = new Float64Array(params.whole.scores.length);
  candidates.forEach((hit, c) => {
    scores[hit.index] = scoreFeatures(features[c] ?? [], weights);
  });
  return selectTop(
    candidates.map((hit) => hit.index),
    scores,
    params.limit,
  );
}
