import { createHash } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type {
  DocEmbedder,
  DocIndexJson,
  DocIndexOptions,
  EmbeddingFallback,
  ExtractedDocument,
} from "../core/docs";
import { DOC_INDEX_VERSION, DocIndex, embedDocIndex } from "../core/docs";
import type { DocsErrorKey } from "../errors";
import { DocsError, isDocsError, isDocsErrorKey } from "../errors";
import { extractDocument } from "./extract-document";
import type { IngestLimits } from "./limits";
import { DEFAULT_INGEST_LIMITS } from "./limits";
import { listManualFiles } from "./list-manual-files";

/** The cache file written next to the manuals; hidden, so it is never indexed itself. */
export const INDEX_CACHE_FILE = ".madoguchi-index.json";

export type IndexStats = {
  readonly documents: number;
  readonly chunks: number;
  /** PDF pages, plus one page per 1,000 characters of text, Markdown and Word. */
  readonly pages: number;
  readonly chars: number;
  readonly buildMs: number;
};

type CacheFile = {
  readonly version: number;
  readonly files: Readonly<Record<string, string>>;
  readonly problems: readonly { code: string; params: Record<string, string | number> }[];
  readonly stats: IndexStats;
  readonly index: DocIndexJson;
};

export type ManualsIndex = {
  readonly index: DocIndex;
  /** Files skipped or cut, each naming the file. */
  readonly problems: readonly DocsError[];
  readonly stats: IndexStats;
  readonly fromCache: boolean;
  /** Set when an embedder was given but the chunks could not be embedded (BM25 only). */
  readonly embeddingFallback: {
    readonly reason: EmbeddingFallback;
    readonly error: unknown;
  } | null;
};

export type LoadManualsOptions = {
  /** Read and write `DIR/.madoguchi-index.json`. @default true */
  readonly cache?: boolean;
  readonly limits?: IngestLimits;
  readonly index?: DocIndexOptions;
  /** Embeds the chunks for hybrid search (kept in the cache; re-embedded when the model changes). */
  readonly embedder?: DocEmbedder | null;
};

/** Characters of running text counted as one page, for formats without pages. */
const CHARS_PER_TEXT_PAGE = 1000;

function hashBytes(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex").slice(0, 16);
}

function countPages(document: ExtractedDocument): number {
  if (document.pages.some((page) => page.page !== null)) return document.pages.length;
  const chars = document.pages.reduce((sum, page) => sum + page.text.length, 0);
  return Math.max(1, Math.ceil(chars / CHARS_PER_TEXT_PAGE));
}

async function readCache(
  path: string,
  files: Record<string, string>,
): Promise<ManualsIndex | null> {
  try {
    const cache = JSON.parse(await readFile(path, "utf8")) as CacheFile;
    if (cache.version !== DOC_INDEX_VERSION) return null;
    if (JSON.stringify(cache.files) !== JSON.stringify(files)) return null;
    const index = DocIndex.fromJSON(cache.index);
    if (!index) return null;
    const problems = cache.problems
      .filter((problem) => isDocsErrorKey(problem.code))
      .map((problem) => new DocsError(problem.code as DocsErrorKey, problem.params));
    return { index, problems, stats: cache.stats, fromCache: true, embeddingFallback: null };
  } catch {
    return null; // missing, unreadable or from an older layout: rebuild
  }
}

/**
 * Builds (or loads from `DIR/.madoguchi-index.json`) the index of every manual under `dir`.
 * The cache is keyed by each file's content hash, so changing, adding or removing a document
 * rebuilds it. Files that cannot be indexed are reported in `problems`, never indexed empty.
 */
export async function loadManualsIndex(
  dir: string,
  options: LoadManualsOptions = {},
): Promise<ManualsIndex> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new DocsError("E_DOCS_DIR_NOT_FOUND", { dir });
  }
  const names = await listManualFiles(dir);
  if (names.length === 0) throw new DocsError("E_DOCS_EMPTY", { dir });
  const contents = new Map<string, Uint8Array>();
  const files: Record<string, string> = {};
  for (const name of names) {
    const bytes = await readFile(join(dir, name));
    contents.set(name, bytes);
    files[name] = hashBytes(bytes);
  }
  const cachePath = join(dir, INDEX_CACHE_FILE);
  const useCache = options.cache ?? true;
  const embedder = options.embedder ?? null;
  if (useCache) {
    const cached = await readCache(cachePath, files);
    if (cached && (!embedder || cached.index.embeddingModel === embedder.model)) return cached;
    if (cached && embedder) {
      const embedded = await attachEmbeddings(cached.index, embedder);
      // The passages come from the cache; only the vectors are new.
      const result = { ...cached, ...embedded };
      if (!embedded.embeddingFallback) await writeCache(cachePath, files, result);
      return result;
    }
  }

  const started = performance.now();
  const documents: ExtractedDocument[] = [];
  const problems: DocsError[] = [];
  for (const [doc, bytes] of contents) {
    try {
      const extraction = await extractDocument({
        doc,
        bytes,
        limits: options.limits ?? DEFAULT_INGEST_LIMITS,
      });
      documents.push(extraction.document);
      if (extraction.truncated) problems.push(extraction.truncated);
    } catch (error) {
      if (!isDocsError(error)) throw error;
      problems.push(error);
    }
  }
  const built = DocIndex.build(documents, options.index);
  const embedded = embedder
    ? await attachEmbeddings(built, embedder)
    : { index: built, embeddingFallback: null };
  const index = embedded.index;
  const stats: IndexStats = {
    documents: documents.length,
    chunks: index.chunks.length,
    pages: documents.reduce((sum, document) => sum + countPages(document), 0),
    chars: index.chunks.reduce((sum, chunk) => sum + chunk.text.length, 0),
    buildMs: Math.round(performance.now() - started),
  };
  const result = { problems, stats, fromCache: false, ...embedded };
  if (useCache) await writeCache(cachePath, files, result);
  return result;
}

async function attachEmbeddings(
  index: DocIndex,
  embedder: DocEmbedder,
): Promise<Pick<ManualsIndex, "index" | "embeddingFallback">> {
  const result = await embedDocIndex({ index, embedder });
  return result.fallbackReason
    ? { index, embeddingFallback: { reason: result.fallbackReason, error: result.error } }
    : { index: result.index, embeddingFallback: null };
}

async function writeCache(
  cachePath: string,
  files: Record<string, string>,
  manuals: Pick<ManualsIndex, "index" | "problems" | "stats">,
): Promise<void> {
  const cache: CacheFile = {
    version: DOC_INDEX_VERSION,
    files,
    problems: manuals.problems.map((problem) => ({
      code: problem.code,
      params: { ...problem.params },
    })),
    stats: manuals.stats,
    index: manuals.index.toJSON(),
  };
  // Write then rename, so a reader never sees half a file; a read-only folder just skips caching.
  const temporary = `${cachePath}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(cache))
    .then(() => rename(temporary, cachePath))
    .catch(() => undefined);
}
