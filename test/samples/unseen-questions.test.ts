import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";

import type { CsvRecord } from "../../src/core/csv";
import { readCsvTable } from "../../src/core/csv";

const SAMPLES_DIR = join(__dirname, "..", "..", "samples");
const UNSEEN_PATH = join(SAMPLES_DIR, "mynumber-questions-unseen.csv");
const FAQ_PATH = join(SAMPLES_DIR, "mynumber-faq.csv");
const DEPARTMENTS_PATH = join(SAMPLES_DIR, "departments.csv");
const PII_UNSEEN_PATH = join(__dirname, "..", "fixtures", "pii", "pii-unseen.jsonl");

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
const MIN_ROWS = 180;

/**
 * sha256 over `${id}\t${question}\t${expected_action}\t${expected_department}\n` for every row in
 * file order: the columns written blind in phase 1 (samples/unseen-README.md). If this changes,
 * the set was edited after its author saw the FAQ, and it is no longer a blind set.
 */
const FROZEN_FINGERPRINT = "98f9d917f6b5ff788debbf662942a69d950d468d588e4608cd0d9b3a644cfe3f";

/** sha256 of pii-unseen.jsonl as written blind (samples/unseen-README.md); the whole file is frozen. */
const PII_UNSEEN_SHA256 = "10d282dc7f26d6ea304b35bc50c0b2c51a7ca70b8ed177688f1707449ec89018";
const PII_TYPES = [
  "my_number",
  "phone",
  "email",
  "postal_code",
  "address",
  "birth_date",
  "bank_account",
  "postal_account",
  "credit_card",
  "health_insurance",
  "pension_number",
  "drivers_license",
  "passport",
  "residence_card",
  "secret",
  "person_name",
];

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

const text = readFileSync(UNSEEN_PATH, "utf8");
const table = readCsvTable(text, COLUMNS);
const rows = table.records.map(toRow);
const ids = (list: readonly Row[]) => list.map((row) => row.id);

describe("samples/mynumber-questions-unseen.csv", () => {
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

    it("should number ids U001, U002, … uniquely and without gaps", () => {
      const expected = rows.map((_, index) => `U${String(index + 1).padStart(3, "0")}`);
      expect(ids(rows)).toEqual(expected);
      expect(new Set(ids(rows)).size).toBe(rows.length);
    });

    it("should not repeat a question", () => {
      expect(new Set(rows.map((row) => row.question)).size).toBe(rows.length);
    });

    it("should give every row a note and at least one known tag", () => {
      const bad = rows.filter(
        (row) =>
          row.note.length === 0 ||
          row.tags.length === 0 ||
          row.tags.some((tag) => !ALLOWED_TAGS.has(tag)),
      );
      expect(ids(bad)).toEqual([]);
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

type PiiLine = {
  readonly id: string;
  readonly text: string;
  readonly entities: readonly { readonly type: string; readonly text: string }[];
  readonly hazards: readonly string[];
};

const piiText = readFileSync(PII_UNSEEN_PATH, "utf8");
const piiRawLines = piiText.split("\n").filter((line) => line.trim().length > 0);

function parsePiiLine(raw: string): PiiLine | undefined {
  try {
    return JSON.parse(raw) as PiiLine;
  } catch {
    return undefined;
  }
}

const piiLines = piiRawLines.map(parsePiiLine);
const parsedPii = piiLines.filter((line): line is PiiLine => line !== undefined);

describe("test/fixtures/pii/pii-unseen.jsonl", () => {
  describe("format", () => {
    it("should parse every line as one JSON object with id, text, entities and hazards", () => {
      const bad = piiLines
        .map((line, index) => ({ line, index }))
        .filter(
          ({ line }) =>
            line === undefined ||
            typeof line.text !== "string" ||
            !Array.isArray(line.entities) ||
            !Array.isArray(line.hazards),
        );
      expect(bad.map(({ index }) => index + 1)).toEqual([]);
    });

    it("should use unique ids", () => {
      expect(new Set(parsedPii.map((line) => line.id)).size).toBe(parsedPii.length);
    });

    it("should quote every entity and hazard verbatim from its text", () => {
      const missing = parsedPii.flatMap((line) =>
        [...line.entities.map((entity) => entity.text), ...line.hazards]
          .filter((part) => part.length === 0 || !line.text.includes(part))
          .map((part) => `${line.id}:${part}`),
      );
      expect(missing).toEqual([]);
    });

    it("should use only the known entity types", () => {
      const bad = parsedPii.flatMap((line) =>
        line.entities.filter((entity) => !PII_TYPES.includes(entity.type)).map(() => line.id),
      );
      expect(bad).toEqual([]);
    });
  });

  describe("coverage", () => {
    it("should hold at least 150 lines, 220 entities and 60 hazards", () => {
      expect(parsedPii.length).toBeGreaterThanOrEqual(150);
      expect(parsedPii.flatMap((line) => line.entities).length).toBeGreaterThanOrEqual(220);
      expect(parsedPii.flatMap((line) => line.hazards).length).toBeGreaterThanOrEqual(60);
    });

    it("should cover every entity type, with person names the biggest share", () => {
      const counts = new Map<string, number>();
      for (const entity of parsedPii.flatMap((line) => line.entities)) {
        counts.set(entity.type, (counts.get(entity.type) ?? 0) + 1);
      }
      expect(PII_TYPES.filter((type) => !counts.has(type))).toEqual([]);
      const names = counts.get("person_name") ?? 0;
      expect([...counts.values()].every((count) => count <= names)).toBe(true);
    });
  });

  describe("frozen file", () => {
    it("should stay byte for byte as written blind", () => {
      expect(createHash("sha256").update(piiText, "utf8").digest("hex")).toBe(PII_UNSEEN_SHA256);
    });
  });
});
