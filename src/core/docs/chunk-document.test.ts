import { chunkDocument } from "./chunk-document";
import type { ExtractedDocument } from "./types";

const FOOTER = (n: number) => `青葉川市 保護課 テスト手引き — ${n} / 3 —`;

const PDF_LIKE: ExtractedDocument = {
  doc: "test.pdf",
  title: "テスト手引き",
  pages: [
    {
      page: 1,
      text: [
        "テスト手引き",
        "1. 総則",
        "1.1 目的",
        "この手引きは職員の事務を",
        "そろえるためのものである。",
        FOOTER(1),
      ].join("\n"),
    },
    {
      page: 2,
      text: [
        "1.2 申請権",
        "申請は権利である。",
        "2. 訪問",
        "2.1 頻度",
        "訪問は毎月行う。",
        FOOTER(2),
      ].join("\n"),
    },
    { page: 3, text: ["記録は3日以内に入力する。", FOOTER(3)].join("\n") },
  ],
};

describe("chunkDocument", () => {
  describe("locations", () => {
    it("should keep the page and heading path of every passage", () => {
      const chunks = chunkDocument(PDF_LIKE, { minChars: 0 });
      expect(chunks.map(({ page, sectionPath, text }) => ({ page, sectionPath, text }))).toEqual([
        {
          page: 1,
          sectionPath: ["1. 総則", "1.1 目的"],
          text: "この手引きは職員の事務をそろえるためのものである。",
        },
        { page: 2, sectionPath: ["1. 総則", "1.2 申請権"], text: "申請は権利である。" },
        { page: 2, sectionPath: ["2. 訪問", "2.1 頻度"], text: "訪問は毎月行う。" },
        // A section continuing on the next page keeps its path and gets the new page.
        { page: 3, sectionPath: ["2. 訪問", "2.1 頻度"], text: "記録は3日以内に入力する。" },
      ]);
    });

    it("should give chunks stable ids within the document", () => {
      expect(chunkDocument(PDF_LIKE).map((chunk) => chunk.id)).toEqual(
        chunkDocument(PDF_LIKE).map((_, index) => `test.pdf#${index + 1}`),
      );
    });

    it("should use Markdown headings and drop the title heading", () => {
      const chunks = chunkDocument({
        doc: "a.md",
        title: "就労支援",
        pages: [
          {
            page: null,
            text: "# 就労支援\n\n## 1. 基本\n\n### 1.1 評価\n\n稼働能力を評価する。\n\n次の段落。",
          },
        ],
      });
      expect(chunks).toEqual([
        {
          id: "a.md#1",
          doc: "a.md",
          page: null,
          sectionPath: ["1. 基本", "1.1 評価"],
          text: "稼働能力を評価する。\n次の段落。",
        },
      ]);
    });
  });

  describe("sizes", () => {
    it("should split a long section at sentence ends, keeping its location", () => {
      const sentence = "保護費は毎月一日に口座へ振り込むものとする。";
      const chunks = chunkDocument(
        {
          doc: "b.txt",
          title: "b",
          pages: [{ page: null, text: `1. 支給\n${sentence.repeat(30)}` }],
        },
        { maxChars: 100 },
      );
      expect(chunks.length).toBeGreaterThan(5);
      for (const chunk of chunks) {
        expect(chunk.text.length).toBeLessThanOrEqual(100);
        expect(chunk.text.endsWith("。")).toBe(true);
        expect(chunk.sectionPath).toEqual(["1. 支給"]);
      }
    });

    it("should not create passages for headings without text", () => {
      const chunks = chunkDocument({
        doc: "c.md",
        title: "c",
        pages: [{ page: null, text: "## 1. 空\n## 2. 空\n" }],
      });
      expect(chunks).toEqual([]);
    });
  });
});
