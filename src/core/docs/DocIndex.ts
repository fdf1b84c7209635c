import type { Bm25Index, TextAnalyzer, VariantTable } from "../search";
import { createTextAnalyzer, MAX_QUERY_CHARS } from "../search";
import { buildSearchResult } from "./build-search-result";
import { CharBigramRanker } from "./char-bigram-ranker";
import { DocEmbeddings } from "./doc-embeddings";
import type { DocIndexJson, DocIndexParts } from "./doc-index-json";
import { readDocIndexJson, writeDocIndexJson } from "./doc-index-json";
import type { VariantLookup } from "./extract-key-terms";
import type { VariantExpander } from "./expand-variants";
import { createVariantExpander } from "./expand-variants";
import { buildVariantLookup } from "./extract-key-terms";
import { foldForKeys } from "./fold-for-keys";
import type { DocIndexOptions } from "./index-documents";
import { indexDocuments } from "./index-documents";
import { judgeAnswerable } from "./judge-answerable";
import { rankPassages } from "./rank-passages";
import type { DocChunk, DocSearchResult, ExtractedDocument } from "./types";

export type DocSearchOptions = {
  /** @default 3 */
  readonly limit?: number;
  /** Key-term coverage floor of the gate; 0 with `minGateScore: 0` turns the gate off. @default MIN_COVERAGE */
  readonly minCoverage?: number;
  /** Combined gate score needed to answer ({@link scoreGate}). @default MIN_GATE_SCORE */
  readonly minGateScore?: number;
  /**
   * The question's embedding from the index's {@link DocIndex.embeddingModel}: ranking becomes
   * reciprocal-rank fusion of BM25 and cosine similarity. Ignored when the index has no vectors.
   */
  readonly queryVector?: readonly number[];
};

/**
 * Passage retrieval over manuals: BM25F over chunks, optionally fused with embeddings. Pure.
 * Built by `index-documents`, stored as `doc-index-json`; a search ranks (`rank-passages`),
 * judges whether the manuals answer (`judge-answerable`) and builds the result
 * (`build-search-result`).
 */
export class DocIndex {
  private readonly analyze: TextAnalyzer;
  private readonly lookup: VariantLookup;
  private readonly expand: VariantExpander;
  private keyPassages: readonly string[] | null = null;
  private bigrams: CharBigramRanker | null = null;

  private constructor(
    readonly chunks: readonly DocChunk[],
    readonly titles: Readonly<Record<string, string>>,
    private readonly variants: VariantTable,
    private readonly bm25: Bm25Index,
    private readonly embeddings: DocEmbeddings | null,
  ) {
    this.analyze = createTextAnalyzer(variants);
    this.lookup = buildVariantLookup(variants);
    this.expand = createVariantExpander(variants);
  }

  private static fromParts(parts: DocIndexParts): DocIndex {
    return new DocIndex(parts.chunks, parts.titles, parts.variants, parts.bm25, parts.embeddings);
  }

  /** Chunks `documents` along headings and pages and indexes the passages. */
  static build(documents: readonly ExtractedDocument[], options: DocIndexOptions = {}): DocIndex {
    return DocIndex.fromParts(indexDocuments(documents, options));
  }

  /** Restores {@link DocIndex.toJSON}; null when it was written by another version. */
  static fromJSON(json: DocIndexJson): DocIndex | null {
    const parts = readDocIndexJson(json);
    return parts ? DocIndex.fromParts(parts) : null;
  }

  toJSON(): DocIndexJson {
    const { chunks, titles, variants, bm25, embeddings } = this;
    return writeDocIndexJson({ chunks, titles, variants, bm25, embeddings });
  }

  /** Documents in the index, by name. */
  get documents(): readonly string[] {
    return Object.keys(this.titles);
  }

  /** The model of the stored chunk embeddings, or null for a BM25-only index. */
  get embeddingModel(): string | null {
    return this.embeddings?.model ?? null;
  }

  /** What to embed for each chunk, in chunk order: title, heading path and text. */
  embeddingTexts(): string[] {
    return this.chunks.map((chunk) =>
      [this.titles[chunk.doc] ?? "", chunk.sectionPath.join(" > "), chunk.text].join("\n"),
    );
  }

  /** The same index with one embedding per chunk; null when the vectors do not fit. */
  withEmbeddings(model: string, vectors: readonly (readonly number[])[]): DocIndex | null {
    const embeddings = DocEmbeddings.fromVectors(model, vectors);
    if (!embeddings || embeddings.size !== this.chunks.length) return null;
    return new DocIndex(this.chunks, this.titles, this.variants, this.bm25, embeddings);
  }

  /**
   * Ranks passages for `question`. When none of the best passages covers enough of the
   * question's key terms the result is `found: false` with the closest documents, so callers
   * never present a weak match as the manuals' answer.
   */
  search(question: string, options: DocSearchOptions = {}): DocSearchResult {
    const limit = options.limit ?? 3;
    const text = question.slice(0, MAX_QUERY_CHARS);
    this.bigrams ??= new CharBigramRanker(this.passageTexts().map(this.expand));
    const { analyze, lookup, expand, bm25, bigrams, embeddings } = this;
    const ranking = rankPassages({
      rankers: { analyze, bm25, bigrams, expand, embeddings },
      text,
      limit,
      queryVector: options.queryVector,
    });
    const judgement = judgeAnswerable({
      analyze,
      lookup,
      text,
      passages: this.foldedPassages(),
      lexical: ranking.lexical,
      ranked: ranking.ranked,
      minCoverage: options.minCoverage,
      minGateScore: options.minGateScore,
    });
    const { chunks, titles } = this;
    return buildSearchResult({ chunks, titles, question, limit, ranking, judgement });
  }

  /** Title, each heading and text of each chunk: what the bigram ranker and key terms read. */
  private passageTexts(): string[] {
    return this.chunks.map((chunk) =>
      [this.titles[chunk.doc] ?? "", ...chunk.sectionPath, chunk.text].join("\n"),
    );
  }

  /** Title, headings and text of each chunk, folded for key-term matching (built on first use). */
  private foldedPassages(): readonly string[] {
    this.keyPassages ??= this.passageTexts().map(foldForKeys);
    return this.keyPassages;
  }
}
