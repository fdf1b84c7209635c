import type { TextAnalyzer } from "./analyze-text";
import { TERM_KIND_WEIGHTS } from "./analyze-text";

/** A document to index: an id and named text fields. */
export type SearchDocument = {
  readonly id: string;
  readonly fields: Readonly<Record<string, string>>;
};

/** Relative weight of each field; fields not listed are ignored. */
export type FieldWeights = Readonly<Record<string, number>>;

/** The serializable state of a {@link Bm25Index} (plain JSON). */
export type Bm25IndexData = {
  readonly ids: readonly string[];
  /** term → [document indexes, length-normalized weighted term frequencies] */
  readonly postings: Readonly<Record<string, readonly [readonly number[], readonly number[]]>>;
};

export type Bm25Hit = { readonly index: number; readonly score: number };

/** What a query matched: ranked hits plus how much of the query the best hit explains. */
export type Bm25Result = {
  readonly hits: readonly Bm25Hit[];
  /** Share (0–1) of the query's weighted IDF found in the top hit. */
  readonly coverage: number;
  /** The weighted IDF the top hit matched: how much evidence there is, whatever the query length. */
  readonly matchedWeight: number;
};

// BM25 constants (Robertson & Zaragoza 2009, "The Probabilistic Relevance Framework").
const K1 = 1.2;
const B = 0.75;

/**
 * BM25F over analyzed terms: each field's term frequency is normalized by that field's length
 * and multiplied by the field's weight before saturation, so a long answer neither drowns nor
 * dilutes a short question. The normalized frequencies are computed once at build time, which
 * keeps queries to one pass over the posting lists. Generic over documents, so FAQ entries and
 * manual chunks can share it.
 */
export class Bm25Index {
  readonly ids: readonly string[];
  private readonly postings: Map<string, readonly [readonly number[], readonly number[]]>;

  private constructor(data: Bm25IndexData) {
    this.ids = data.ids;
    this.postings = new Map(Object.entries(data.postings));
  }

  /** Indexes `documents` with `analyze`, weighting fields by `fieldWeights`. */
  static build(params: {
    documents: readonly SearchDocument[];
    analyze: TextAnalyzer;
    fieldWeights: FieldWeights;
  }): Bm25Index {
    const fields = Object.entries(params.fieldWeights).filter(([, weight]) => weight > 0);
    const analyzed = params.documents.map((document) =>
      fields.map(([field]) => params.analyze(document.fields[field] ?? "")),
    );
    const averages = fields.map((_, f) => {
      const total = analyzed.reduce((sum, doc) => sum + (doc[f]?.length ?? 0), 0);
      return analyzed.length > 0 ? total / analyzed.length || 1 : 1;
    });
    const postings: Record<string, [number[], number[]]> = {};
    analyzed.forEach((docFields, docIndex) => {
      const frequencies = new Map<string, number>();
      docFields.forEach((terms, f) => {
        const weight = (fields[f] as [string, number])[1];
        const norm = 1 - B + (B * terms.length) / (averages[f] as number);
        for (const term of terms)
          frequencies.set(term, (frequencies.get(term) ?? 0) + weight / norm);
      });
      for (const [term, frequency] of frequencies) {
        const list = (postings[term] ??= [[], []]);
        list[0].push(docIndex);
        list[1].push(Math.round(frequency * 1000) / 1000);
      }
    });
    return new Bm25Index({ ids: params.documents.map((d) => d.id), postings });
  }

  static fromJSON(data: Bm25IndexData): Bm25Index {
    return new Bm25Index(data);
  }

  toJSON(): Bm25IndexData {
    return { ids: this.ids, postings: Object.fromEntries(this.postings) };
  }

  get size(): number {
    return this.ids.length;
  }

  /** Scores every document sharing a term with `queryTerms`; returns the best `limit`. */
  search(queryTerms: readonly string[], limit: number): Bm25Result {
    const scored = this.scoreAll(queryTerms);
    const hits = selectTop(scored.touched, scored.scores, limit);
    const top = hits[0];
    if (!top) return { hits, coverage: 0, matchedWeight: 0 };
    return { hits, ...scored.explain(top.index) };
  }

