import type { VariantTable } from "../search";
import { mergeVariantTables } from "../search";
import { DocIndex } from "./DocIndex";
import type { DocIndexJson } from "./doc-index-json";
import { DOC_INDEX_VERSION } from "./doc-index-json";
import type { DocChunk } from "./types";

/**
 * Joins indexes built separately (one per manual, as the 資料 app stores them) into one
 * searchable {@link DocIndex}, without re-analysing any text: chunks are concatenated and
 * each posting list is shifted by the number of chunks before its part, so posting lists stay
 * sorted. IDF is computed at query time from the merged postings, so it is exact; length
 * normalization stays relative to each part's own average passage length (as it was built).
 *
 * @throws Error when a part was written by another {@link DOC_INDEX_VERSION} (rebuild it) or
 * when two parts hold the same document name (chunk ids would collide).
 */
export function mergeDocIndexes(parts: readonly DocIndexJson[]): DocIndex {
  const titles: Record<string, string> = {};
  const chunks: DocChunk[] = [];
  const ids: string[] = [];
  const postings: Record<string, [number[], number[]]> = {};
  let variants: VariantTable = {};
  for (const part of parts) {
    if (part.version !== DOC_INDEX_VERSION) {
      throw new Error(`index version ${part.version} is not ${DOC_INDEX_VERSION}: rebuild it`);
    }
    for (const doc of Object.keys(part.titles)) {
      if (doc in titles) throw new Error(`document "${doc}" is in two indexes`);
    }
    Object.assign(titles, part.titles);
    variants = mergeVariantTables(variants, part.variants);
    const offset = chunks.length;
    chunks.push(...part.chunks);
    ids.push(...part.bm25.ids);
    for (const [term, [docs, frequencies]] of Object.entries(part.bm25.postings)) {
      const list = (postings[term] ??= [[], []]);
      // Loops, not spread: a large part's posting list would overflow the argument limit.
      for (const doc of docs) list[0].push(doc + offset);
      for (const frequency of frequencies) list[1].push(frequency);
    }
  }
  const merged = DocIndex.fromJSON({
    version: DOC_INDEX_VERSION,
    variants,
    titles,
    chunks,
    bm25: { ids, postings },
  });
  // fromJSON only refuses other versions, which were rejected above.
  if (!merged) throw new Error("merged index could not be restored");
  return merged;
}
