/** Baseline: Fuse.js fuzzy search with field weights, as a developer might configure it. */
import Fuse from "fuse.js";
import type { FaqEntry } from "../../../src/core";
import type { BaselineSearch } from "./bigram-tfidf";

export function createFuseSearch(entries: readonly FaqEntry[]): BaselineSearch {
  const fuse = new Fuse([...entries], {
    keys: [
      { name: "question", weight: 3 },
      { name: "keywords", weight: 2 },
      { name: "answer", weight: 1 },
    ],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.8,
  });
  return (query, limit) =>
    fuse.search(query.normalize("NFKC"), { limit }).map((result) => result.item.id);
}
