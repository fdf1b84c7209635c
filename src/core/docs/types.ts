/**
 * Shapes shared by document ingestion (Node) and document retrieval (browser and Node).
 * Locations are kept from extraction to answer: every chunk knows its document, page and
 * heading path, so every passage shown to a caseworker can be traced back.
 */

/** One page of extracted text; `page` is null for formats without pages (text, Markdown, Word). */
export type ExtractedPage = {
  readonly page: number | null;
  readonly text: string;
};

/** A document as extraction returns it, before chunking. */
export type ExtractedDocument = {
  /** Stable name of the document: its path relative to the manuals folder, or a record key. */
  readonly doc: string;
  /** Human title (first heading or metadata); falls back to `doc`. */
  readonly title: string;
  readonly pages: readonly ExtractedPage[];
};

/** A retrievable passage with its location. */
export type DocChunk = {
  /** `doc#ordinal`, unique within an index. */
  readonly id: string;
  readonly doc: string;
  readonly page: number | null;
  /** Headings from the chapter down to the section that contains the passage. */
  readonly sectionPath: readonly string[];
  readonly text: string;
};

/** A character range `[start, end)` to emphasise in a snippet. */
export type HighlightRange = { readonly start: number; readonly end: number };

export type Snippet = {
  readonly text: string;
  readonly highlights: readonly HighlightRange[];
};

/** One ranked passage. `score` is the raw BM25 score (higher is better, not bounded). */
export type DocHit = {
  readonly chunk: DocChunk;
  readonly title: string;
  readonly score: number;
  readonly location: string;
  readonly snippet: Snippet;
  /** Cosine similarity to the question's embedding (hybrid retrieval only). */
  readonly similarity?: number;
};

/** A document near the question when no passage was relevant enough. */
export type ClosestDocument = {
  readonly doc: string;
  readonly title: string;
  readonly score: number;
};

/** `bm25` alone, or `hybrid`: BM25 fused with embedding similarity. */
export type DocRetrieval = "bm25" | "hybrid";

/** The not-found gate's signals (each 0–1) and combined score (0–1, see `scoreGate`). */
export type DocGateVerdict = {
  readonly coverage: number;
  readonly missing: number;
  readonly compoundCoverage: number;
  readonly score: number;
};

/**
 * Retrieval outcome: passages, or an explicit "not found" with the closest documents.
 * `coverage` is the share of the question's key terms that the best passages contain.
 */
export type DocSearchResult =
  | {
      readonly found: true;
      readonly hits: readonly DocHit[];
      readonly coverage: number;
      readonly retrieval?: DocRetrieval;
      /** Why the gate answered or refused. */
      readonly gate?: DocGateVerdict;
    }
  | {
      readonly found: false;
      readonly closestDocuments: readonly ClosestDocument[];
      readonly coverage: number;
      readonly retrieval?: DocRetrieval;
      /** Why the gate answered or refused. */
      readonly gate?: DocGateVerdict;
    };
