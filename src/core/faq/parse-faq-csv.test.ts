import { parseDepartmentsCsv } from "./parse-departments-csv";
import { parseFaqCsv, splitKeywords } from "./parse-faq-csv";

const HEADER = "id,question,answer,category,department,keywords";

describe("parseFaqCsv", () => {
  describe("good rows", () => {
    it("should parse every column and split keywords", () => {
      const text = `${HEADER}\nA-1,質問ですか,回答です。,申請,市民課,マイナカード;作り方\n`;
      const { entries, errors } = parseFaqCsv(text);
      expect(errors).toEqual([]);
      expect(entries).toEqual([
        {
          id: "A-1",
          question: "質問ですか",
          answer: "回答です。",
          category: "申請",
          department: "市民課",
          keywords: ["マイナカード", "作り方"],
        },
      ]);
    });
  });

  describe("bad rows", () => {
    it("should report duplicates and empty required fields by line and load the rest", () => {
      const text = [HEADER, "A-1,q1,a1,,,", "A-1,q2,a2,,,", "A-2,,a3,,,", "A-3,q4,a4,,,"].join(
        "\n",
      );
      const { entries, errors } = parseFaqCsv(text);
      expect(entries.map((e) => e.id)).toEqual(["A-1", "A-3"]);
      expect(errors.map((e) => [e.line, e.code])).toEqual([
        [3, "duplicate_id"],
        [4, "empty_required"],
      ]);
    });
  });
});

describe("splitKeywords", () => {
  it.each([
    ["a;b", ["a", "b"]],
    ["a；b", ["a", "b"]],
    [" a ; ; b ", ["a", "b"]],
    ["", []],
  ])("should split %j", (cell, expected) => {
    expect(splitKeywords(cell)).toEqual(expected);
  });
});

describe("parseDepartmentsCsv", () => {
  it("should parse departments and report a repeated name", () => {
    const text =
      "name,extension,description,keywords\n市民課,1101,説明,住民票;戸籍\n市民課,1102,,\n";
    const { departments, errors } = parseDepartmentsCsv(text);
    expect(departments).toEqual([
      { name: "市民課", extension: "1101", description: "説明", keywords: ["住民票", "戸籍"] },
    ]);
    expect(errors).toEqual([{ line: 3, code: "duplicate_id", detail: "市民課" }]);
  });
});
