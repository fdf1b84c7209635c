import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseQuestionsCsv } from "../../src/core";
import { readCsv } from "../../src/core/csv";
import { PHRASING_SETS, selectPhrasings } from "../../scripts/retrieval/phrasings";
import { APPENDIX_COVERAGE, SECTION_COVERAGE } from "./faq-coverage";

const SAMPLES_DIR = join(__dirname, "..", "..", "samples");
const FAQ_HEADER = "id,question,answer,category,department,keywords";
const DEPARTMENTS_HEADER = "name,extension,description,keywords";

/** The ward office's departments; names and extensions are fixed across every file. */
const DEPARTMENTS = [
  ["総合案内", "1000"],
  ["市民課", "1101"],
  ["保険年金課", "1201"],
  ["税務課", "1301"],
  ["保護課", "1401"],
  ["子ども家庭課", "1501"],
  ["健康推進課", "1601"],
  ["高齢者支援課", "1701"],
  ["障害福祉課", "1801"],
  ["空き家対策課", "1901"],
  ["環境課", "2001"],
] as const;

/** Public numbers from the facts file; any other phone-like number in an answer is a typo. */
const PUBLIC_NUMBERS = new Set([
  "0120-95-0178",
  "0120-0178-27",
  "0120-0178-26",
  "0570-783-578",
  "050-3818-1250",
  "0120-601-785",
]);

type Table<K extends string> = { header: string; rows: Record<K, string>[]; errors: number };

function loadTable<K extends string>(file: string, columns: readonly K[]): Table<K> {
  const bytes = readFileSync(join(SAMPLES_DIR, file));
  const text = bytes.toString("utf8");
  if (!Buffer.from(text, "utf8").equals(bytes)) throw new Error(`${file} is not valid UTF-8`);
  const { rows, errors } = readCsv(text);
  const [head, ...body] = rows;
  const names = head?.fields ?? [];
  const records = body.map((row) => {
    if (row.fields.length !== names.length) {
      throw new Error(
        `${file}:${row.line} has ${row.fields.length} fields, expected ${names.length}`,
      );
    }
    const entries = columns.map((column) => [column, row.fields[names.indexOf(column)] ?? ""]);
    return Object.fromEntries(entries) as Record<K, string>;
  });
  return { header: names.join(","), rows: records, errors: errors.length };
}

function countSentences(text: string): number {
  return text.split("。").filter((part) => part.trim() !== "").length;
}

const departments = loadTable("departments.csv", ["name", "extension", "description", "keywords"]);
const faq = loadTable("mynumber-faq.csv", [
  "id",
  "question",
  "answer",
  "category",
  "department",
  "keywords",
]);
const faqById = new Map(faq.rows.map((row) => [row.id, row]));

