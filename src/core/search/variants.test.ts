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
      ["a scope in kana, as speech recognition writes it", "りょうほう わすれちゃって", "全部"],
    ])("should map %s (%j) to the concept %s", (_label, text, canonical) => {
      expect(analyze(text)).toContain(TERM_PREFIX.concept + foldForMatch(canonical));
    });
  });

  describe("other stems of a listed verb", () => {
    const analyze = createTextAnalyzer({ 死亡: ["亡くなっ"], 申込: ["申し込む"], 返却: ["返す"] });
    const concept = (canonical: string) => TERM_PREFIX.concept + foldForMatch(canonical);

    it.each([
      ["the masu stem of a listed te-form", "父が亡くなりまして", "死亡"],
      ["the plain form of a listed te-form", "母が亡くなる前に", "死亡"],
      ["the masu stem of a listed plain form", "ネットで申し込みました", "申込"],
      ["the negative stem of a listed plain form", "まだ申し込まないでおく", "申込"],
    ])("should map %s (%j) to %s", (_label, text, canonical) => {
      expect(analyze(text)).toContain(concept(canonical));
    });

    it("should not derive forms from a one-kanji stem, which sit inside compounds (折り返し)", () => {
      expect(analyze("折り返し電話をください")).not.toContain(concept("返却"));
    });

    it("should keep a listed form with the concept it is listed for", () => {
      const table = createTextAnalyzer({ 死亡: ["亡くなっ"], 紛失: ["亡くなり"] });
      expect(table("カードが亡くなりました")).toContain(concept("紛失"));
      expect(table("カードが亡くなりました")).not.toContain(concept("死亡"));
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
