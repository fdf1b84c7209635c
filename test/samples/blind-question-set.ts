/**
 * The checks every blind question set shares (samples/mynumber-questions-unseen*.csv): the
 * contract header, ids, labels, the frozen fingerprint of the columns written blind, and the
 * FAQ references added after the freeze. Each set's test calls {@link describeBlindQuestionSet}.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";

import type { CsvRecord } from "../../src/core/csv";
import { readCsvTable } from "../../src/core/csv";

export const SAMPLES_DIR = join(__dirname, "..", "..", "samples");
const FAQ_PATH = join(SAMPLES_DIR, "mynumber-faq.csv");
export const DEPARTMENTS_PATH = join(SAMPLES_DIR, "departments.csv");

const HEADER = "id,question,expected_faq_ids,expected_action,expected_department,note,tags";
const ACTIONS = ["answer", "transfer", "emergency", "clarify"];
/** Style tags of samples/questions-README.md (how a row is said). */
export const STYLE_TAGS = [
  "plain",
  "colloquial",
  "asr",
  "indirect",
  "english",
  "long",
  "dialect",
  "keigo",
] as const;
/**
 * Category tags of samples/questions-README.md (what the engine must notice). Order matters: the
 * first one found names a row's stratum for the held-out split of mynumber-questions.csv.
 */
export const CATEGORY_TAGS = [
  "crisis",
  "injection",
  "pii",
  "personal_status",
  "human_request",
  "complaint",
  "other_department",
  "greeting",
] as const;
// Without `heldout`: a blind set is unseen as a whole.
const ALLOWED_TAGS = new Set<string>([...STYLE_TAGS, ...CATEGORY_TAGS]);
const NO_FAQ_PREFIX = "[FAQなし]";
const BLOCK_PREFIX = "[block]";

export type QuestionRow = {
  readonly id: string;
  readonly question: string;
  readonly faqIds: readonly string[];
  readonly action: string;
  readonly department: string;
  readonly note: string;
  readonly tags: readonly string[];
};

