/**
 * Building a {@link DocIndex} from extracted manuals: chunking along headings and pages, then
 * BM25F over each passage's text, section heading and document title.
 */

import type { FieldWeights, VariantTable } from "../search";
import { Bm25Index, createTextAnalyzer, mergeVariantTables } from "../search";
import type { ChunkOptions } from "./chunk-document";
import { chunkDocument } from "./chunk-document";
import type { DocIndexParts } from "./doc-index-json";
import type { ExtractedDocument } from "./types";
import { WELFARE_VARIANTS } from "./welfare-variants";

/**
 * Passage text carries the facts; the section heading says what the passage is about and
 * counts more per word; the document title adds a little context.
 */
export const DOC_FIELD_WEIGHTS: FieldWeights = { text: 1, section: 1.5, title: 0.5 };

export type DocIndexOptions = ChunkOptions & {
  /** The city's own variants, added to {@link WELFARE_VARIANTS}. */
  readonly variants?: VariantTable;
  /** @default DOC_FIELD_WEIGHTS */
  readonly fieldWeights?: FieldWeights;
};

/** Chunks `documents` and indexes the passages (no embeddings: those are added afterwards). */
export function indexDocuments(
  documents: readonly ExtractedDocument[],
  options: DocIndexOptions,
): DocIndexParts {
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
  return { chunks, titles, variants, bm25, embeddings: null };
}