  /**
   * Scores every document sharing a term with `queryTerms` (the full score array, for callers
   * that fuse several indexes), with `explain(doc)` giving that document's coverage and matched
   * weight as in {@link Bm25Result}.
   */
  scoreAll(
    queryTerms: readonly string[],
    /** Per term, a factor on its score (coverage and matched weight are not changed). @default 1 */
    boost?: (term: string) => number,
  ): Bm25Scores {
    const count = this.ids.length;
    const scores = new Float64Array(count);
    const touched: number[] = [];
    const weights = new Map<string, number>();
    for (const term of queryTerms) {
      if (!weights.has(term)) weights.set(term, TERM_KIND_WEIGHTS[term.slice(0, 2)] ?? 1);
    }
    // Words the FAQ never uses still count against coverage, but at half weight: fillers and
    // mishearings are common on the phone and should not sink a clear match.
    const unknownIdf = 0.5 * Math.log(1 + (count + 0.5) / 0.5);
    let totalIdf = 0;
    const matchedTerms: [readonly number[], number][] = [];
    for (const [term, queryWeight] of count > 0 ? weights : []) {
      const posting = this.postings.get(term);
      if (!posting) {
        totalIdf += queryWeight * unknownIdf;
        continue;
      }
      const [docs, frequencies] = posting;
      const idf = Math.log(1 + (count - docs.length + 0.5) / (docs.length + 0.5));
      totalIdf += queryWeight * idf;
      matchedTerms.push([docs, queryWeight * idf]);
      const scoreWeight = queryWeight * idf * (boost?.(term) ?? 1);
      for (let i = 0; i < docs.length; i += 1) {
        const doc = docs[i] as number;
        const tf = frequencies[i] as number;
        const previous = scores[doc] as number;
        if (previous === 0) touched.push(doc);
        scores[doc] = previous + (scoreWeight * (tf * (K1 + 1))) / (tf + K1);
      }
    }
    const explain = (doc: number) => {
      if (totalIdf === 0) return { coverage: 0, matchedWeight: 0 };
      let matchedIdf = 0;
      for (const [docs, weight] of matchedTerms)
        if (containsSorted(docs, doc)) matchedIdf += weight;
      return { coverage: matchedIdf / totalIdf, matchedWeight: matchedIdf };
    };
    return { scores, touched, explain };
  }
  /** Inverse document frequency of `term` in this index (0 when no document has it). */
  idf(term: string): number {
    const posting = this.postings.get(term);
    if (!posting) return 0;
    const n = posting[0].length;
    return Math.log(1 + (this.ids.length - n + 0.5) / (n + 0.5));
  }

  /** Σ kind weight × IDF over the distinct terms: how much a text says, in this index's terms. */
  weightOf(terms: readonly string[]): number {
    let total = 0;
    for (const term of new Set(terms)) total += termWeight(term) * this.idf(term);
    return total;
  }
}

/** How much one distinct term of `term`'s kind counts ({@link TERM_KIND_WEIGHTS}). */
export function termWeight(term: string): number {
  return TERM_KIND_WEIGHTS[term.slice(0, 2)] ?? 1;
}

/** Every document's score for one query; `touched` lists the documents with a score above 0. */
export type Bm25Scores = {
  readonly scores: Float64Array;
  readonly touched: readonly number[];
  readonly explain: (doc: number) => { coverage: number; matchedWeight: number };
};

/** The best `limit` of the touched documents, best first (ties by index). */
export function selectTop(
  touched: readonly number[],
  scores: Float64Array,
  limit: number,
): Bm25Hit[] {
  const hits: Bm25Hit[] = [];
  for (const index of touched) {
    const score = scores[index] as number;
    if (hits.length === limit && score <= (hits[limit - 1] as Bm25Hit).score) continue;
    // Insertion keeps `hits` sorted: O(limit) per accepted document instead of a sort.
    let position = hits.length < limit ? hits.length : limit - 1;
    while (position > 0 && (hits[position - 1] as Bm25Hit).score < score) {
      hits[position] = hits[position - 1] as Bm25Hit;
      position -= 1;
    }
    hits[position] = { index, score };
  }
  return hits.sort((a, b) => b.score - a.score || a.index - b.index);
}

/** Posting lists are built in document order, so membership is a binary search. */
function containsSorted(sorted: readonly number[], value: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const current = sorted[middle] as number;
    if (current === value) return true;
    if (current < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
