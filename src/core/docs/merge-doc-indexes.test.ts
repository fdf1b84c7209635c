import { DOC_INDEX_VERSION, DocIndex } from "./DocIndex";
import { mergeDocIndexes } from "./merge-doc-indexes";
import type { ExtractedDocument } from "./types";

// Small fictional manuals written for these tests (not the sample corpus).
const DOCUMENTS: ExtractedDocument[] = [
  {
    doc: "1/housing.md",
    title: "住宅扶助",
    pages: [
      {
        page: null,
        text: [
          "# 住宅扶助",
          "## 1. 家賃",
          "### 1.1 上限額",
          "単身世帯の家賃の上限額は37,000円とする。",
          "### 1.2 共益費",
          "共益費は住宅扶助の対象としない。",
          "## 2. 転居",
          "### 2.1 敷金",
          "転居が認められる場合は敷金を支給する。引越し費用は見積書で確認する。",
        ].join("\n"),
      },
    ],
  },
  {
    doc: "2/visits.pdf",
    title: "訪問調査",
    pages: [
      { page: 1, text: "訪問調査\n1. 訪問\n1.1 頻度\n家庭訪問は格付けに応じて毎月から年1回行う。" },
      { page: 2, text: "2. 記録\n2.1 期限\nケース記録は訪問から3開庁日以内に入力する。" },
    ],
  },
  {
    doc: "3/medical.txt",
    title: "医療扶助",
    pages: [
      {
        page: null,
        text: "医療扶助\n1. 通院移送費\n通院のためのタクシー代は、医師が必要と認めた場合に限り支給する。",
      },
    ],
  },
];

const QUESTIONS = [
  "単身の家賃の上限はいくら",
  "引っ越しのとき敷金は出る？",
  "ケース記録はいつまでに入力する",
  "通院のタクシー代は出せますか",
  "家庭訪問の頻度",
];

describe("mergeDocIndexes", () => {
  const separate = DOCUMENTS.map((document) => DocIndex.build([document]).toJSON());
  const merged = mergeDocIndexes(separate);
  const whole = DocIndex.build(DOCUMENTS);

  describe("joining indexes built one document at a time", () => {
    it("should hold every chunk and document once", () => {
      expect(merged.chunks.map((chunk) => chunk.id)).toEqual(whole.chunks.map((c) => c.id));
      expect(merged.documents).toEqual(["1/housing.md", "2/visits.pdf", "3/medical.txt"]);
    });

    it.each(QUESTIONS)("should find the same best passage as one index for %s", (question) => {
      const a = merged.search(question);
      const b = whole.search(question);
      expect(a.found).toBe(true);
      if (!a.found || !b.found) throw new Error("not found");
      expect(a.hits[0]!.chunk.id).toBe(b.hits[0]!.chunk.id);
      expect(a.hits[0]!.snippet).toEqual(b.hits[0]!.snippet);
    });

    it("should keep locations, titles and pages of the parts", () => {
      const result = merged.search("ケース記録の入力期限");
      if (!result.found) throw new Error("not found");
      expect(result.hits[0]).toMatchObject({
        title: "訪問調査",
        location: "p.2 > 2. 記録 > 2.1 期限",
        chunk: { doc: "2/visits.pdf", page: 2 },
      });
    });

    it("should still say not found, with the closest documents, for a question the manuals lack", () => {
      const result = merged.search("ペットの飼育費用は出ますか");
      expect(result.found).toBe(false);
    });

    it("should survive a JSON round trip of the merged index", () => {
      const restored = DocIndex.fromJSON(JSON.parse(JSON.stringify(merged.toJSON())));
      const result = restored?.search("通院のタクシー代");
      expect(result?.found && result.hits[0]!.chunk.doc).toBe("3/medical.txt");
    });

    it("should give an empty index for no parts", () => {
      const empty = mergeDocIndexes([]);
      expect(empty.chunks).toEqual([]);
      expect(empty.search("家賃").found).toBe(false);
    });
  });

  describe("refusing parts it cannot join", () => {
    it("should refuse a part written by another index version", () => {
      const old = { ...separate[0]!, version: DOC_INDEX_VERSION + 1 };
      expect(() => mergeDocIndexes([old, separate[1]!])).toThrow(/version/);
    });

    it("should refuse the same document twice", () => {
      expect(() => mergeDocIndexes([separate[0]!, separate[0]!])).toThrow(/two indexes/);
    });
  });
});
