import { extname } from "node:path";
import type { ExtractedDocument, ExtractedPage } from "../core/docs";
import { DocsError } from "../errors";
import { decodeTextFile } from "./decode-text-file";
import { extractDocx } from "./extract-docx";
import { extractPdf } from "./extract-pdf";
import type { IngestLimits } from "./limits";
import { DEFAULT_INGEST_LIMITS } from "./limits";

/** File types madoguchi indexes, by extension. */
export const SUPPORTED_EXTENSIONS = [".pdf", ".docx", ".md", ".markdown", ".txt"] as const;

/** What extraction produced, and what it had to leave out (reported to staff). */
export type Extraction = {
  readonly document: ExtractedDocument;
  /** Set when the file was cut to the limits. */
  readonly truncated: DocsError | null;
};

const CONTENT = /[\p{L}\p{N}]/u;

function firstLine(text: string): string | null {
  const line = text.split("\n").find((each) => CONTENT.test(each));
  return line ? line.replace(/^#+\s*/, "").trim() : null;
}

function countChars(pages: readonly ExtractedPage[]): number {
  return pages.reduce((sum, page) => sum + page.text.length, 0);
}

/** Keeps at most `maxChars` characters in total, cutting the page that crosses the line. */
function boundChars(pages: ExtractedPage[], maxChars: number): ExtractedPage[] {
  const kept: ExtractedPage[] = [];
  let used = 0;
  for (const page of pages) {
    if (used >= maxChars) break;
    kept.push({ page: page.page, text: page.text.slice(0, maxChars - used) });
    used += page.text.length;
  }
  return kept;
}

/**
 * Reads one manual into pages of text. Throws {@link DocsError} when the file cannot be used:
 * `E_DOCS_NO_TEXT` for a PDF without a text layer (never indexed as empty),
 * `E_DOCS_ENCRYPTED`, `E_DOCS_UNREADABLE`, `E_DOCS_TOO_LARGE`.
 */
export async function extractDocument(params: {
  doc: string;
  bytes: Uint8Array;
  limits?: IngestLimits;
}): Promise<Extraction> {
  const { doc, bytes } = params;
  const limits = params.limits ?? DEFAULT_INGEST_LIMITS;
  if (bytes.length > limits.maxFileBytes) {
    const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);
    throw new DocsError("E_DOCS_TOO_LARGE", {
      file: doc,
      size: mb(bytes.length),
      limit: mb(limits.maxFileBytes),
    });
  }
  const extension = extname(doc).toLowerCase();
  let pages: ExtractedPage[];
  let title: string | null = null;
  let totalPages = 1;
  if (extension === ".pdf") {
    const pdf = await extractPdf(bytes, doc, limits.maxPages);
    pages = pdf.pages;
    totalPages = pdf.totalPages;
    title = pdf.title;
  } else if (extension === ".docx") {
    pages = [{ page: null, text: await extractDocx(bytes, doc) }];
  } else {
    pages = [{ page: null, text: decodeTextFile(bytes) }];
  }
  if (!pages.some((page) => CONTENT.test(page.text))) {
    throw new DocsError("E_DOCS_NO_TEXT", { file: doc });
  }
  const totalChars = countChars(pages);
  const cut = totalPages > pages.length || totalChars > limits.maxChars;
  if (totalChars > limits.maxChars) pages = boundChars(pages, limits.maxChars);
  const truncated = cut
    ? new DocsError("E_DOCS_TRUNCATED", {
        file: doc,
        pages: pages.length,
        chars: countChars(pages),
      })
    : null;
  title ??= firstLine(pages[0]?.text ?? "") ?? doc;
  return { document: { doc, title, pages }, truncated };
}
