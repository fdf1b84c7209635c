/**
 * The serialized {@link DocIndex} (what the 資料 app stores next to each manual) and its
 * version: chunk texts once plus BM25 postings, never a second copy of the text.
 */

import type { Bm25IndexData, VariantTable } from "../search";
import { Bm25Index } from "../search";
import type { DocEmbeddingsJson } from "./doc-embeddings";
import { DocEmbeddings } from "./doc-embeddings";
import type { DocChunk } from "./types";

/** Bumped when chunking, analysis or the stored shape changes, so a stored index is rebuilt. */
// 3: the welfare variant table (stored in each index) grew with the fitted not-found gate.
// 4: everyday expressions joined the variant table (paraphrased questions).
export const DOC_INDEX_VERSION = 4;

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

/** What a {@link DocIndex} holds, whether freshly built or restored from JSON. */
export type DocIndexParts = {
  readonly chunks: readonly DocChunk[];
  readonly titles: Readonly<Record<string, string>>;
  readonly variants: VariantTable;
  readonly bm25: Bm25Index;
  readonly embeddings: DocEmbeddings | null;
};

/** The JSON form of an index's parts, at the current {@link DOC_INDEX_VERSION}. */
export function writeDocIndexJson(parts: DocIndexParts): DocIndexJson {
  return {
    version: DOC_INDEX_VERSION,
    variants: parts.variants,
    titles: parts.titles,
    chunks: parts.chunks,
    bm25: parts.bm25.toJSON(),
    ...(parts.embeddings ? { embeddings: parts.embeddings.toJSON() } : {}),
  };
}

/**
 * Restores {@link writeDocIndexJson}; null when it was written by another version or when its
 * embeddings do not match its chunks one for one.
 */
export function readDocIndexJson(json: DocIndexJson): DocIndexParts | null {
  if (json.version !== DOC_INDEX_VERSION) return null;
  const embeddings = json.embeddings ? DocEmbeddings.fromJSON(json.embeddings) : null;
  if (json.embeddings && embeddings?.size !== json.chunks.length) return null;
  const bm25 = Bm25Index.fromJSON(json.bm25);
  return { chunks: json.chunks, titles: json.titles, variants: json.variants, bm25, embeddings };
}
