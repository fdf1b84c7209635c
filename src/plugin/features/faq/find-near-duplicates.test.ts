import type { FaqEntry } from "../../../core";
import { FaqIndex } from "../../../core";
import { findNearDuplicates } from "./find-near-duplicates";

const entry = (id: string, question: string): FaqEntry => ({
  id,
  question,
  answer: "…",
  category: "",
  department: "市民課",
  keywords: [],
});
const FAQ = [
  entry("MN-010", "マイナンバーカードの暗証番号を忘れました。どうすればいいですか？"),
  entry("MN-020", "住民票の写しはコンビニで取れますか？"),
  entry("MN-030", "粗大ごみの申し込み方法を教えてください"),
];
const INDEX = FaqIndex.build(FAQ);

describe("findNearDuplicates", () => {
  describe("similar questions", () => {
    it.each([
      [
        "the same words in other script widths",
        "ﾏｲﾅﾝﾊﾞｰｶｰﾄﾞの暗証番号を忘れた場合はどうすればいいですか",
        "MN-010",
      ],
      ["a rephrasing", "住民票の写しをコンビニで取りたい", "MN-020"],
      ["a question the engine would answer with the entry", "暗証番号がわからなくなった", "MN-010"],
    ])("should find %s", (_label, question, id) => {
      expect(findNearDuplicates(question, INDEX)[0]?.entry.id).toBe(id);
    });
  });

  describe("different or own questions", () => {
    it("should not flag an unrelated question", () => {
      expect(findNearDuplicates("犬の登録はどこでできますか", INDEX)).toEqual([]);
    });

    it("should not flag the entry being edited itself", () => {
      expect(findNearDuplicates(FAQ[1]?.question ?? "", INDEX, { selfId: "MN-020" })).toEqual([]);
    });
  });
});
