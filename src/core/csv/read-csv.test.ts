import { readCsv } from "./read-csv";
import { readCsvTable } from "./read-csv-table";

describe("readCsv", () => {
  describe("RFC 4180 fields", () => {
    it.each([
      ["plain fields", "a,b,c\n", [["a", "b", "c"]]],
      ["quoted comma", 'a,"b,c",d\n', [["a", "b,c", "d"]]],
      ["escaped quote", 'a,"say ""はい""",c\n', [["a", 'say "はい"', "c"]]],
      [
        "CRLF line ends",
        "a,b\r\nc,d\r\n",
        [
          ["a", "b"],
          ["c", "d"],
        ],
      ],
      [
        "no final newline",
        "a,b\nc,d",
        [
          ["a", "b"],
          ["c", "d"],
        ],
      ],
      ["BOM", "\uFEFFid,名前\n", [["id", "名前"]]],
      ["newline inside quotes", 'a,"1行目\n2行目"\n', [["a", "1行目\n2行目"]]],
      ["empty fields", "a,,\n", [["a", "", ""]]],
      ["blank lines skipped", "a\n\nb\n", [["a"], ["b"]]],
    ])("should read %s", (_label, text, expected) => {
      const result = readCsv(text);
      expect(result.errors).toEqual([]);
      expect(result.rows.map((row) => row.fields)).toEqual(expected);
    });

    it("should give each row the line where it starts", () => {
      const result = readCsv('h\n"x\ny"\nz\n');
      expect(result.rows.map((row) => row.line)).toEqual([1, 2, 4]);
    });
  });

  describe("malformed rows", () => {
    it("should report a stray quote with its line and keep the other rows", () => {
      const result = readCsv('id,q\n1,ok\n2,bad"quote\n3,"bad"x\n4,fine\n');
      expect(result.errors.map((e) => [e.line, e.code])).toEqual([
        [3, "stray_quote"],
        [4, "stray_quote"],
      ]);
      expect(result.rows.map((row) => row.fields[0])).toEqual(["id", "1", "4"]);
    });

    it("should report an unterminated quote and still read the following lines", () => {
      const result = readCsv('id,q\n1,"never closed\n2,next\n3,last\n');
      expect(result.errors).toEqual([{ line: 2, code: "unterminated_quote", detail: "" }]);
      expect(result.rows.map((row) => row.fields[0])).toEqual(["id", "2", "3"]);
    });
  });
});

describe("readCsvTable", () => {
  describe("header", () => {
    it("should key values by trimmed, lower-cased header names", () => {
      const result = readCsvTable(" ID ,Question\nx,y\n", ["id"]);
      expect(result.records).toEqual([{ line: 2, values: { id: "x", question: "y" } }]);
    });

    it("should report missing required columns on the header line", () => {
      const result = readCsvTable("id,answer\n1,a\n", ["id", "question"]);
      expect(result.records).toEqual([]);
      expect(result.errors).toEqual([{ line: 1, code: "missing_column", detail: "question" }]);
    });

    it("should report an empty file", () => {
      expect(readCsvTable("", ["id"]).errors[0]?.code).toBe("missing_header");
    });
  });

  describe("short rows", () => {
    it("should accept rows missing only optional trailing columns", () => {
      const result = readCsvTable("id,question,keywords\n1,q\n", ["id", "question"]);
      expect(result.records[0]?.values).toEqual({ id: "1", question: "q", keywords: "" });
    });

    it("should reject rows missing a required column", () => {
      const result = readCsvTable("id,question,keywords\n1\n2,q,k\n", ["id", "question"]);
      expect(result.errors).toEqual([{ line: 2, code: "wrong_field_count", detail: "1/3" }]);
      expect(result.records).toHaveLength(1);
    });
  });
});
