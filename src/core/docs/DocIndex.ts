import type { Bm25IndexData, FieldWeights, TextAnalyzer, VariantTable } from "../search";
import { Bm25Index, createTextAnalyzer, mergeVariantTables, MAX_QUERY_CHARS } from "../search";
import { buildSnippet } from "./build-snippet";
import { CharBigramRanker } from "./char-bigram-ranker";
import type { ChunkOptions } from "./chunk-document";
import { chunkDocument } from "./chunk-document";
import type { DocEmbeddingsJson } from "./doc-embeddings";
import { DocEmbeddings } from "./doc-embeddings";
import type { VariantLookup } from "./extract-key-terms";
import { extractCompounds } from "./extract-compounds";
import type { VariantExpander } from "./expand-variants";
import { createVariantExpander } from "./expand-variants";
import { buildVariantLookup, extractKeyTerms } from "./extract-key-terms";
import { foldForKeys } from "./fold-for-keys";
import { formatLocation } from "./format-location";
import { FUSION_DEPTH, fuseRankings } from "./fuse-rankings";
import { measureKeyCoverage } from "./measure-key-coverage";
import { explainGate, MIN_GATE_SCORE, scoreGate } from "./score-gate";
import { selectQueryTerms } from "./select-query-terms";
import type {
  ClosestDocument,
  DocChunk,
  DocHit,
  DocSearchResult,
  ExtractedDocument,
} from "./types";
import { WELFARE_VARIANTS } from "./welfare-variants";

/** Bumped when chunking, analysis or the stored shape changes, so a stored index is rebuilt. */
// 3: the welfare variant table (stored in each index) grew with the fitted not-found gate.
// 4: everyday expressions joined the variant table (paraphrased questions).
export const DOC_INDEX_VERSION = 4;

/**
 * Passage text carries the facts; the section heading says what the passage is about and
 * counts more per word; the document title adds a little context.
 */
export const DOC_FIELD_WEIGHTS: FieldWeights = { text: 1, section: 1.5, title: 0.5 };

/**
 * A floor under the not-found gate ({@link scoreGate}): below this IDF-weighted share of the
 * question's key terms (concepts, kanji words, loanwords) found in one candidate passage, the
 * manuals are taken not to answer whatever the other signals say. The fitted gate already
 * refuses below about 0.19, so the floor only guards against a refit gone wrong.
 */
export const MIN_COVERAGE = 0.15;

/** How many of the best BM25 passages the not-found gate looks at. */
export const GATE_CANDIDATES = 2;

/** How many of the best fused passages (what the caseworker is shown) the gate also looks at. */
export const GATE_FUSED_CANDIDATES = 3;

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
  /** Chunk embeddings, present only when an embedding model was configured at index time. */
  readonly embeddings?: DocEmbeddingsJson;
};

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

/** Passage retrieval over manuals: BM25F over chunks, optionally fused with embeddings. Pure. */
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
    return new DocIndex(chunks, titles, variants, bm25, null);
  }

  /** Restores {@link DocIndex.toJSON}; null when it was written by another version. */
  static fromJSON(json: DocIndexJson): DocIndex | null {
    if (json.version !== DOC_INDEX_VERSION) return null;
    const embeddings = json.embeddings ? DocEmbeddings.fromJSON(json.embeddings) : null;
    if (json.embeddings && embeddings?.size !== json.chunks.length) return null;
    const bm25 = Bm25Index.fromJSON(json.bm25);
    return new DocIndex(json.chunks, json.titles, json.variants, bm25, embeddings);
  }

  toJSON(): DocIndexJson {
    return {
      version: DOC_INDEX_VERSION,
      variants: this.variants,
      titles: this.titles,
      chunks: this.chunks,
      bm25: this.bm25.toJSON(),
      ...(this.embeddings ? { embeddings: this.embeddings.toJSON() } : {}),
    };
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
    const lexical = this.bm25.search(
      selectQueryTerms(this.analyze, text),
      Math.max(limit, FUSION_DEPTH),
    );
    const bm25Scores = new Map(lexical.hits.map((hit) => [hit.index, hit.score]));
    const similarities =
      options.queryVector && this.embeddings
        ? this.embeddings.similarities(options.queryVector)
        : null;
    const retrieval = similarities ? "hybrid" : "bm25";
    // Reciprocal-rank fusion of word-level BM25 and character bigrams (and embeddings when
    // configured): raw scores of different kinds are never compared.
    // Variants are expanded on both sides, so a paraphrase also shares the manual's bigrams.
    this.bigrams ??= new CharBigramRanker(this.passageTexts().map(this.expand));
    const rankings = [
      lexical.hits.map((hit) => hit.index),
      this.bigrams.rank(this.expand(text), FUSION_DEPTH),
    ];
    if (similarities) rankings.push(rankBySimilarity(similarities));
    const ranked = lexical.hits.length > 0 ? fuseRankings(rankings) : [];
    const gate = measureKeyCoverage({
      keyTerms: extractKeyTerms({ analyze: this.analyze, lookup: this.lookup, question: text }),
      compounds: extractCompounds(text, this.lookup),
      passages: this.foldedPassages(),
      candidates: [
        ...new Set([
          ...lexical.hits.slice(0, GATE_CANDIDATES).map((hit) => hit.index),
          ...ranked.slice(0, GATE_FUSED_CANDIDATES).map((hit) => hit.index),
        ]),
      ],
    });
    const verdict = explainGate(gate);
    const coverage = verdict.coverage;
    const scoreOf = (index: number) => Math.round((bm25Scores.get(index) ?? 0) * 1000) / 1000;
    if (
      ranked.length === 0 ||
      gate.coverage < (options.minCoverage ?? MIN_COVERAGE) ||
      scoreGate(gate) < (options.minGateScore ?? MIN_GATE_SCORE)
    ) {
      const closestDocuments = this.rankDocuments(
        ranked.map((hit) => hit.index),
        scoreOf,
      );
      return { found: false, closestDocuments, coverage, retrieval, gate: verdict };
    }
    const hits: DocHit[] = ranked.slice(0, limit).map(({ index }) => {
      const chunk = this.chunks[index]!;
      return {
        chunk,
        title: this.titles[chunk.doc] ?? chunk.doc,
        score: scoreOf(index),
        location: formatLocation(chunk),
        snippet: buildSnippet(chunk.text, question),
        ...(similarities ? { similarity: Math.round(similarities[index]! * 1000) / 1000 } : {}),
      };
    });
    return { found: true, hits, coverage, retrieval, gate: verdict };
  }

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

  private rankDocuments(
    ranked: readonly number[],
    scoreOf: (index: number) => number,
  ): ClosestDocument[] {
    const best = new Map<string, number>();
    for (const index of ranked) {
      const doc = this.chunks[index]!.doc;
      if (!best.has(doc)) best.set(doc, scoreOf(index));
    }
    return [...best].slice(0, CLOSEST_DOCUMENTS).map(([doc, score]) => ({
      doc,
      title: this.titles[doc] ?? doc,
      score,
    }));
  }
}

function rankBySimilarity(similarities: Float64Array): number[] {
  return Array.from(similarities.keys())
    .sort((a, b) => similarities[b]! - similarities[a]!)
    .slice(0, FUSION_DEPTH);
}
