import {
  DEPARTMENTS_PATH,
  describeBlindQuestionSet,
  readColumn,
  readQuestionRows,
} from "./blind-question-set";

const FILE = "mynumber-questions-unseen-3.csv";

describe(`samples/${FILE}`, () => {
  // Fingerprint of the columns written blind (samples/unseen-3-README.md).
  describeBlindQuestionSet({
    file: FILE,
    idPrefix: "Y",
    minRows: 190,
    fingerprint: "d71850580bd11987f8a7483a11cee78ef73e7b85bfb4458ce1395c596e985259",
  });

  describe("mix", () => {
    const rows = readQuestionRows(FILE);
    const countWhere = (predicate: (row: (typeof rows)[number]) => boolean) =>
      rows.filter(predicate).length;

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
});
