/**
 * The checks both blind caseworker-question sets share (samples/manuals-questions-unseen*.csv):
 * header, ids, labels, that each expected heading stands in its document (on the noted page for
 * PDFs), and the frozen sha256. Each set's test calls {@link describeManualQuestionSet}.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import mammoth from "mammoth";

import { readCsv } from "../../src/core/csv";

const HEADER = [
  "id",
  "question",
  "expected_doc",
  "expected_section",
  "answerable",
  "note",
] as const;

const ROOT_DIR = path.join(__dirname, "..", "..");
const SAMPLES_DIR = path.join(ROOT_DIR, "samples");
const MANUALS_DIR = path.join(SAMPLES_DIR, "manuals");

type Row = Record<(typeof HEADER)[number], string>;

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
      { cwd: ROOT_DIR, encoding: "utf8" },
    );
    return JSON.parse(out) as string[];
  }
  if (file.endsWith(".docx")) return [(await mammoth.extractRawText({ path: full })).value];
  return [readFileSync(full, "utf8")];
}

/** Page extraction may break lines or drop spaces, so compare without whitespace. */
const squeeze = (text: string): string => text.replace(/\s+/g, "");

/**
 * Heading lines of a page, whitespace removed and Markdown `#` marks stripped. A heading must
 * stand on its own line, so a section number quoted in body text (「上記2.2又は2.3」) does not count.
 */
const headingLines = (page: string): Set<string> =>
  new Set(page.split(/\r?\n/).map((line) => squeeze(line.replace(/^#+/, ""))));

export type ManualQuestionSetParams = {
  /** File name under samples/. */
  readonly file: string;
  readonly idPrefix: string;
  readonly minAnswerable: number;
  readonly minUnanswerable: number;
  /** sha256 of the CSV as frozen; its README must state it too. */
  readonly sha256: string;
  /** When set, each unanswerable row's note must start with one of these kinds. */
  readonly unanswerableKinds?: readonly string[];
};

/** Registers the shared checks for one blind caseworker-question set. */
export function describeManualQuestionSet(params: ManualQuestionSetParams): void {
  const raw = readFileSync(path.join(SAMPLES_DIR, params.file));
  const table = readCsv(raw.toString("utf8")).rows.map((row) => row.fields);
  const rows: Row[] = table
    .slice(1)
    .map((cells) => Object.fromEntries(HEADER.map((h, i) => [h, cells[i] ?? ""])) as Row);
  const answerable = rows.filter((r) => r.answerable === "yes");
  const unanswerable = rows.filter((r) => r.answerable === "no");
  const pageOf = (r: Row): number | null => {
    const match = /^p\.(\d+)/.exec(r.note);
    return match === null ? null : Number(match[1]);
  };

  describe("format", () => {
    it("should have the agreed header", () => {
      expect(table[0]).toEqual(HEADER);
    });

    it("should have six cells in every row", () => {
      expect(table.slice(1).filter((cells) => cells.length !== HEADER.length)).toEqual([]);
    });

    it(`should number ids ${params.idPrefix}001, ${params.idPrefix}002, … without gaps or duplicates`, () => {
      const ids = rows.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(
        rows.map((_, i) => `${params.idPrefix}${String(i + 1).padStart(3, "0")}`),
      );
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
      expect(answerable.length).toBeGreaterThanOrEqual(params.minAnswerable);
      expect(unanswerable.length).toBeGreaterThanOrEqual(params.minUnanswerable);
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

    if (params.unanswerableKinds) {
      const kinds = params.unanswerableKinds;
      it("should say which kind each unanswerable row is", () => {
        const bad = unanswerable.filter(
          (r) => !kinds.some((k) => r.note === k || r.note.startsWith(`${k}:`)),
        );
        expect(bad.map((r) => r.id)).toEqual([]);
      });
    }

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
      const pagesByDoc = new Map<string, string[]>();
      for (const doc of new Set(answerable.map((r) => r.expected_doc))) {
        pagesByDoc.set(doc, await readPages(doc));
      }
      const wrong = answerable.filter((r) => {
        const pages = pagesByDoc.get(r.expected_doc) ?? [];
        const number = r.expected_doc.endsWith(".pdf") ? pageOf(r) : 1;
        const page = number === null ? undefined : pages[number - 1];
        return page === undefined || !headingLines(page).has(squeeze(r.expected_section));
      });
      expect(wrong.map((r) => `${r.id} ${r.expected_doc} ${r.expected_section} ${r.note}`)).toEqual(
        [],
      );
    });
  });

  describe("freeze", () => {
    it("should match the frozen sha256", () => {
      expect(createHash("sha256").update(raw).digest("hex")).toBe(params.sha256);
    });

    it("should match the sha256 stated in its README", () => {
      const readme = path.join(SAMPLES_DIR, params.file.replace(/\.csv$/, ".README.md"));
      expect(readFileSync(readme, "utf8")).toContain(params.sha256);
    });
  });
}
