/**
 * What a manual search returns, built from its ranking and the not-found judgement: the best
 * passages with location and snippet, or "not found" with the closest documents.
 */

import { buildSnippet } from "./build-snippet";
import { formatLocation } from "./format-location";
import type { AnswerableJudgement } from "./judge-answerable";
import type { PassageRanking } from "./rank-passages";
import type { ClosestDocument, DocChunk, DocHit, DocSearchResult } from "./types";

/** How many documents a "not found" result lists. */
export const CLOSEST_DOCUMENTS = 3;

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/**
 * The result for `question` (as asked: snippets highlight its words, not the cut query text).
 * Scores are the passages' BM25 scores, rounded; a passage BM25 did not match scores 0.
 */
export function buildSearchResult(params: {
  readonly chunks: readonly DocChunk[];
  readonly titles: Readonly<Record<string, string>>;
  readonly question: string;
  readonly limit: number;
  readonly ranking: PassageRanking;
  readonly judgement: AnswerableJudgement;
}): DocSearchResult {
  const { chunks, titles, question, limit, ranking, judgement } = params;
  const { ranked, similarities, retrieval } = ranking;
  const gate = judgement.verdict;
  const coverage = gate.coverage;
  const bm25Scores = new Map(ranking.lexical.map((hit) => [hit.index, hit.score]));
  const scoreOf = (index: number) => round3(bm25Scores.get(index) ?? 0);
  if (!judgement.answerable) {
    const closestDocuments = findClosestDocuments({
      chunks,
      titles,
      ranked: ranked.map((hit) => hit.index),
      scoreOf,
    });
    return { found: false, closestDocuments, coverage, retrieval, gate };
  }
  const hits: DocHit[] = ranked.slice(0, limit).map(({ index }) => {
    const chunk = chunks[index]!;
    return {
      chunk,
      title: titles[chunk.doc] ?? chunk.doc,
      score: scoreOf(index),
      location: formatLocation(chunk),
      snippet: buildSnippet(chunk.text, question),
      ...(similarities ? { similarity: round3(similarities[index]!) } : {}),
    };
  });
  return { found: true, hits, coverage, retrieval, gate };
}

/** The documents of the best-ranked passages, each once, with its best passage's score. */
function findClosestDocuments(params: {
  readonly chunks: readonly DocChunk[];
  readonly titles: Readonly<Record<string, string>>;
  readonly ranked: readonly number[];
  readonly scoreOf: (index: number) => number;
}): ClosestDocument[] {
  const { chunks, titles, ranked, scoreOf } = params;
  const best = new Map<string, number>();
  for (const index of ranked) {
    const doc = chunks[index]!.doc;
    if (!best.has(doc)) best.set(doc, scoreOf(index));
  }
  return [...best].slice(0, CLOSEST_DOCUMENTS).map(([doc, score]) => ({
    doc,
    title: titles[doc] ?? doc,
    score,
  }));
}
