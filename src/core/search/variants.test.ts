import { mergeVariantTables, parseVariantsCsv } from "./variants";

describe("variants", () => {
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
