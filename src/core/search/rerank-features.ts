import type { Bm25Hit, Bm25Scores } from "./bm25";
import { selectTop, termWeight } from "./bm25";
import type { QuestionViews } from "./question-views";
import { TERM_PREFIX } from "./analyze-text";

/**
 * What the reranker knows about one candidate entry, each in [0, 1]:
 * - `whole`: its whole-entry BM25F score over the best candidate's;
 * - `view`: how completely the query covers its best view (question or phrasing), damped for
 *   views with little evidence;
 * - `question`: the same for its question alone;
 * - `conceptRecall`: share of the query's concepts (IDF-weighted) named by its views;
 * - `questionConcepts`: share of its question's concepts that the query names;
 * - `intentMatch`: 1 when its question asks a kind of thing (how, when, cost…) the query asks;
 * - `intentExtra`: 1 when its question asks a kind of thing the query does not (何回 when the
 *   caller says what happened, not how many times);
 * - `bigram`: character-bigram cosine of the query with its question and keywords, over the best
 *   candidate's (`bigram-similarity.ts`);
 * - `askWhy`: 1 when the query asks why and one of its views (question or phrasing) does too. A
 *   reason is a different answer from the fact it explains (why the certificate lasts five
 *   years, not until when), and the two entries share nearly every other word;
 * - `intentInViews`: 1 when the query asks a kind of thing and every kind it asks (how, where,
 *   until when…) is asked by one of its views. The askWhy feature for every intent: an entry whose
 *   phrasings ask where, or until when, answers that, where its neighbour shares the topic only;
 * - `caseUnsaid`: 1 when its question names a special case the query does not: a place abroad
 *   (海外), or a head covered for a religious or medical reason (スカーフ, ヒジャブ). An entry about
 *   moving or living abroad holds every word of a move at home (引っ越したらカードはどうなりますか),
 *   the head-cover entry every word of a plain hat in the photo (帽子をかぶったままの写真); only a
 *   caller who names the case asks it;
 * - `personUnsaid`: 1 when its question is about a kind of person the query does not name: a
 *   child (子ども, and the narrower 乳児, 15歳未満) or an old person (高齢). The child's or the old
 *   person's entry holds every word of the general one (暗証番号を忘れた, 資格確認書);
 *   a caller who asks for a child or an old parent says so;
 * - `scopeUnsaid`: 1 when its question names a scope, all or both (全部, 両方), the query does not.
 *   The entry for every PIN forgotten holds every word of one PIN forgotten (暗証番号を忘れたら
 *   コンビニで直せる?); a caller who has forgotten them all says so.
 */
export const RERANK_FEATURE_NAMES = [
  "whole",
  "view",
  "question",
  "conceptRecall",
  "questionConcepts",
  "intentMatch",
  "intentExtra",
  "bigram",
  "askWhy",
  "intentInViews",
  "caseUnsaid",
  "personUnsaid",
  "scopeUnsaid",
] as const;

export type RerankWeights = Readonly<Record<(typeof RERANK_FEATURE_NAMES)[number], number>>;

/** The intent term of a question asking why (`intent-terms.ts`). */
const WHY_TERM = `${TERM_PREFIX.intent}why`;

/** Concepts of a special case (variants.ts, concept-lexicon.ts, everyday-lexicon.ts). */
const CASE_TERMS = ["海外", "すかふ"].map((c) => `${TERM_PREFIX.concept}${c}`);

/** Concepts of a kind of person; narrower ones (乳児, 15歳未満) also name these. */
const PERSON_TERMS = ["子ども", "高齢"].map((c) => `${TERM_PREFIX.concept}${c}`);

/** Concepts of a scope: all of them, both (全部, 両方; variants.ts). */
const SCOPE_TERMS = ["全部"].map((c) => `${TERM_PREFIX.concept}${c}`);

/** Views saying less than this (Σ weight × IDF) count in proportion: a bare お金 proves little. */
export const VIEW_MIN_EVIDENCE = 6;

export type CandidateFeatures = {
  readonly candidates: readonly Bm25Hit[];
  /** Per candidate, the values of {@link RERANK_FEATURE_NAMES} in that order. */
  readonly features: readonly (readonly number[])[];
};

