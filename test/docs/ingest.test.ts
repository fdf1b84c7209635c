import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DocChunk, ExtractedDocument } from "../../src/core/docs";
import { chunkDocument } from "../../src/core/docs";
import { extractDocument, INDEX_CACHE_FILE, loadManualsIndex } from "../../src/docs-ingest";
import { isDocsError } from "../../src/errors";
import { parseLines, spawnTsx } from "./spawn-tsx";

const MANUALS = join(__dirname, "..", "..", "samples", "manuals");
const FIXTURES = join(__dirname, "fixtures");

type ExtractLine = {
  file: string;
  document?: ExtractedDocument;
  chunks?: DocChunk[];
  truncated?: { code: string; message: string } | null;
  error?: { code: string; message: string };
};

/** PDF extraction needs ES modules (pdf.js), so it runs in a child Node process. */
function extractInChild(dir: string, files: string[], limits?: object): Map<string, ExtractLine> {
  const env = limits ? { MADOGUCHI_TEST_LIMITS: JSON.stringify(limits) } : undefined;
  const { status, stdout, stderr } = spawnTsx(
    "test/docs/run-extract.ts",
    [dir, ...files],
    env ? { env } : {},
  );
  if (status !== 0) throw new Error(stderr);
  return new Map(parseLines<ExtractLine>(stdout).map((line) => [line.file, line]));
}

describe("extractDocument", () => {
  describe("sample PDFs", () => {
    let lines: Map<string, ExtractLine>;
    beforeAll(() => {
      lines = extractInChild(MANUALS, ["02-fuyou-shoukai.pdf", "01-shinsei-no-nagare.pdf"]);
    });

    it("should keep pages and find numbered sections on the right page", () => {
      const line = lines.get("02-fuyou-shoukai.pdf")!;
      expect(line.truncated).toBeNull();
      expect(line.document!.title).toBe("扶養照会の手引き");
      expect(line.document!.pages.map((page) => page.page)).toEqual([1, 2, 3, 4]);
      const chunk = line.chunks!.find((c) => c.text.includes("音信不通"));
      expect(chunk).toMatchObject({
        page: 2,
        sectionPath: ["2. 照会の対象とする者", "2.2 扶養の期待可能性がない者"],
      });
    });

    it("should drop the running footer and join wrapped lines", () => {
      const chunks = lines.get("01-shinsei-no-nagare.pdf")!.chunks!;
      expect(chunks.some((c) => c.text.includes("/ 5 —"))).toBe(false);
      const deadline = chunks.find((c) => c.sectionPath.at(-1) === "4.2 決定の期限")!;
      expect(deadline.page).toBe(4);
      expect(deadline.text).toContain("申請のあった日から14日以内に決定し");
    });
  });

  describe("bad input", () => {
    let lines: Map<string, ExtractLine>;
    beforeAll(() => {
      lines = extractInChild(FIXTURES, ["scanned.pdf", "encrypted.pdf", "corrupt.pdf"]);
    });

    it.each([
      ["scanned.pdf", "E_DOCS_NO_TEXT", "テキストを抽出できません"],
      ["encrypted.pdf", "E_DOCS_ENCRYPTED", "パスワード"],
      ["corrupt.pdf", "E_DOCS_UNREADABLE", "壊れている"],
    ])("should report %s as %s, naming the file", (file, code, words) => {
      const line = lines.get(file)!;
      expect(line.document).toBeUndefined();
      expect(line.error?.code).toBe(code);
      expect(line.error?.message).toContain(file);
      expect(line.error?.message).toContain(words);
    });

    it("should report a corrupt Word file, naming it", async () => {
      const bytes = readFileSync(join(FIXTURES, "corrupt.docx"));
      const error = await extractDocument({ doc: "corrupt.docx", bytes }).catch((e: unknown) => e);
      expect(isDocsError(error)).toBe(true);
      expect(error).toMatchObject({ code: "E_DOCS_UNREADABLE" });
      expect((error as Error).message).toContain("corrupt.docx");
    });

    it("should skip a file over the size limit", async () => {
      const bytes = new TextEncoder().encode("1. 見出し\n本文です。".repeat(100));
      await expect(
        extractDocument({
          doc: "big.txt",
          bytes,
          limits: { maxFileBytes: 100, maxPages: 10, maxChars: 1000 },
        }),
      ).rejects.toMatchObject({ code: "E_DOCS_TOO_LARGE" });
    });

    it("should index only the first pages of a long PDF, and say so", () => {
      const limits = { maxFileBytes: 10_000_000, maxPages: 2, maxChars: 100_000 };
      const line = extractInChild(MANUALS, ["01-shinsei-no-nagare.pdf"], limits).get(
        "01-shinsei-no-nagare.pdf",
      )!;
      expect(line.document!.pages).toHaveLength(2);
      expect(line.truncated?.code).toBe("E_DOCS_TRUNCATED");
    });

    it("should index only the first characters of a long text, and say so", async () => {
      const text = await extractDocument({
        doc: "long.md",
        bytes: new TextEncoder().encode("あ".repeat(5000)),
        limits: { maxFileBytes: 10_000_000, maxPages: 2, maxChars: 1000 },
      });
      expect(text.document.pages[0]!.text).toHaveLength(1000);
      expect(text.truncated?.message).toContain("long.md");
    });
  });

  describe("text and Word", () => {
    it("should read Word headings as sections", async () => {
      const bytes = readFileSync(join(MANUALS, "10-ichiji-fujo.docx"));
      const { document } = await extractDocument({ doc: "10-ichiji-fujo.docx", bytes });
      expect(document.title).toBe("一時扶助と葬祭扶助");
      const chunk = chunkDocument(document).find((c) => c.text.includes("冷房器具"));
      expect(chunk).toMatchObject({ page: null, sectionPath: ["2. 家具什器費", "2.2 冷房器具"] });
    });

    it.each([
      [
        "UTF-8 with BOM",
        Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("保護課\n")]),
      ],
      ["Shift_JIS", Uint8Array.from([0x95, 0xdb, 0x8c, 0xec, 0x89, 0xdb, 0x0d, 0x0a])],
    ])("should decode %s text", async (_, bytes) => {
      const { document } = await extractDocument({ doc: "a.txt", bytes });
      expect(document.pages[0]!.text).toBe("保護課\n");
      expect(document.title).toBe("保護課");
    });
  });
});

