import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import mammoth from "mammoth";

// The blind manual-search set is frozen: if this hash changes, the set is no longer the one
// described in samples/manuals-questions-unseen.README.md (write a new set instead of editing).
const FROZEN_SHA256 = "c0de29dad0191ff55681f5c724ddf32ca23963fcefb6883266de5feb3a477583";
const HEADER = [
  "id",
  "question",
  "expected_doc",
  "expected_section",
  "answerable",
  "note",
] as const;
const MIN_ANSWERABLE = 50;
const MIN_UNANSWERABLE = 30;

const SAMPLES_DIR = path.join(__dirname, "..", "..", "samples");
const MANUALS_DIR = path.join(SAMPLES_DIR, "manuals");
const CSV_PATH = path.join(SAMPLES_DIR, "manuals-questions-unseen.csv");
const README_PATH = path.join(SAMPLES_DIR, "manuals-questions-unseen.README.md");

/** Minimal RFC 4180 reader: quoted fields, doubled quotes, commas and newlines inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else {
      field += c;
    }
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
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

// unpdf loads PDF.js with a dynamic ESM import, which Jest's module VM refuses; a plain Node
// child process reads the pages instead.
const READ_PDF_PAGES = `
import { readFileSync } from "node:fs";
import { extractText, getDocumentProxy } from "unpdf";
const pdf = await getDocumentProxy(new Uint8Array(readFileSync(process.argv[1])));
const { text } = await extractText(pdf, { mergePages: false });
process.stdout.write(JSON.stringify(text));
`;

/** Text of each page of a PDF manual, or the whole text (one "page") of any other manual. */
async function readManualPages(file: string): Promise<string[]> {
  const full = path.join(MANUALS_DIR, file);
  if (file.endsWith(".pdf")) {
    const out = execFileSync(
      process.execPath,
      ["--input-type=module", "-e", READ_PDF_PAGES, full],
      {
        cwd: path.join(__dirname, "..", ".."),
        encoding: "utf8",
      },
    );
    return JSON.parse(out) as string[];
  }
  if (file.endsWith(".docx")) return [(await mammoth.extractRawText({ path: full })).value];
  return [readFileSync(full, "utf8")];
}

/** Page extraction may break lines or drop spaces, so compare without whitespace. */
const squeeze = (s: string): string => s.replace(/\s+/g, "");

describe("manuals-questions-unseen.csv", () => {
  describe("format", () => {
    it("should have the agreed header", () => {
      expect(table[0]).toEqual(HEADER);
    });

    it("should have six cells in every row", () => {
      expect(table.slice(1).filter((cells) => cells.length !== HEADER.length)).toEqual([]);
    });

    it("should number ids MU001, MU002, … without gaps or duplicates", () => {
      const ids = rows.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(rows.map((_, i) => `MU${String(i + 1).padStart(3, "0")}`));
    });

    it("should use only yes or no in answerable", () => {
      expect(rows.filter((r) => r.answerable !== "yes" && r.answerable !== "no")).toEqual([]);
    });

    it("should not repeat a question", () => {
      const questions = rows.map((r) => r.question.trim());
      expect(questions.every((q) => q.length > 0)).toBe(true);
      expect(new Set(questions).size).toBe(questions.length);
    });
  });

  describe("labels", () => {
    it("should hold enough answerable and unanswerable questions", () => {
      expect(answerable.length).toBeGreaterThanOrEqual(MIN_ANSWERABLE);
      expect(unanswerable.length).toBeGreaterThanOrEqual(MIN_UNANSWERABLE);
    });

    it("should give every answerable row a document and a section", () => {
      expect(answerable.filter((r) => r.expected_doc === "" || r.expected_section === "")).toEqual(
        [],
      );
    });

    it("should give no unanswerable row a document or a section", () => {
      expect(
        unanswerable.filter((r) => r.expected_doc !== "" || r.expected_section !== ""),
      ).toEqual([]);
    });

    it("should name only documents that exist in samples/manuals", () => {
      const missing = answerable.filter((r) => !existsSync(path.join(MANUALS_DIR, r.expected_doc)));
      expect(missing).toEqual([]);
    });

    it("should cover every manual in samples/manuals", () => {
      const covered = new Set(answerable.map((r) => r.expected_doc));
      // Dotfiles there (e.g. a search index cache) are not manuals.
      const manuals = readdirSync(MANUALS_DIR).filter((f) => !f.startsWith("."));
      expect(manuals.filter((f) => !covered.has(f))).toEqual([]);
    });

    it("should name a heading that the document contains, on the noted page for PDFs", async () => {
      const pagesByDoc = new Map<string, string[]>();
      for (const doc of new Set(answerable.map((r) => r.expected_doc))) {
        pagesByDoc.set(doc, (await readManualPages(doc)).map(squeeze));
      }
      const wrong = answerable.filter((r) => {
        const pages = pagesByDoc.get(r.expected_doc) ?? [];
        const heading = squeeze(r.expected_section);
        if (!r.expected_doc.endsWith(".pdf")) return !pages[0]?.includes(heading);
        const page = /^p\.(\d+)/.exec(r.note);
        return page === null || !pages[Number(page[1]) - 1]?.includes(heading);
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
