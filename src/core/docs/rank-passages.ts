/**
 * The ranking pass of a manual search: reciprocal-rank fusion of word-level BM25, character
 * bigrams and, when the index has them, embeddings. Raw scores of different kinds are never
 * compared.
 */

import type { Bm25Hit, Bm25Index, TextAnalyzer } from "../search";
import type { CharBigramRanker } from "./char-bigram-ranker";
import type { DocEmbeddings } from "./doc-embeddings";
import type { VariantExpander } from "./expand-variants";
import { FUSION_DEPTH, fuseRankings } from "./fuse-rankings";
import { selectQueryTerms } from "./select-query-terms";
import type { DocRetrieval } from "./types";

/** The rankers of one index, each over the same chunks in the same order. */
export type PassageRankers = {
  readonly analyze: TextAnalyzer;
  readonly bm25: Bm25Index;
  readonly bigrams: CharBigramRanker;
  readonly expand: VariantExpander;
  readonly embeddings: DocEmbeddings | null;
};

/** Chunk indexes ranked for one question. */
export type PassageRanking = {
  /** The BM25 hits alone, best first (their scores are what results show). */
  readonly lexical: readonly Bm25Hit[];
  /** The fused ranking, best first; empty when BM25 matched nothing. */
  readonly ranked: readonly { readonly index: number; readonly score: number }[];
  /** Cosine similarity of each chunk to the question (hybrid retrieval only). */
  readonly similarities: Float64Array | null;
  readonly retrieval: DocRetrieval;
};

/**
 * Ranks the chunks for `text` (the question cut to the query limit). BM25 is read at least
 * `limit` deep; `queryVector` is used only when the index has embeddings.
 */
export function rankPassages(params: {
  readonly rankers: PassageRankers;
  readonly text: string;
  readonly limit: number;
  readonly queryVector?: readonly number[];
}): PassageRanking {
  const { rankers, text, limit, queryVector } = params;
  const lexical = rankers.bm25.search(
    selectQueryTerms(rankers.analyze, text),
    Math.max(limit, FUSION_DEPTH),
  );
  const similarities =
    queryVector && rankers.embeddings ? rankers.embeddings.similarities(queryVector) : null;
  const retrieval = similarities ? "hybrid" : "bm25";
  // Variants are expanded on both sides, so a paraphrase also shares the manual's bigrams.
  const rankings = [
    lexical.hits.map((hit) => hit.index),
    rankers.bigrams.rank(rankers.expand(text), FUSION_DEPTH),
  ];
  if (similarities) rankings.push(rankBySimilarity(similarities));
  const ranked = lexical.hits.length > 0 ? fuseRankings(rankings) : [];
  return { lexical: lexical.hits, ranked, similarities, retrieval };
}

function rankBySimilarity(similarities: Float64Array): number[] {
  return Array.from(similarities.keys())
    .sort((a, b) => similarities[b]! - similarities[a]!)
    .slice(0, FUSION_DEPTH);
}
