import type { FaqEntry, FaqIndex } from "../../../core";
import { measureSimilarity, toBigrams } from "../../../core";

/** Questions at least this similar in wording (character bigrams, Jaccard) are near-duplicates. */
export const NEAR_DUPLICATE_SIMILARITY = 0.45;
/**
 * The engine's own retrieval: when it is this confident that an existing entry answers the
 * new question, the new question is (nearly) a duplicate of that entry, however it is worded.
 */
export const ENGINE_DUPLICATE_CONFIDENCE = 0.6;

export type NearDuplicate = {
  readonly entry: FaqEntry;
  /** 0–1: the wording overlap, or the engine's confidence, whichever is higher. */
  readonly similarity: number;
};

/** Existing FAQ entries close to `question` (most similar first), except the entry `selfId`. */
export function findNearDuplicates(
  question: string,
  index: FaqIndex,
  options: { selfId?: string; limit?: number } = {},
): NearDuplicate[] {
  const found = new Map<string, NearDuplicate>();
  const add = (entry: FaqEntry, similarity: number) => {
    if (entry.id === options.selfId) return;
    const known = found.get(entry.id);
    if (!known || known.similarity < similarity) found.set(entry.id, { entry, similarity });
  };
  const grams = toBigrams(question);
  for (const entry of index.entries) {
    const similarity = measureSimilarity(grams, toBigrams(entry.question));
    if (similarity >= NEAR_DUPLICATE_SIMILARITY) add(entry, similarity);
  }
  const retrieval = index.search(question, { limit: 3 });
  const top = retrieval.hits.find((hit) => hit.id !== options.selfId);
  const topEntry = top ? index.getEntry(top.id) : undefined;
  if (
    topEntry &&
    top === retrieval.hits[0] &&
    retrieval.confidence >= ENGINE_DUPLICATE_CONFIDENCE
  ) {
    add(topEntry, retrieval.confidence);
  }
  return [...found.values()]
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, options.limit ?? 5);
}
