import { maskPii } from "./mask-pii";
import { PII_CLASS, PII_LABEL_JA } from "./types";
import { unmaskPii } from "./unmask-pii";

describe("maskPii", () => {
  describe("placeholders", () => {
    it("should replace each value with a typed, numbered placeholder", () => {
      const result = maskPii("山田花子です。電話は090-1234-5678、自宅は092-711-4111です");
      expect(result.masked).toBe("［氏名1］です。電話は［電話番号1］、自宅は［電話番号2］です");
    });

    it("should give the same value the same placeholder", () => {
      const result = maskPii(
        "090-1234-5678です。もう一度、ゼロキュウゼロのイチニーサンヨンのゴーロクナナハチ",
      );
      expect(result.masked).toBe("［電話番号1］です。もう一度、［電話番号1］");
    });

    it("should report offsets into the original text", () => {
      const text = "ｅｘ：電話は０９０－１２３４－５６７８";
      const [entity] = maskPii(text).entities;
      expect(entity && text.slice(entity.start, entity.end)).toBe("０９０－１２３４－５６７８");
    });

    it("should never put the raw value in evidence", () => {
      const result = maskPii("マイナンバーは123456789018、電話は090-1234-5678");
      for (const entity of result.entities) expect(entity.evidence).not.toMatch(/[0-9]{4}/);
    });
  });

  describe("classes", () => {
    it.each([
      ["マイナンバーは123456789018です", true],
      ["暗証番号は1234です", true],
      ["電話は090-1234-5678です", false],
      ["手数料は1,000円です", false],
    ])("should set blocked for %s to %s", (text, blocked) => {
      expect(maskPii(text).blocked).toBe(blocked);
    });

    it("should label and classify every type", () => {
      expect(Object.keys(PII_LABEL_JA).sort()).toEqual(Object.keys(PII_CLASS).sort());
    });
  });

  describe("unmaskPii", () => {
    it("should restore placeholders in a text drafted from the masked one", () => {
      const original = "田中さんの電話は090-1234-5678です";
      const { masked, entities } = maskPii(original);
      const draft = `［氏名1］様、${masked.slice(masked.indexOf("［電話番号1］"), masked.indexOf("］", masked.indexOf("［電話番号1］")) + 1)}に折り返します`;
      expect(unmaskPii(draft, original, entities)).toBe("田中様、090-1234-5678に折り返します");
    });
  });

  describe("bad input", () => {
    it.each([[""], ["   "], ["😀😀😀"], ["\u0000\u0001"], ["ｰｰｰ----ーーー"]])(
      "should handle %j",
      (text) => {
        expect(() => maskPii(text)).not.toThrow();
      },
    );

    it.each([
      ["digits and dashes", "1-".repeat(50_000)],
      ["one long digit run", "9".repeat(100_000)],
      ["letters before no at-mark", "a".repeat(100_000)],
      ["spoken digits", "ゼロ".repeat(50_000)],
      ["kanji", "山".repeat(100_000)],
      ["honorifics", "田中さん".repeat(25_000)],
      [
        "mixed utterances",
        "はい、山田です。電話は090-1234-5678、住所は天神1-2-3です。".repeat(2_500),
      ],
    ])("should finish on 100 KB of %s", (_label, text) => {
      const result = maskPii(text);
      expect(typeof result.masked).toBe("string");
    });
  });
});
