import { DocIndex } from "./DocIndex";
import { DOC_INDEX_VERSION } from "./doc-index-json";
import { mergeDocIndexes } from "./merge-doc-indexes";
import type { ExtractedDocument } from "./types";
import { SMALL_MANUALS } from "./__fixtures__/small-manuals";

// The docs tests' small manuals under record-style ids (1/, 2/), plus a third one.
const DOCUMENTS: ExtractedDocument[] = [
  ...SMALL_MANUALS.map((document, index) => ({ ...document, doc: `${index + 1}/${document.doc}` })),
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