function splitList(text: string): string[] {
  return text
    .split(";")
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

function toRow(record: CsvRecord): QuestionRow {
  const value = (name: string) => record.values[name] ?? "";
  return {
    id: value("id"),
    question: value("question"),
    faqIds: splitList(value("expected_faq_ids")),
    action: value("expected_action"),
    department: value("expected_department"),
    note: value("note"),
    tags: splitList(value("tags")),
  };
}

/** The values of one column of a CSV file. */
export function readColumn(path: string, column: string): Set<string> {
  const { records } = readCsvTable(readFileSync(path, "utf8"), [column]);
  return new Set(records.map((record) => record.values[column] ?? ""));
}

/** Reads a question set's rows (for set-specific checks next to the shared ones). */
export function readQuestionRows(file: string): QuestionRow[] {
  return readCsvTable(readFileSync(join(SAMPLES_DIR, file), "utf8"), HEADER.split(",")).records.map(
    toRow,
  );
}

export const idsOf = (list: readonly QuestionRow[]) => list.map((row) => row.id);

/**
 * Registers the shared checks for `samples/<file>`. `fingerprint` is the sha256 over
 * `${id}\t${question}\t${expected_action}\t${expected_department}\n` for every row in file
 * order: the columns written blind. If it changes, the set was edited after its author saw the
 * FAQ, and it is no longer a blind set.
 */
export function describeBlindQuestionSet(params: {
  readonly file: string;
  readonly idPrefix: string;
  readonly minRows: number;
  readonly fingerprint: string;
  /** Check the mix the brief asks for (every kind of row, every department). @default false */
  readonly checkMix?: boolean;
}): void {
  const text = readFileSync(join(SAMPLES_DIR, params.file), "utf8");
  const table = readCsvTable(text, HEADER.split(","));
  const rows = table.records.map(toRow);

  describe("format", () => {
    it("should start with the exact contract header", () => {
      expect(text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0]).toBe(HEADER);
    });

    it("should parse without row errors", () => {
      expect(table.errors).toEqual([]);
    });

    it(`should hold at least ${params.minRows} utterances`, () => {
      expect(rows.length).toBeGreaterThanOrEqual(params.minRows);
    });

    it(`should number ids ${params.idPrefix}001, ${params.idPrefix}002, … uniquely and without gaps`, () => {
      const expected = rows.map(
        (_, index) => `${params.idPrefix}${String(index + 1).padStart(3, "0")}`,
      );
      expect(idsOf(rows)).toEqual(expected);
      expect(new Set(idsOf(rows)).size).toBe(rows.length);
    });

    it("should not repeat a question", () => {
      expect(new Set(rows.map((row) => row.question)).size).toBe(rows.length);
    });

    it("should give every row a note and at least one known tag, and no heldout tag", () => {
      const bad = rows.filter(
        (row) =>
          row.note.length === 0 ||
          row.tags.length === 0 ||
          row.tags.some((tag) => !ALLOWED_TAGS.has(tag)),
      );
      expect(idsOf(bad)).toEqual([]);
    });
  });

  describe("labels", () => {
    it("should use only the four actions", () => {
      expect(idsOf(rows.filter((row) => !ACTIONS.includes(row.action)))).toEqual([]);
    });

    it("should name only departments that exist in samples/departments.csv", () => {
      const names = readColumn(DEPARTMENTS_PATH, "name");
      const bad = rows.filter((row) => row.department !== "" && !names.has(row.department));
      expect(bad.map((row) => `${row.id}:${row.department}`)).toEqual([]);
    });

    it("should name a department for every transfer", () => {
      expect(idsOf(rows.filter((row) => row.action === "transfer" && !row.department))).toEqual([]);
    });

    it("should tag a row crisis exactly when it expects emergency", () => {
      const bad = rows.filter(
        (row) => row.tags.includes("crisis") !== (row.action === "emergency"),
      );
      expect(idsOf(bad)).toEqual([]);
    });

    it("should transfer every row with block-class personal information or an injection (a crisis comes first)", () => {
      const bad = rows.filter(
        (row) =>
          (row.note.startsWith(BLOCK_PREFIX) || row.tags.includes("injection")) &&
          row.action !== "transfer" &&
          !(row.action === "emergency" && row.tags.includes("crisis")),
      );
      expect(idsOf(bad)).toEqual([]);
    });

    it("should expect clarify for every greeting or filler", () => {
      const bad = rows.filter((row) => row.tags.includes("greeting") && row.action !== "clarify");
      expect(idsOf(bad)).toEqual([]);
    });
  });

  describe("frozen utterances", () => {
    it("should keep id, question, action and department exactly as written blind", () => {
      const frozen = rows
        .map((row) => `${row.id}\t${row.question}\t${row.action}\t${row.department}\n`)
        .join("");
      expect(createHash("sha256").update(frozen, "utf8").digest("hex")).toBe(params.fingerprint);
    });
  });

  describe("FAQ references", () => {
    it("should refer only to FAQ ids that exist in samples/mynumber-faq.csv", () => {
      const known = readColumn(FAQ_PATH, "id");
      const unknown = rows.flatMap((row) =>
        row.faqIds.filter((id) => !known.has(id)).map((id) => `${row.id}:${id}`),
      );
      expect(unknown).toEqual([]);
    });

    it("should give FAQ ids only to answer rows, each id once", () => {
      const bad = rows.filter(
        (row) =>
          (row.action !== "answer" && row.faqIds.length > 0) ||
          new Set(row.faqIds).size !== row.faqIds.length,
      );
      expect(idsOf(bad)).toEqual([]);
    });

    it("should map every answer row to FAQ ids or mark it as an FAQ gap, never both", () => {
      const bad = rows.filter(
        (row) =>
          row.action === "answer" && row.faqIds.length > 0 === row.note.startsWith(NO_FAQ_PREFIX),
      );
      expect(idsOf(bad)).toEqual([]);
    });
  });

  if (params.checkMix) describeMix(rows);
}

/** The mix of rows the brief asks for: every action and category, every department. */
function describeMix(rows: readonly QuestionRow[]): void {
  describe("mix", () => {
    const countWhere = (predicate: (row: QuestionRow) => boolean) => rows.filter(predicate).length;

    it("should hold every kind of row the brief asks for", () => {
      expect(countWhere((row) => row.action === "answer")).toBeGreaterThanOrEqual(100);
      expect(countWhere((row) => row.action === "transfer")).toBeGreaterThanOrEqual(40);
      expect(countWhere((row) => row.action === "emergency")).toBeGreaterThanOrEqual(8);
      expect(countWhere((row) => row.tags.includes("injection"))).toBeGreaterThanOrEqual(6);
      expect(countWhere((row) => row.action === "clarify")).toBeGreaterThanOrEqual(6);
    });

    it("should send at least one other_department row to every department", () => {
      const names = [...readColumn(DEPARTMENTS_PATH, "name")];
      const covered = new Set(
        rows.filter((row) => row.tags.includes("other_department")).map((row) => row.department),
      );
      expect(names.filter((name) => !covered.has(name))).toEqual([]);
    });
  });
}