/** Features of the best `depth` entries by whole-entry score. Cost: their view terms only. */
export function computeCandidateFeatures(params: {
  whole: Bm25Scores;
  views: QuestionViews;
  queryTerms: readonly string[];
  idf: (term: string) => number;
  depth: number;
  /** Bigram cosine of the query with the entry at an index; the feature is 0 without it. */
  bigram?: (index: number) => number;
}): CandidateFeatures {
  const candidates = selectTop(params.whole.touched, params.whole.scores, params.depth);
  const bestWhole = candidates[0]?.score ?? 0;
  if (bestWhole === 0) return { candidates: [], features: [] };
  const query = new Map<string, number>();
  for (const term of params.queryTerms) {
    if (!query.has(term)) query.set(term, termWeight(term) * params.idf(term));
  }
  let queryConcepts = 0;
  for (const [term, weight] of query) if (isConcept(term)) queryConcepts += weight;
  const cosines = candidates.map((hit) => params.bigram?.(hit.index) ?? 0);
  const bestCosine = Math.max(0, ...cosines);
  const asksWhy = query.has(WHY_TERM);
  const queryIntents = [...query.keys()].filter(isIntent);
  const features = candidates.map((hit, c) => {
    const viewTerms = params.views.terms[hit.index] ?? [];
    const norms = params.views.norms[hit.index] ?? [];
    // Walk the query's terms, not every view's: an entry may hold dozens of phrasings.
    const postings = viewPostings(params.views, hit.index);
    const matched = new Float64Array(viewTerms.length);
    let recalled = 0;
    for (const [term, weight] of query) {
      const inViews = postings.get(term);
      if (!inViews) continue;
      for (const v of inViews) matched[v] = (matched[v] ?? 0) + weight;
      if (isConcept(term)) recalled += weight;
    }
    const coverages = Array.from(matched, (value, v) => coverage(value, norms[v] ?? 0));
    const questionTerms = viewTerms[0] ?? [];
    return [
      hit.score / bestWhole,
      Math.max(0, ...coverages),
      coverages[0] ?? 0,
      queryConcepts > 0 ? recalled / queryConcepts : 0,
      shareNamed(questionTerms.filter(isConcept), query, params.idf),
      questionTerms.some((t) => isIntent(t) && query.has(t)) ? 1 : 0,
      questionTerms.some((t) => isIntent(t) && !query.has(t)) ? 1 : 0,
      bestCosine > 0 ? (cosines[c] ?? 0) / bestCosine : 0,
      asksWhy && postings.has(WHY_TERM) ? 1 : 0,
      queryIntents.length > 0 && queryIntents.every((t) => postings.has(t)) ? 1 : 0,
      namesUnsaid(questionTerms, CASE_TERMS, query) ? 1 : 0,
      namesUnsaid(questionTerms, PERSON_TERMS, query) ? 1 : 0,
      namesUnsaid(questionTerms, SCOPE_TERMS, query) ? 1 : 0,
    ];
  });
  return { candidates, features };
}

/** Σ weight × feature, in {@link RERANK_FEATURE_NAMES} order. */
export function scoreFeatures(features: readonly number[], weights: RerankWeights): number {
  return RERANK_FEATURE_NAMES.reduce((sum, name, k) => sum + weights[name] * (features[k] ?? 0), 0);
}

/** How completely a view is covered, given the weight of its terms the query says. */
function coverage(matched: number, norm: number): number {
  if (norm <= 0) return 0;
  return Math.min(1, (matched / norm) * Math.min(1, matched / VIEW_MIN_EVIDENCE));
}

// Per entry, which of its views hold each term; built the first time the entry is a candidate.
const POSTINGS = new WeakMap<QuestionViews, Map<string, number[]>[]>();

function viewPostings(views: QuestionViews, index: number): ReadonlyMap<string, readonly number[]> {
  let byEntry = POSTINGS.get(views);
  if (!byEntry) {
    byEntry = [];
    POSTINGS.set(views, byEntry);
  }
  let postings = byEntry[index];
  if (!postings) {
    postings = new Map();
    (views.terms[index] ?? []).forEach((terms, v) => {
      for (const term of terms) {
        const inViews = postings?.get(term);
        if (inViews) inViews.push(v);
        else postings?.set(term, [v]);
      }
    });
    byEntry[index] = postings;
  }
  return postings;
}

function shareNamed(
  terms: readonly string[],
  query: ReadonlyMap<string, number>,
  idf: (term: string) => number,
): number {
  let total = 0;
  let named = 0;
  for (const term of terms) {
    const weight = idf(term);
    total += weight;
    if (query.has(term)) named += weight;
  }
  return total > 0 ? named / total : 0;
}

/** Whether `terms` (a question's) hold one of `among` that the query does not. */
function namesUnsaid(
  terms: readonly string[],
  among: readonly string[],
  query: ReadonlyMap<string, number>,
): boolean {
  return among.some((term) => terms.includes(term) && !query.has(term));
}

function isConcept(term: string): boolean {
  return term.startsWith(TERM_PREFIX.concept);
}

function isIntent(term: string): boolean {
  return term.startsWith(TERM_PREFIX.intent);
}
