import type { DocIndexJson } from "./doc-index-json";
import { DOC_INDEX_VERSION } from "./doc-index-json";

/** Marks a JSON file as one manual's stored index (the 資料 app's `search_index` attachment). */
export const STORED_DOC_INDEX_FORMAT = "madoguchi-doc-index";

/** The file an index was built from, to tell when the index is stale. */
export type StoredDocSource = {
  readonly name: string;
  readonly size: number;
  /** sha256 of the file's bytes, hex. */
  readonly sha256: string;
  /** The download key of the attachment the index was built from (kintone), or null. */
  readonly fileKey: string | null;
};

/** One manual's index as stored next to the manual: the index plus where it came from. */
export type StoredDocIndex = {
  readonly format: typeof STORED_DOC_INDEX_FORMAT;
  readonly source: StoredDocSource;
  /** ISO time of indexing. */
  readonly indexedAt: string;
  readonly stats: { readonly chunks: number; readonly pages: number };
  /** Set when the document was cut to the ingestion limits (message key and params). */
  readonly truncated: {
    readonly code: string;
    readonly params: Record<string, string | number>;
  } | null;
  readonly index: DocIndexJson;
};

/** Why a stored index cannot be used: not ours/broken, or written by another index version. */
export type StoredDocIndexProblem = "invalid" | "version";

export type ParsedStoredDocIndex =
  | { readonly ok: true; readonly value: StoredDocIndex }
  | { readonly ok: false; readonly problem: StoredDocIndexProblem };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isSource(value: unknown): value is StoredDocSource {
  return (
    isRecord(value) &&
    typeof value["name"] === "string" &&
    typeof value["size"] === "number" &&
    typeof value["sha256"] === "string" &&
    (typeof value["fileKey"] === "string" || value["fileKey"] === null)
  );
}

function isIndexShape(value: unknown): value is DocIndexJson {
  if (!isRecord(value)) return false;
  const bm25 = value["bm25"];
  return (
    typeof value["version"] === "number" &&
    isRecord(value["titles"]) &&
    isRecord(value["variants"]) &&
    Array.isArray(value["chunks"]) &&
    isRecord(bm25) &&
    Array.isArray(bm25["ids"]) &&
    isRecord(bm25["postings"])
  );
}

/**
 * Checks a downloaded stored index (parsed JSON, `unknown`) before use. The shape is checked
 * down to the index's top level; the postings themselves are trusted as written by
 * {@link DocIndex.toJSON}.
 */
export function parseStoredDocIndex(value: unknown): ParsedStoredDocIndex {
  if (!isRecord(value) || value["format"] !== STORED_DOC_INDEX_FORMAT) {
    return { ok: false, problem: "invalid" };
  }
  const index = value["index"];
  if (
    !isSource(value["source"]) ||
    typeof value["indexedAt"] !== "string" ||
    !isIndexShape(index)
  ) {
    return { ok: false, problem: "invalid" };
  }
  if (index.version !== DOC_INDEX_VERSION) return { ok: false, problem: "version" };
  return { ok: true, value: value as unknown as StoredDocIndex };
}

/**
 * True when `stored` was built from the attachment described by `file` (same download key,
 * or, where keys are not kept, same name and size and no key recorded).
 */
export function isStoredIndexCurrent(
  stored: Pick<StoredDocIndex, "source">,
  file: { readonly fileKey: string; readonly name: string; readonly size: number },
): boolean {
  const { source } = stored;
  if (source.fileKey !== null) return source.fileKey === file.fileKey;
  return source.name === file.name && source.size === file.size;
}
