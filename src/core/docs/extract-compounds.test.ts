import { extractCompounds } from "./extract-compounds";
import { buildVariantLookup } from "./extract-key-terms";

const LOOKUP = buildVariantLookup({ 被保護者: ["受給者"], 保護費: [] });
const compoundsOf = (question: string) =>
  extractCompounds(question, LOOKUP).map((compound) => compound.forms.join("/"));

describe("extractCompounds", () => {
  describe("kanji compounds", () => {
    it.each([
      ["生活扶助の基準額はいくら", ["生活扶助"]],
      ["児童手当の振込日", ["児童手当"]],
      ["介護保険料はどうやって納める", ["介護保険料"]],
      ["単身世帯の家賃", ["単身世帯"]],
    ])("should keep the compounds of %s whole", (question, expected) => {
      expect(compoundsOf(question)).toEqual(expected);
    });

    it("should keep a compound before the colloquial って and a verbal noun's する", () => {
      expect(compoundsOf("新規就労控除って何")).toEqual(["新規就労控除"]);
      expect(compoundsOf("文書指導指示して")).toEqual(["文書指導指示"]);
    });

    it("should leave out words of two characters", () => {
      expect(compoundsOf("家賃の上限")).toEqual([]);
    });

    it("should judge a compound without the attribute asked about", () => {
      expect(compoundsOf("ケース記録の入力期限")).toEqual([]);
      expect(compoundsOf("介護保険料の納付方法")).toEqual(["介護保険料"]);
    });
  });

  describe("what is not a compound", () => {
    it.each([
      ["送る必要がありますか", []],
      ["受給者の保護費", []],
      ["保護は何日以内に決める", []],
      ["20年以上連絡がない兄", []],
      ["入院中の家賃", []],
      ["2人世帯の家賃", []],
      ["家主に直接払う仕組み", []],
      ["一度作った援助方針", ["援助方針"]],
      ["以前職員が行った", []],
    ])("should find no compound in %s", (question, expected) => {
      expect(compoundsOf(question)).toEqual(expected);
    });
  });

  describe("cost words", () => {
    it.each([
      ["通勤の定期代", ["定期代/定期"]],
      ["冷房の購入費", ["購入費/購入"]],
    ])("should also accept the stem of %s", (question, expected) => {
      expect(compoundsOf(question)).toEqual(expected);
    });
  });
});