describe("samples", () => {
  describe("departments.csv", () => {
    it("should parse cleanly with the contract header", () => {
      expect(departments.errors).toBe(0);
      expect(departments.header).toBe(DEPARTMENTS_HEADER);
    });

    it("should list exactly the fixed departments and extensions", () => {
      expect(departments.rows.map((row) => [row.name, row.extension])).toEqual(DEPARTMENTS);
    });

    it.each(DEPARTMENTS.map(([name]) => name))(
      "should describe %s in one plain sentence with 6–15 keywords",
      (name) => {
        const row = departments.rows.find((candidate) => candidate.name === name);
        const keywords = row?.keywords.split(";") ?? [];
        expect(countSentences(row?.description ?? "")).toBe(1);
        expect(row?.description).toMatch(/^[^()（）[\]<>*#|]+。$/);
        expect(keywords.length).toBeGreaterThanOrEqual(6);
        expect(keywords.length).toBeLessThanOrEqual(15);
        expect(keywords.every((keyword) => keyword.trim() === keyword && keyword !== "")).toBe(
          true,
        );
      },
    );
  });

  describe("mynumber-faq.csv", () => {
    it("should parse cleanly with the contract header", () => {
      expect(faq.errors).toBe(0);
      expect(faq.header).toBe(FAQ_HEADER);
    });

    it("should hold at least 120 My Number entries and 10–15 general desk entries", () => {
      const general = faq.rows.filter((row) => row.id.startsWith("GEN-"));
      expect(faq.rows.length - general.length).toBeGreaterThanOrEqual(120);
      expect(general.length).toBeGreaterThanOrEqual(10);
      expect(general.length).toBeLessThanOrEqual(15);
      expect(general.every((row) => row.category === "庁舎・窓口")).toBe(true);
    });

    it("should number ids without gaps or duplicates", () => {
      for (const prefix of ["MN", "GEN"]) {
        const ids = faq.rows.map((row) => row.id).filter((id) => id.startsWith(`${prefix}-`));
        const expected = ids.map((_, index) => `${prefix}-${String(index + 1).padStart(3, "0")}`);
        expect(ids).toEqual(expected);
      }
      expect(faqById.size).toBe(faq.rows.length);
    });

    it("should route every entry to a department in departments.csv", () => {
      const names = new Set(departments.rows.map((row) => row.name));
      expect(faq.rows.filter((row) => !names.has(row.department)).map((row) => row.id)).toEqual([]);
    });

    it("should fill every field on one line", () => {
      const bad = faq.rows.filter((row) =>
        Object.values(row).some((value) => value.trim() === "" || /[\r\n]/.test(value)),
      );
      expect(bad.map((row) => row.id)).toEqual([]);
    });

    it("should ask one question per entry and answer in 1–4 polite sentences", () => {
      const bad = faq.rows.filter((row) => {
        const questionEnds = (row.question.match(/[？。]/g) ?? []).length;
        const sentences = countSentences(row.answer);
        return (
          questionEnds !== 1 ||
          !/[？。]$/.test(row.question) ||
          !row.answer.endsWith("。") ||
          sentences < 1 ||
          sentences > 4 ||
          !/(です|ます|ません|ください)。/.test(row.answer)
        );
      });
      expect(bad.map((row) => row.id)).toEqual([]);
    });

    it("should keep answers plain text that reads aloud: no URLs, markup or brackets", () => {
      const bad = faq.rows.filter((row) => /https?:|www\.|[<>*#|()（）[\]]/.test(row.answer));
      expect(bad.map((row) => row.id)).toEqual([]);
    });

    // Keywords hold the topic's other names and "also asked as" phrasings in several voices
    // (caller situations, casual speech, misheard words, short web-chat and English); see
    // docs/engine.md.
    // The training sets' phrasings come on top (scripts/retrieval/add-phrasings.ts).
    const trainingSets = PHRASING_SETS.map(({ file, foreign }) => ({
      questions: parseQuestionsCsv(readFileSync(join(SAMPLES_DIR, file), "utf8")).questions,
      foreign,
    }));
    const trainingQuestions = trainingSets.flatMap(({ questions }) => questions);
    const phrasings = trainingSets.flatMap(({ questions, foreign }) =>
      selectPhrasings(questions, { foreign }),
    );
    const phrasingKeywords = new Set(phrasings.map((p) => `${p.faqId}\t${p.keyword}`));

    it("should give 3–20 distinct keywords per entry, besides the training phrasings", () => {
      const bad = faq.rows.filter((row) => {
        const all = row.keywords.split(";");
        const keywords = all.filter((k) => !phrasingKeywords.has(`${row.id}\t${k}`));
        return (
          new Set(all).size !== all.length ||
          keywords.length < 3 ||
          keywords.length > 20 ||
          new Set(keywords).size !== keywords.length ||
          keywords.some((keyword) => keyword.trim() !== keyword || keyword === "")
        );
      });
      expect(bad.map((row) => row.id)).toEqual([]);
    });

    it("should hold every training phrasing among its entry's keywords, and none with personal data", () => {
      const byId = new Map(faq.rows.map((row) => [row.id, row.keywords.split(";")]));
      const missing = phrasings.filter((p) => !byId.get(p.faqId)?.includes(p.keyword));
      expect(phrasings.length).toBeGreaterThan(900);
      expect(missing.map((p) => p.rowId)).toEqual([]);
      // The labels mark rows with personal data ([mask], [block]): none may be a phrasing.
      const labelled = new Set(
        trainingQuestions.filter((q) => /\[(mask|block)\]/u.test(q.note)).map((q) => q.id),
      );
      expect(labelled.size).toBeGreaterThan(0);
      expect(phrasings.filter((p) => labelled.has(p.rowId)).map((p) => p.rowId)).toEqual([]);
    });

    it("should not repeat a question", () => {
      const questions = faq.rows.map((row) => row.question);
      expect(new Set(questions).size).toBe(questions.length);
    });

    it("should quote only the public numbers from the facts file", () => {
      const numbers = faq.rows.flatMap((row) => row.answer.match(/\d{2,4}-\d{2,4}-\d{3,4}/g) ?? []);
      expect(numbers.filter((number) => !PUBLIC_NUMBERS.has(number))).toEqual([]);
    });
  });

  describe("facts-file coverage", () => {
    it("should map all 25 sections", () => {
      expect(SECTION_COVERAGE.map((entry) => entry.section)).toEqual(
        Array.from({ length: 25 }, (_, index) => index + 1),
      );
    });

    it.each(SECTION_COVERAGE)("should answer section $section ($title)", ({ ids, term }) => {
      const rows = ids.map((id) => faqById.get(id));
      expect(rows.every((row) => row !== undefined)).toBe(true);
      const text = rows.map((row) => `${row?.question}${row?.answer}`).join("\n");
      expect(text).toContain(term);
    });

    it.each(APPENDIX_COVERAGE)("should hedge $topic in $id", ({ id, term }) => {
      expect(faqById.get(id)?.answer).toContain(term);
    });
  });
});
