import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import mammoth from "mammoth";

// The second blind manual-search set is frozen: if this hash changes, the set is no longer the one
// described in samples/manuals-questions-unseen-2.README.md (write a new set instead of editing).
const FROZEN_SHA256 = "4eff32e5dace38141d00ab3d770204e539fced62648eccb4573d6d8324c6653a";
const HEADER = [
  "id",
  "question",
  "expected_doc",
  "expected_section",
  "answerable",
  "note",
] as const;
const MIN_ANSWERABLE = 60;
const MIN_UNANSWERABLE = 30;
const UNANSWERABLE_KINDS = ["general", "vocab", "offtopic"] as const;

const ROOT_DIR = path.join(__dirname, "..", "..");
const MANUALS_DIR = path.join(ROOT_DIR, "samples", "manuals");
const CSV_PATH = path.join(ROOT_DIR, "samples", "manuals-questions-unseen-2.csv");
const README_PATH = path.join(ROOT_DIR, "samples", "manuals-questions-unseen-2.README.md");

/** Small RFC 4180 reader: quoted fields, doubled quotes, separators inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') inQuotes = false;
      else field += c;
      continue;
    }
    if (c === '"') inQuotes = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      rows.push([...row, field]);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

type Row = Record<(typeof HEADER)[number], string>;

const raw = readFileSync(CSV_PATH);
const table = parseCsv(raw.toString("utf8").replace(/^\uFEFF/, ""));
const rows: Row[] = table
  .slice(1)
  .map((cells) => Object.fromEntries(HEADER.map((h, i) => [h, cells[i] ?? ""])) as Row);
const answerable = rows.filter((r) => r.answerable === "yes");
const unanswerable = rows.filter((r) => r.answerable === "no");
const pageOf = (r: Row): number | null => {
  const m = /^p\.(\d+);/.exec(r.note);
  return m === null ? null : Number(m[1]);
};

// unpdf loads PDF.js through a dynamic ESM import that Jest's module VM rejects, so the PDF pages
// are read in a plain Node child process.
const READ_PDF_PAGES = `
import { readFileSync } from "node:fs";
import { extractText, getDocumentProxy } from "unpdf";
const pdf = await getDocumentProxy(new Uint8Array(readFileSync(process.argv[1])));
const { text } = await extractText(pdf, { mergePages: false });
process.stdout.write(JSON.stringify(text));
`;

/** Pages of a PDF manual; any other manual is returned as one page. */
async function readPages(file: string): Promise<string[]> {
  const full = path.join(MANUALS_DIR, file);
  if (file.endsWith(".pdf")) {
    const out = execFileSync(
      process.execPath,
      ["--input-type=module", "-e", READ_PDF_PAGES, full],
      {
        cwd: ROOT_DIR,
        encoding: "utf8",
      },
    );
    return JSON.parse(out) as string[];
  }
  if (file.endsWith(".docx")) return [(await mammoth.extractRawText({ path: full })).value];
  return [readFileSync(full, "utf8")];
}

/**
 * Heading lines of a page, whitespace removed (PDF extraction may drop or add spaces) and
 * Markdown `#` marks stripped. A heading must stand on its own line, so a section number quoted
 * in body text ("上記2.2又は2.3") does not count.
 */
const headingLines = (page: string): Set<string> =>
  new Set(page.split(/\r?\n/).map((line) => line.replace(/^#+/, "").replace(/\s+/g, "")));

describe("manuals-questions-unseen-2.csv", () => {
  describe("format", () => {
    it("should have the agreed header", () => {
      expect(table[0]).toEqual(HEADER);
    });

    it("should have six cells in every row", () => {
      expect(table.slice(1).filter((cells) => cells.length !== HEADER.length)).toEqual([]);
    });

    it("should number ids MV001, MV002, … without gaps or duplicates", () => {
      const ids = rows.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(rows.map((_, i) => `MV${String(i + 1).padStart(3, "0")}`));
    });

    it("should use only yes or no in answerable", () => {
      expect(rows.filter((r) => r.answerable !== "yes" && r.answerable !== "no")).toEqual([]);
    });

    it("should hold distinct, non-empty questions", () => {
      const questions = rows.map((r) => r.question.trim());
      expect(questions.filter((q) => q.length === 0)).toEqual([]);
      expect(new Set(questions).size).toBe(questions.length);
    });
  });

  describe("labels", () => {
    it("should hold enough answerable and unanswerable questions", () => {
      expect(answerable.length).toBeGreaterThanOrEqual(MIN_ANSWERABLE);
      expect(unanswerable.length).toBeGreaterThanOrEqual(MIN_UNANSWERABLE);
    });

    it("should give every answerable row a document and a numbered section", () => {
      const bad = answerable.filter(
        (r) => r.expected_doc === "" || !/^\d+\.\d+ \S/.test(r.expected_section),
      );
      expect(bad.map((r) => r.id)).toEqual([]);
    });

    it("should give no unanswerable row a document or a section", () => {
      const bad = unanswerable.filter((r) => r.expected_doc !== "" || r.expected_section !== "");
      expect(bad.map((r) => r.id)).toEqual([]);
    });

    it("should say which kind each unanswerable row is", () => {
      const bad = unanswerable.filter(
        (r) => !UNANSWERABLE_KINDS.some((k) => r.note === k || r.note.startsWith(`${k}:`)),
      );
      expect(bad.map((r) => r.id)).toEqual([]);
    });

    it("should name only documents that exist in samples/manuals", () => {
      const missing = answerable.filter((r) => !existsSync(path.join(MANUALS_DIR, r.expected_doc)));
      expect(missing.map((r) => `${r.id} ${r.expected_doc}`)).toEqual([]);
    });

    it("should cover every manual in samples/manuals", () => {
      const covered = new Set(answerable.map((r) => r.expected_doc));
      // Dotfiles there (e.g. an index cache) are not manuals.
      const manuals = readdirSync(MANUALS_DIR).filter((f) => !f.startsWith("."));
      expect(manuals.filter((f) => !covered.has(f))).toEqual([]);
    });

    it("should note a page for PDF rows and none for other documents", () => {
      const bad = answerable.filter(
        (r) => r.expected_doc.endsWith(".pdf") !== (pageOf(r) !== null),
      );
      expect(bad.map((r) => `${r.id} ${r.expected_doc} ${r.note}`)).toEqual([]);
    });

    it("should name a heading line of the document, on the noted page for PDFs", async () => {
      const pagesByDoc = new Map<string, Set<string>[]>();
      for (const doc of new Set(answerable.map((r) => r.expected_doc))) {
        pagesByDoc.set(doc, (await readPages(doc)).map(headingLines));
      }
      const wrong = answerable.filter((r) => {
        const pages = pagesByDoc.get(r.expected_doc) ?? [];
        const page = r.expected_doc.endsWith(".pdf") ? pageOf(r) : 1;
        const heading = r.expected_section.replace(/\s+/g, "");
        return page === null || !pages[page - 1]?.has(heading);
      });
      expect(wrong.map((r) => `${r.id} ${r.expected_doc} ${r.expected_section} ${r.note}`)).toEqual(
        [],
      );
    });
  });

  describe("freeze", () => {
    it("should match the frozen sha256", () => {
      expect(createHash("sha256").update(raw).digest("hex")).toBe(FROZEN_SHA256);
    });

    it("should match the sha256 stated in its README", () => {
      expect(readFileSync(README_PATH, "utf8")).toContain(FROZEN_SHA256);
    });
  });
});
