import { createVariantExpander } from "./expand-variants";
import { WELFARE_VARIANTS } from "./welfare-variants";

describe("createVariantExpander", () => {
  describe("expansion", () => {
    const expand = createVariantExpander({ 三親等内の親族: ["叔父", "甥"], 家主: ["大家"] });

    it.each([
      ["叔父さん", "叔父 三親等内の親族 さん"],
      ["大家さんと甥", "大家 家主 さんと甥 三親等内の親族 "],
    ])("should follow each variant of %s with its canonical form", (text, expected) => {
      expect(expand(text)).toBe(expected);
    });

    it("should leave a canonical form and unknown words as written (folded)", () => {
      expect(expand("家主とアパート")).toBe("家主とあぱと");
    });
  });

  describe("the welfare table", () => {
    const expand = createVariantExpander(WELFARE_VARIANTS);

    it.each([
      ["一人暮らしの家賃", "単身"],
      ["畳を替えたい", "修理"],
      ["娘さんから電話", "扶養義務者"],
      ["整骨院に毎日のように通う", "頻回受診"],
    ])("should name the manual's term for the everyday words of %s", (text, term) => {
      expect(expand(text)).toContain(term);
    });

    it("should not find a variant inside an official word", () => {
      expect(expand("同意書を提出してもらう")).not.toContain("支給");
      expect(expand("代理納付に切り替える")).not.toContain("修理");
    });
  });
});
