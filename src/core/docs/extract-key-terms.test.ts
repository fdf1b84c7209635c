import { createTextAnalyzer } from "../search";
import { buildVariantLookup, extractKeyTerms } from "./extract-key-terms";
import { foldForKeys } from "./fold-for-keys";

const VARIANTS = { 冷房器具: ["エアコン"], 家庭訪問: ["訪問"] };
const keysOf = (question: string) =>
  extractKeyTerms({
    analyze: createTextAnalyzer(VARIANTS),
    lookup: buildVariantLookup(VARIANTS),
    question,
  }).map((term) => (term.concept ? `c:${term.text}` : term.text));

describe("extractKeyTerms", () => {
  describe("topic terms", () => {
    it.each([
      ["エアコンの購入費は出せますか", ["c:冷房器具", "購入", "費", "出"]],
      ["家庭訪問で留守だった", ["c:家庭訪問", "留守"]],
      ["入れ歯を作る費用", ["入歯", "作", "費用"]],
      ["パートの給料の振込日", ["給料", "振込", "日", "ぱと"]],
    ])("should keep the topic of %s", (question, expected) => {
      expect(keysOf(question).sort()).toEqual([...expected].sort());
    });

    it("should leave out interrogatives and hiragana grammar", () => {
      expect(keysOf("誰に何を頼めばいいですか")).toEqual(["頼"]);
    });

    it.each([
      ["今日全部言われた", []],
      ["自分で何人分の記録を書くのは大丈夫か", ["記録", "書"]],
      ["本当に滞納を教えてもらえないか", ["滞納"]],
    ])("should leave out the everyday words of %s", (question, expected) => {
      expect(keysOf(question).sort()).toEqual([...expected].sort());
    });
  });
});

describe("foldForKeys", () => {
  describe("okurigana", () => {
    it.each([
      ["振り込む", "振込む"],
      ["申し込み", "申込み"],
      ["家の人", "家の人"],
      ["タクシー", "たくし"],
    ])("should fold %s to %s", (text, folded) => {
      expect(foldForKeys(text)).toBe(folded);
    });
  });
});
