import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";

import type { CsvRecord } from "../../src/core/csv";
import { readCsvTable } from "../../src/core/csv";

const SAMPLES_DIR = join(__dirname, "..", "..", "samples");
const UNSEEN_2_PATH = join(SAMPLES_DIR, "mynumber-questions-unseen-2.csv");
const FAQ_PATH = join(SAMPLES_DIR, "mynumber-faq.csv");
const DEPARTMENTS_PATH = join(SAMPLES_DIR, "departments.csv");

const HEADER = "id,question,expected_faq_ids,expected_action,expected_department,note,tags";
const COLUMNS = HEADER.split(",");
const ACTIONS = ["answer", "transfer", "emergency", "clarify"];
const ALLOWED_TAGS = new Set([
  "plain",
  "colloquial",
  "asr",
  "indirect",
  "english",
  "long",
  "dialect",
  "keigo",
  "crisis",
  "injection",
  "pii",
  "personal_status",
  "human_request",
  "complaint",
  "other_department",
  "greeting",
]);
const NO_FAQ_PREFIX = "[FAQなし]";
const BLOCK_PREFIX = "[block]";
const MIN_ROWS = 170;

/**
 * sha256 over `${id}\t${question}\t${expected_action}\t${expected_department}\n` for every row in
 * file order: the columns written blind in phase 1 (samples/unseen-2-README.md). If this changes,
 * the set was edited after its author saw the FAQ, and it is no longer a blind set.
 */
const FROZEN_FINGERPRINT = "4403a7d5534e5f46f7169cf21bf4d736cf670680902be81d7025a522dd5fbb3b";

type Row = {
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

function toRow(record: CsvRecord): Row {
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

function readColumn(path: string, column: string): Set<string> {
  const { records } = readCsvTable(readFileSync(path, "utf8"), [column]);
  return new Set(records.map((record) => record.values[column] ?? ""));
}

const text = readFileSync(UNSEEN_2_PATH, "utf8");
const table = readCsvTable(text, COLUMNS);
const rows = table.records.map(toRow);
const ids = (list: readonly Row[]) => list.map((row) => row.id);
const countWhere = (predicate: (row: Row) => boolean) => rows.filter(predicate).length;

describe("samples/mynumber-questions-unseen-2.csv", () => {
  describe("format", () => {
    it("should start with the exact contract header", () => {
      expect(text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0]).toBe(HEADER);
    });

    it("should parse without row errors", () => {
      expect(table.errors).toEqual([]);
    });

    it(`should hold at least ${MIN_ROWS} utterances`, () => {
      expect(rows.length).toBeGreaterThanOrEqual(MIN_ROWS);
    });

    it("should number ids W001, W002, … uniquely and without gaps", () => {
      const expected = rows.map((_, index) => `W${String(index + 1).padStart(3, "0")}`);
      expect(ids(rows)).toEqual(expected);
      expect(new Set(ids(rows)).size).toBe(rows.length);
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
      expect(ids(bad)).toEqual([]);
    });
  });

  describe("mix", () => {
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

  describe("labels", () => {
    it("should use only the four actions", () => {
      expect(ids(rows.filter((row) => !ACTIONS.includes(row.action)))).toEqual([]);
    });

    it("should name only departments that exist in samples/departments.csv", () => {
      const names = readColumn(DEPARTMENTS_PATH, "name");
      const bad = rows.filter((row) => row.department !== "" && !names.has(row.department));
      expect(bad.map((row) => `${row.id}:${row.department}`)).toEqual([]);
    });

    it("should name a department for every transfer", () => {
      expect(ids(rows.filter((row) => row.action === "transfer" && !row.department))).toEqual([]);
    });

    it("should tag a row crisis exactly when it expects emergency", () => {
      const bad = rows.filter(
        (row) => row.tags.includes("crisis") !== (row.action === "emergency"),
      );
      expect(ids(bad)).toEqual([]);
    });

    it("should transfer every row with block-class personal information or an injection", () => {
      const bad = rows.filter(
        (row) =>
          (row.note.startsWith(BLOCK_PREFIX) || row.tags.includes("injection")) &&
          row.action !== "transfer",
      );
      expect(ids(bad)).toEqual([]);
    });

    it("should expect clarify for every greeting or filler", () => {
      const bad = rows.filter((row) => row.tags.includes("greeting") && row.action !== "clarify");
      expect(ids(bad)).toEqual([]);
    });
  });

  describe("frozen utterances", () => {
    it("should keep id, question, action and department exactly as written blind", () => {
      const frozen = rows
        .map((row) => `${row.id}\t${row.question}\t${row.action}\t${row.department}\n`)
        .join("");
      expect(createHash("sha256").update(frozen, "utf8").digest("hex")).toBe(FROZEN_FINGERPRINT);
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
      expect(ids(bad)).toEqual([]);
    });

    it("should map every answer row to FAQ ids or mark it as an FAQ gap, never both", () => {
      const bad = rows.filter(
        (row) =>
          row.action === "answer" && row.faqIds.length > 0 === row.note.startsWith(NO_FAQ_PREFIX),
      );
      expect(ids(bad)).toEqual([]);
    });
  });
});
