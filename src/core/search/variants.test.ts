import { foldForMatch } from "../text";
import { createTextAnalyzer, TERM_PREFIX } from "./analyze-text";
import { DEFAULT_VARIANTS, mergeVariantTables, parseVariantsCsv } from "./variants";

describe("variants", () => {
  describe("DEFAULT_VARIANTS", () => {
    const analyze = createTextAnalyzer(DEFAULT_VARIANTS);
    it.each([
      ["speech recognition homophone", "公布通知書が届きました", "交付通知書"],
      ["abbreviation", "住基の暗証番号", "住民基本台帳"],
      ["abbreviation kept apart from the card", "住基カードを持っています", "住基カード"],
      ["moving in other words", "住民票を移すかもしれない", "転居"],
      ["an illness callers name", "コロナが怖くて外出したくない", "感染"],
      ["simplified Chinese card name", "我的个人编号卡", "マイナンバーカード"],
      ["simplified Chinese for lost", "卡丢了", "紛失"],
    ])("should map %s (%j) to the concept %s", (_label, text, canonical) => {
      expect(analyze(text)).toContain(TERM_PREFIX.concept + foldForMatch(canonical));
    });
  });

  describe("parseVariantsCsv", () => {
    it("should read canonical,variants rows and report empty ones by line", () => {
      const text = "canonical,variants\n住民票,住民票の写し;住民票写し\n空き家,\n";
      const { variants, errors } = parseVariantsCsv(text);
      expect(variants).toEqual({ 住民票: ["住民票の写し", "住民票写し"] });
      expect(errors).toEqual([{ line: 3, code: "empty_required", detail: "variants" }]);
    });
  });

  describe("mergeVariantTables", () => {
    it("should add variants without duplicates and keep earlier ones", () => {
      const merged = mergeVariantTables({ a: ["x"] }, { a: ["x", "y"], b: ["z"] });
      expect(merged).toEqual({ a: ["x", "y"], b: ["z"] });
    });
  });
});
