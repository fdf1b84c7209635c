import type { Bm25IndexData, FieldWeights, TextAnalyzer, VariantTable } from "../search";
import { Bm25Index, createTextAnalyzer, mergeVariantTables, MAX_QUERY_CHARS } from "../search";
import { buildSnippet } from "./build-snippet";
import type { ChunkOptions } from "./chunk-document";
import { chunkDocument } from "./chunk-document";
import { formatLocation } from "./format-location";
import { measureWordCoverage } from "./measure-word-coverage";
import { selectQueryTerms } from "./select-query-terms";
import type {
  ClosestDocument,
  DocChunk,
  DocHit,
  DocSearchResult,
  ExtractedDocument,
} from "./types";
import { WELFARE_VARIANTS } from "./welfare-variants";

/** Bumped when chunking or analysis changes, so a stored index is rebuilt, not misread. */
export const DOC_INDEX_VERSION = 1;

/**
 * Passage text carries the facts; the section heading says what the passage is about and
 * counts more per word; the document title adds a little context.
 */
export const DOC_FIELD_WEIGHTS: FieldWeights = { text: 1, section: 1.5, title: 0.5 };

/**
 * Below this IDF-weighted share of the question's words found in the best passage, the
 * manuals are taken not to answer it. Set on the tuning questions to refuse only questions
 * whose vocabulary the manuals lack: lexical evidence cannot tell a near-topic question from
 * an answerable paraphrase, and a wrongly refused question hides a passage the caseworker
 * needed (see docs/docs-search.md for the measured trade-off).
 */
export const MIN_COVERAGE = 0.3;

/** How many documents a "not found" result lists. */
export const CLOSEST_DOCUMENTS = 3;

export type DocIndexOptions = ChunkOptions & {
  /** The city's own variants, added to {@link WELFARE_VARIANTS}. */
  readonly variants?: VariantTable;
  /** @default DOC_FIELD_WEIGHTS */
  readonly fieldWeights?: FieldWeights;
};

/** The serialized index: chunk texts once, plus postings (no second copy of the text). */
export type DocIndexJson = {
  readonly version: number;
  readonly variants: VariantTable;
  readonly titles: Readonly<Record<string, string>>;
  readonly chunks: readonly DocChunk[];
  readonly bm25: Bm25IndexData;
};

export type DocSearchOptions = {
  /** @default 3 */
  readonly limit?: number;
  /** @default MIN_COVERAGE */
  readonly minCoverage?: number;
};

/** Passage retrieval over manuals: the engine's BM25F over chunks. Pure; browser-safe. */
export class DocIndex {
  private readonly analyze: TextAnalyzer;
  private readonly documentFrequency: ReadonlyMap<string, number>;

  private constructor(
    readonly chunks: readonly DocChunk[],
    readonly titles: Readonly<Record<string, string>>,
    private readonly variants: VariantTable,
    private readonly bm25: Bm25Index,
  ) {
    this.analyze = createTextAnalyzer(variants);
    this.documentFrequency = new Map(
      Object.entries(bm25.toJSON().postings).map(([term, [docs]]) => [term, docs.length]),
    );
  }

  /** Chunks `documents` along headings and pages and indexes the passages. */
  static build(documents: readonly ExtractedDocument[], options: DocIndexOptions = {}): DocIndex {
    const variants = mergeVariantTables(WELFARE_VARIANTS, options.variants ?? {});
    const titles = Object.fromEntries(documents.map((d) => [d.doc, d.title]));
    const chunks = documents.flatMap((document) => chunkDocument(document, options));
    const bm25 = Bm25Index.build({
      documents: chunks.map((chunk) => ({
        id: chunk.id,
        fields: {
          text: chunk.text,
          section: chunk.sectionPath.join(" 、 "),
          title: titles[chunk.doc] ?? "",
        },
      })),
      analyze: createTextAnalyzer(variants),
      fieldWeights: options.fieldWeights ?? DOC_FIELD_WEIGHTS,
    });
    return new DocIndex(chunks, titles, variants, bm25);
  }

  /** Restores {@link DocIndex.toJSON}; null when it was written by another version. */
  static fromJSON(json: DocIndexJson): DocIndex | null {
    if (json.version !== DOC_INDEX_VERSION) return null;
    return new DocIndex(json.chunks, json.titles, json.variants, Bm25Index.fromJSON(json.bm25));
  }

  toJSON(): DocIndexJson {
    return {
      version: DOC_INDEX_VERSION,
      variants: this.variants,
      titles: this.titles,
      chunks: this.chunks,
      bm25: this.bm25.toJSON(),
    };
  }

  /** Documents in the index, by name. */
  get documents(): readonly string[] {
    return Object.keys(this.titles);
  }

  /**
   * Ranks passages for `question`. When the best passage explains too little of the question
   * the result is `found: false` with the closest documents, so callers never present a
   * weak match as the manuals' answer.
   */
  search(question: string, options: DocSearchOptions = {}): DocSearchResult {
    const limit = options.limit ?? 3;
    const terms = selectQueryTerms(this.analyze, question.slice(0, MAX_QUERY_CHARS));
    const result = this.bm25.search(terms, Math.max(limit, 20));
    const top = result.hits[0];
    const wordCoverage = top ? this.measureCoverage(terms, this.chunks[top.index]!) : 0;
    const coverage = Math.round(wordCoverage * 1000) / 1000;
    if (!top || wordCoverage < (options.minCoverage ?? MIN_COVERAGE)) {
      return { found: false, closestDocuments: this.rankDocuments(result.hits), coverage };
    }
    const hits: DocHit[] = result.hits.slice(0, limit).map((hit) => {
      const chunk = this.chunks[hit.index]!;
      return {
        chunk,
        title: this.titles[chunk.doc] ?? chunk.doc,
        score: Math.round(hit.score * 1000) / 1000,
        location: formatLocation(chunk),
        snippet: buildSnippet(chunk.text, question),
      };
    });
    return { found: true, hits, coverage };
  }

  private measureCoverage(terms: readonly string[], chunk: DocChunk): number {
    return measureWordCoverage({
      analyze: this.analyze,
      queryTerms: terms,
      passage: [this.titles[chunk.doc] ?? "", ...chunk.sectionPath, chunk.text].join("\n"),
      documentFrequency: (term) => this.documentFrequency.get(term) ?? 0,
      documentCount: this.chunks.length,
    });
  }

  private rankDocuments(hits: readonly { index: number; score: number }[]): ClosestDocument[] {
    const best = new Map<string, number>();
    for (const hit of hits) {
      const doc = this.chunks[hit.index]!.doc;
      if (!best.has(doc)) best.set(doc, hit.score);
    }
    return [...best].slice(0, CLOSEST_DOCUMENTS).map(([doc, score]) => ({
      doc,
      title: this.titles[doc] ?? doc,
      score: Math.round(score * 1000) / 1000,
    }));
  }
}