describe("loadManualsIndex", () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "madoguchi-docs-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe("problems", () => {
    it("should index good files and report the unusable ones without indexing them", async () => {
      copyFileSync(join(MANUALS, "08-kyuuhaku-hogo.md"), join(dir, "08-kyuuhaku-hogo.md"));
      copyFileSync(join(FIXTURES, "corrupt.docx"), join(dir, "corrupt.docx"));
      const loaded = await loadManualsIndex(dir, { cache: false });
      expect(loaded.index.documents).toEqual(["08-kyuuhaku-hogo.md"]);
      expect(loaded.problems.map((p) => p.code)).toEqual(["E_DOCS_UNREADABLE"]);
    });

    it("should refuse a missing or empty folder", async () => {
      await expect(loadManualsIndex(join(dir, "nope"))).rejects.toMatchObject({
        code: "E_DOCS_DIR_NOT_FOUND",
      });
      await expect(loadManualsIndex(dir)).rejects.toMatchObject({ code: "E_DOCS_EMPTY" });
    });
  });

  describe("cache", () => {
    it("should reuse the stored index until a document changes", async () => {
      writeFileSync(join(dir, "a.md"), "# 手引き\n\n## 1. 訪問\n\n家庭訪問は月に一回行う。\n");
      const first = await loadManualsIndex(dir);
      expect(first.fromCache).toBe(false);
      expect(readFileSync(join(dir, INDEX_CACHE_FILE), "utf8")).toContain('"version"');
      expect((await loadManualsIndex(dir)).fromCache).toBe(true);

      writeFileSync(join(dir, "a.md"), "# 手引き\n\n## 1. 訪問\n\n家庭訪問は三か月に一回行う。\n");
      const changed = await loadManualsIndex(dir);
      expect(changed.fromCache).toBe(false);
      expect(changed.index.chunks[0]!.text).toContain("三か月");
    });
  });
});
