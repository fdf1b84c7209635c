import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

import type { CsvRecord } from "../../src/core/csv";
import { readCsvTable } from "../../src/core/csv";
import { CATEGORY_TAGS, STYLE_TAGS } from "./blind-question-set";

const SAMPLES_DIR = join(__dirname, "..", "..", "samples");
const QUESTIONS_PATH = join(SAMPLES_DIR, "mynumber-questions.csv");
const FAQ_PATH = join(SAMPLES_DIR, "mynumber-faq.csv");
const DEPARTMENTS_PATH = join(SAMPLES_DIR, "departments.csv");

const HEADER = "id,question,expected_faq_ids,expected_action,expected_department,note,tags";
const COLUMNS = HEADER.split(",");
const ACTIONS = ["answer", "transfer", "emergency", "clarify"] as const;
const DEPARTMENTS = [
  "市民課",
  "保険年金課",
  "税務課",
  "保護課",
  "子ども家庭課",
  "健康推進課",
  "高齢者支援課",
  "障害福祉課",
  "空き家対策課",
  "環境課",
  "総合案内",
] as const;
const HELDOUT_TAG = "heldout";
const ALLOWED_TAGS = new Set<string>([...STYLE_TAGS, ...CATEGORY_TAGS, HELDOUT_TAG]);
const HELDOUT_SALT = "madoguchi-heldout-v1:";
const HELDOUT_SHARE = 0.25;
const NO_FAQ_PREFIX = "[FAQなし]";
const BLOCK_PREFIX = "[block]";
const MASK_PREFIX = "[mask]";
const MIN_ROWS = 200;

/**
 * Fingerprint of the columns frozen at the end of phase 1 (id, question, action, department,
 * held-out flag). The utterances were written before the FAQ existed; if this changes, someone
 * edited the test set after seeing the FAQ or the engine, which defeats its purpose. Change it
 * only deliberately, and say why in the commit.
 */
const FROZEN_FINGERPRINT = "cfdba783742eb5c1950df874c3fbd44b53111bbb83b2b192e5fab66d9436b9d0";

/** Minimum rows per category, from the test-set brief. */
const MINIMUM_PER_TAG: Readonly<Record<string, number>> = {
  pii: 25,
  personal_status: 15,
  human_request: 10,
  complaint: 10,
  crisis: 12,
  other_department: 30,
  injection: 8,
  greeting: 8,
  asr: 10,
  english: 5,
  dialect: 3,
  keigo: 3,
  long: 3,
  indirect: 10,
};

type Row = {
  readonly line: number;
  readonly id: string;
  readonly question: string;
  readonly faqIds: readonly string[];
  readonly action: string;
  readonly department: string;
  readonly note: string;
  readonly tags: readonly string[];
};

function toRow(record: CsvRecord): Row {
  const value = (name: string) => record.values[name] ?? "";
  return {
    line: record.line,
    id: value("id"),
    question: value("question"),
    faqIds: splitList(value("expected_faq_ids")),
    action: value("expected_action"),
    department: value("expected_department"),
    note: value("note"),
    tags: splitList(value("tags")),
  };
}

