import { DocsError } from "../errors";
import type { ExtractedPage } from "../core/docs";

/** unpdf ships as ES modules; a real dynamic import loads it from our CommonJS build. */
const importUnpdf = () => import("unpdf");
type UnpdfModule = Awaited<ReturnType<typeof importUnpdf>>;

let unpdf: Promise<UnpdfModule> | null = null;

function loadUnpdf(): Promise<UnpdfModule> {
  unpdf ??= importUnpdf();
  return unpdf;
}

export type PdfText = {
  readonly pages: ExtractedPage[];
  readonly title: string | null;
  readonly totalPages: number;
};

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * Extracts the text of each page (up to `maxPages`) with pdf.js through unpdf. A password
 * or a broken file becomes a {@link DocsError} naming `file`.
 */
export async function extractPdf(
  bytes: Uint8Array,
  file: string,
  maxPages: number,
): Promise<PdfText> {
  const { getDocumentProxy } = await loadUnpdf();
  let pdf: Awaited<ReturnType<UnpdfModule["getDocumentProxy"]>>;
  try {
    // pdf.js takes ownership of (and detaches) the buffer it is given; pass a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (error) {
    if (error instanceof Error && error.name === "PasswordException") {
      throw new DocsError("E_DOCS_ENCRYPTED", { file }, error);
    }
    throw new DocsError("E_DOCS_UNREADABLE", { file, detail: describe(error) }, error);
  }
  try {
    const totalPages = pdf.numPages;
    const pages: ExtractedPage[] = [];
    for (let number = 1; number <= Math.min(totalPages, maxPages); number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      let text = "";
      for (const item of content.items) {
        if (!("str" in item)) continue;
        text += item.str + (item.hasEOL ? "\n" : "");
      }
      pages.push({ page: number, text });
    }
    const metadata = await pdf.getMetadata().catch(() => null);
    const info = metadata?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === "string" && info.Title.trim() ? info.Title.trim() : null;
    return { pages, title, totalPages };
  } catch (error) {
    throw new DocsError("E_DOCS_UNREADABLE", { file, detail: describe(error) }, error);
  } finally {
    await pdf.destroy();
  }
}
