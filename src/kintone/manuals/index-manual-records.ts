import { createHash } from "node:crypto";
import type { ExtractedDocument, StoredDocIndex } from "../../core/docs";
import {
  DocIndex,
  STORED_DOC_INDEX_FORMAT,
  isStoredIndexCurrent,
  parseStoredDocIndex,
} from "../../core/docs";
import type { Extraction } from "../../docs-ingest";
import { isDocsError } from "../../errors";
import type { MessageKey } from "../../messages";
import { formatBilingual } from "../../messages";
import type { KintoneApi } from "../client/kintone-api";
import type { ManualRecord } from "../repositories/manuals-repository";
import { extractWithDocsIngest } from "./load-docs-ingest";
import {
  downloadAttachment,
  listManualRecords,
  saveManualIndex,
  uploadAttachment,
} from "../repositories/manuals-repository";

/** Reads one manual into pages of text (the docs-ingest extractor, or a test's stand-in). */
export type DocumentExtractor = (params: { doc: string; bytes: Uint8Array }) => Promise<Extraction>;

export type ManualIndexStatus = "indexed" | "unchanged" | "no_file" | "failed";

/** What indexing did with one record of the 資料 app. */
export type ManualIndexReport = {
  readonly recordId: string;
  readonly title: string;
  readonly file: string | null;
  readonly status: ManualIndexStatus;
  /** For `failed`: the message key (E_DOCS_NO_TEXT, E_DOCS_ENCRYPTED, …), its params and text. */
  readonly problem: {
    readonly code: MessageKey;
    readonly params: Readonly<Record<string, string | number>>;
    readonly message: string;
  } | null;
  readonly chunks: number | null;
};

function toUnexpected(error: unknown) {
  const params = { detail: error instanceof Error ? error.message : String(error) };
  return {
    code: "E_UNEXPECTED" as const,
    params,
    message: formatBilingual("E_UNEXPECTED", params),
  };
}

/** Characters of running text counted as one page, for formats without pages. */
const CHARS_PER_TEXT_PAGE = 1000;

function countPages(document: ExtractedDocument): number {
  if (document.pages.some((page) => page.page !== null)) return document.pages.length;
  const chars = document.pages.reduce((sum, page) => sum + page.text.length, 0);
  return Math.max(1, Math.ceil(chars / CHARS_PER_TEXT_PAGE));
}

/** The document name inside the index: record id + file name, unique across the app. */
export function toIndexDocName(recordId: string, fileName: string): string {
  return `${recordId}/${fileName}`;
}

async function readCurrentIndex(api: KintoneApi, record: ManualRecord): Promise<boolean> {
  if (!record.file || !record.searchIndex) return false;
  try {
    const bytes = await downloadAttachment(api, record.searchIndex.fileKey);
    const parsed = parseStoredDocIndex(JSON.parse(new TextDecoder().decode(bytes)));
    return parsed.ok && isStoredIndexCurrent(parsed.value, record.file);
  } catch {
    return false; // unreadable index: rebuild it
  }
}

/** Extracts, chunks and indexes one record's file; returns the file to store. */
export async function buildStoredIndex(params: {
  record: ManualRecord & { file: NonNullable<ManualRecord["file"]> };
  bytes: Uint8Array;
  extract: DocumentExtractor;
  indexedAt: string;
}): Promise<StoredDocIndex> {
  const { record, bytes } = params;
  const doc = toIndexDocName(record.id, record.file.name);
  const { document, truncated } = await params.extract({ doc, bytes });
  // The record's title is what staff maintain; the extracted one is only a fallback.
  const titled = { ...document, doc, title: record.title.trim() || document.title };
  const index = DocIndex.build([titled]);
  return {
    format: STORED_DOC_INDEX_FORMAT,
    source: {
      name: record.file.name,
      size: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      fileKey: record.file.fileKey,
    },
    indexedAt: params.indexedAt,
    stats: { chunks: index.chunks.length, pages: countPages(titled) },
    truncated: truncated ? { code: truncated.messageKey, params: { ...truncated.params } } : null,
    index: index.toJSON(),
  };
}

async function indexRecord(
  api: KintoneApi,
  record: ManualRecord,
  params: { appId: string; extract: DocumentExtractor; now: Date; force: boolean },
): Promise<ManualIndexReport> {
  const base = { recordId: record.id, title: record.title, file: record.file?.name ?? null };
  if (!record.file) return { ...base, status: "no_file", problem: null, chunks: null };
  if (!params.force && (await readCurrentIndex(api, record))) {
    return { ...base, status: "unchanged", problem: null, chunks: null };
  }
  const bytes = await downloadAttachment(api, record.file.fileKey);
  let stored: StoredDocIndex;
  try {
    stored = await buildStoredIndex({
      record: { ...record, file: record.file },
      bytes,
      extract: params.extract,
      indexedAt: params.now.toISOString(),
    });
  } catch (error) {
    const problem = isDocsError(error)
      ? { code: error.messageKey, params: error.params, message: error.message }
      : toUnexpected(error);
    return { ...base, status: "failed", problem, chunks: null };
  }
  const uploadKey = await uploadAttachment(api, {
    name: `${record.file.name}.index.json`,
    data: JSON.stringify(stored),
  });
  await saveManualIndex(api, {
    appId: params.appId,
    recordId: record.id,
    uploadKey,
    // kintone DATETIME takes whole seconds in UTC.
    indexedAt: params.now.toISOString().replace(/\.\d+Z$/, "Z"),
  });
  return { ...base, status: "indexed", problem: null, chunks: stored.stats.chunks };
}

/**
 * Indexes the manuals of the 資料 app: each record's attached file is extracted and chunked
 * here (Node) and its index stored as the record's `search_index` attachment, so browsers load
 * indexes instead of building them. Only records whose file changed since their index was made
 * are indexed again; a file that cannot be read (scanned, encrypted, corrupt, too large) is
 * reported and nothing is stored for it. kintone failures are thrown.
 */
export async function indexManualRecords(
  api: KintoneApi,
  params: {
    appId: string;
    extract?: DocumentExtractor;
    now?: Date;
    /** Index every record again, changed or not. */
    force?: boolean;
    onRecord?: (report: ManualIndexReport) => void;
  },
): Promise<ManualIndexReport[]> {
  const records = await listManualRecords(api, params.appId);
  const reports: ManualIndexReport[] = [];
  for (const record of records) {
    const report = await indexRecord(api, record, {
      appId: params.appId,
      extract: params.extract ?? extractWithDocsIngest,
      now: params.now ?? new Date(),
      force: params.force ?? false,
    });
    params.onRecord?.(report);
    reports.push(report);
  }
  return reports;
}