function splitList(text: string): string[] {
  return text
    .split(";")
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

function hasTag(row: Row, tag: string): boolean {
  return row.tags.includes(tag);
}

function stratumOf(row: Row): string {
  const category = CATEGORY_TAGS.find((tag) => hasTag(row, tag)) ?? "faq";
  return `${row.action}/${category}`;
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** The held-out rule from samples/questions-README.md: lowest 25% of hashes per stratum. */
function selectHeldOut(rows: readonly Row[]): Set<string> {
  const strata = new Map<string, Row[]>();
  for (const row of rows) {
    const key = stratumOf(row);
    strata.set(key, [...(strata.get(key) ?? []), row]);
  }
  const selected = new Set<string>();
  for (const members of strata.values()) {
    const ranked = [...members].sort((a, b) =>
      compareText(sha256(HELDOUT_SALT + a.id), sha256(HELDOUT_SALT + b.id)),
    );
    // Nearest whole number with halves rounded down (10 rows → 2), as the README states.
    const count = Math.ceil(members.length * HELDOUT_SHARE - 0.5);
    for (const row of ranked.slice(0, count)) selected.add(row.id);
  }
  return selected;
}

function readFaqIds(): Set<string> {
  const { records } = readCsvTable(readFileSync(FAQ_PATH, "utf8"), ["id"]);
  return new Set(records.map((record) => record.values["id"] ?? ""));
}

const text = readFileSync(QUESTIONS_PATH, "utf8");
const table = readCsvTable(text, COLUMNS);
const rows = table.records.map(toRow);
const faqExists = existsSync(FAQ_PATH);

describe("samples/mynumber-questions.csv", () => {
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

    it("should number ids Q001, Q002, … without gaps or duplicates", () => {
      const expected = rows.map((_, index) => `Q${String(index + 1).padStart(3, "0")}`);
      expect(rows.map((row) => row.id)).toEqual(expected);
    });

    it("should have a non-empty single-line question without surrounding spaces", () => {
      const bad = rows.filter(
        (row) =>
          row.question.length === 0 ||
          /[\r\n]/.test(row.question) ||
          row.question !== row.question.trim(),
      );
      expect(bad.map((row) => row.id)).toEqual([]);
    });

    it("should not repeat a question", () => {
      const seen = new Map<string, string>();
      const repeated: string[] = [];
      for (const row of rows) {
        const first = seen.get(row.question);
        if (first) repeated.push(`${first}=${row.id}`);
        seen.set(row.question, row.id);
      }
      expect(repeated).toEqual([]);
    });

    it("should give every row a note saying what the caller wants", () => {
      expect(rows.filter((row) => row.note.length === 0).map((row) => row.id)).toEqual([]);
    });
  });

  describe("labels", () => {
    it("should use only the four actions", () => {
      const bad = rows.filter((row) => !(ACTIONS as readonly string[]).includes(row.action));
      expect(bad.map((row) => `${row.id}:${row.action}`)).toEqual([]);
    });

    it("should use only the ward office's department names", () => {
      const bad = rows.filter(
        (row) =>
          row.department !== "" && !(DEPARTMENTS as readonly string[]).includes(row.department),
      );
      expect(bad.map((row) => `${row.id}:${row.department}`)).toEqual([]);
    });

    it("should agree with the department names of samples/departments.csv", () => {
      if (!existsSync(DEPARTMENTS_PATH)) throw new Error(`missing ${DEPARTMENTS_PATH}`);
      const { records } = readCsvTable(readFileSync(DEPARTMENTS_PATH, "utf8"), ["name"]);
      const names = new Set(records.map((record) => record.values["name"] ?? ""));
      const used = new Set(rows.map((row) => row.department).filter((name) => name !== ""));
      expect([...used].filter((name) => !names.has(name))).toEqual([]);
    });

    it("should name a department for every transfer", () => {
      const bad = rows.filter((row) => row.action === "transfer" && row.department === "");
      expect(bad.map((row) => row.id)).toEqual([]);
    });

    it("should use only the allowed tags, with at least one besides heldout", () => {
      const bad = rows.filter(
        (row) =>
          row.tags.some((tag) => !ALLOWED_TAGS.has(tag)) ||
          row.tags.filter((tag) => tag !== HELDOUT_TAG).length === 0 ||
          new Set(row.tags).size !== row.tags.length,
      );
      expect(bad.map((row) => `${row.id}:${row.tags.join(";")}`)).toEqual([]);
    });

    it.each([
      ["crisis", "emergency"],
      ["injection", "transfer"],
      ["greeting", "clarify"],
      ["personal_status", "transfer"],
      ["human_request", "transfer"],
      ["complaint", "transfer"],
    ])("should expect %s rows to end in %s (a crisis always wins)", (tag, action) => {
      const bad = rows.filter(
        (row) =>
          hasTag(row, tag) &&
          row.action !== action &&
          !(hasTag(row, "crisis") && row.action === "emergency"),
      );
      expect(bad.map((row) => `${row.id}:${row.action}`)).toEqual([]);
    });

    it("should transfer every row whose personal information is of the block class", () => {
      const bad = rows.filter(
        (row) => row.note.startsWith(BLOCK_PREFIX) && row.action !== "transfer",
      );
      expect(bad.map((row) => row.id)).toEqual([]);
    });

    it("should explain the class of personal information on every pii row that is not a crisis", () => {
      const bad = rows.filter(
        (row) =>
          hasTag(row, "pii") &&
          !hasTag(row, "crisis") &&
          !row.note.startsWith(BLOCK_PREFIX) &&
          !row.note.startsWith(MASK_PREFIX),
      );
      expect(bad.map((row) => row.id)).toEqual([]);
    });

    it.each(Object.entries(MINIMUM_PER_TAG))(
      "should hold at least the planned number of %s rows (%i)",
      (tag, minimum) => {
        expect(rows.filter((row) => hasTag(row, tag)).length).toBeGreaterThanOrEqual(minimum);
      },
    );

    it("should hold at least 130 answerable questions", () => {
      expect(rows.filter((row) => row.action === "answer").length).toBeGreaterThanOrEqual(130);
    });
  });

  describe("held-out split", () => {
    it("should mark exactly the rows chosen by the documented seeded rule", () => {
      const expected = selectHeldOut(rows);
      const marked = new Set(rows.filter((row) => hasTag(row, HELDOUT_TAG)).map((row) => row.id));
      expect([...marked].sort()).toEqual([...expected].sort());
    });

    it("should hold out about a quarter of the rows", () => {
      const share = rows.filter((row) => hasTag(row, HELDOUT_TAG)).length / rows.length;
      expect(share).toBeGreaterThan(0.2);
      expect(share).toBeLessThan(0.3);
    });
  });

  describe("frozen utterances", () => {
    it("should keep id, question, action, department and split exactly as written in phase 1", () => {
      const frozen = rows
        .map(
          (row) =>
            `${row.id}\t${row.question}\t${row.action}\t${row.department}\t${hasTag(row, HELDOUT_TAG) ? 1 : 0}\n`,
        )
        .join("");
      expect(sha256(frozen)).toBe(FROZEN_FINGERPRINT);
    });
  });

  describe("FAQ references", () => {
    it("should give FAQ ids only to rows whose expected action is answer", () => {
      const bad = rows.filter((row) => row.action !== "answer" && row.faqIds.length > 0);
      expect(bad.map((row) => row.id)).toEqual([]);
    });

    it("should not list the same FAQ id twice in a row", () => {
      const bad = rows.filter((row) => new Set(row.faqIds).size !== row.faqIds.length);
      expect(bad.map((row) => row.id)).toEqual([]);
    });

    it("should not mark a row as an FAQ gap and give it FAQ ids at once", () => {
      const bad = rows.filter((row) => row.note.startsWith(NO_FAQ_PREFIX) && row.faqIds.length > 0);
      expect(bad.map((row) => row.id)).toEqual([]);
    });

    // The FAQ is written by another engineer; until it lands these two checks are reported as skipped.
    (faqExists ? it : it.skip)(
      "should refer only to FAQ ids that exist in samples/mynumber-faq.csv",
      () => {
        const known = readFaqIds();
        const unknown = rows.flatMap((row) =>
          row.faqIds.filter((id) => !known.has(id)).map((id) => `${row.id}:${id}`),
        );
        expect(unknown).toEqual([]);
      },
    );

    (faqExists ? it : it.skip)(
      "should map every answerable row to FAQ ids or mark it as an FAQ gap",
      () => {
        const bad = rows.filter(
          (row) =>
            row.action === "answer" &&
            row.faqIds.length === 0 &&
            !row.note.startsWith(NO_FAQ_PREFIX),
        );
        expect(bad.map((row) => row.id)).toEqual([]);
      },
    );
  });
});
