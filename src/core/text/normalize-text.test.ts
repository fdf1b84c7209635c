import { normalizeText } from "./normalize-text";
import { toOriginalSpan } from "./normalized-text";

describe("normalizeText", () => {
  describe("character folding", () => {
    it.each([
      ["full-width digits and letters", "０９０ＡＢＣ", "090ABC"],
      ["half-width katakana with voicing", "ﾔﾏﾀﾞ ﾀﾛｳ", "ヤマダ タロウ"],
      ["full-width at-mark", "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ", "taro@example.jp"],
      ["era ligature", "㍻元年", "平成元年"],
      ["circled digit", "①番", "1番"],
      ["ideographic space folded", "山田　太郎", "山田 太郎"],
      ["whitespace runs folded and trimmed", "  はい \t\n 山田です  ", "はい 山田です"],
      ["zero-width characters removed", "09\u200b0-12\u200d34", "090-1234"],
      ["emoji kept", "電話📞です", "電話📞です"],
      ["Devanagari digits", "फोन ०७०-४१२५-९३८६", "फोन 070-4125-9386"],
      ["Bengali digits", "ফোন ০৯০-২২১৩-৪৫৬৭", "ফোন 090-2213-4567"],
      ["Thai digits", "โทร ๐๘๐-๖๗๑๒-๓๓๔๕", "โทร 080-6712-3345"],
      ["Devanagari letters and signs kept", "नमस्ते दुई", "नमस्ते दुई"],
    ])("should fold %s", (_label, input, expected) => {
      expect(normalizeText(input).text).toBe(expected);
    });
  });

  describe("dashes", () => {
    it.each([
      ["U+2010 hyphen", "090‐1234‐5678"],
      ["U+2212 minus", "090−1234−5678"],
      ["U+2013 en dash", "090–1234–5678"],
      ["U+2015 horizontal bar", "090―1234―5678"],
      ["full-width hyphen-minus", "090－1234－5678"],
      ["prolonged sound mark between digits", "090ー1234ー5678"],
      ["half-width prolonged mark between digits", "090ｰ1234ｰ5678"],
    ])("should turn the %s into -", (_label, input) => {
      expect(normalizeText(input).text).toBe("090-1234-5678");
    });

    it.each([["サーバー"], ["ケーキ"], ["コーポ101"]])(
      "should keep ー inside the word %s",
      (word) => {
        expect(normalizeText(word).text).toBe(word);
      },
    );
  });

  describe("spoken and kanji digits", () => {
    it.each([
      ["katakana with の", "ゼロキュウゼロのイチニーサンヨンのゴーロクナナハチ", "090-1234-5678"],
      [
        "katakana with fillers",
        "ゼロハチゼロ、えーと、イチニーサンヨン、ゴーロクナナハチ",
        "080-1234-5678",
      ],
      ["マル and キュー variants", "マルキューマル", "090"],
      ["hiragana readings", "ぜろきゅうぜろいちにーさんよん", "0901234"],
      ["kanji digits one by one", "〇九〇―一二三四―五六七八", "090-1234-5678"],
      ["kanji digits with の", "〇九二の七一一の四一一一", "092-711-4111"],
      ["mixed written and spoken", "090のイチニーサンヨンの5678", "090-1234-5678"],
      ["written groups joined by の", "090の1234の5678", "090-1234-5678"],
      ["written groups with a filler", "070-えーと、1234-5678", "070-1234-5678"],
    ])("should read %s", (_label, input, expected) => {
      expect(normalizeText(input).text).toBe(expected);
    });

    it.each([
      ["words made of readings", "ハチミツとサンプルとイチゴ"],
      ["an honorific さん", "田中さんにいちど"],
      ["救急車 in katakana", "キュウキュウシャ"],
      ["thank you", "サンキュー"],
      ["a few days", "二三日中に"],
      ["positional kanji numbers", "二十三番地"],
      ["a given name", "高橋一二三さん"],
      ["placeholders", "〇〇区役所"],
      ["a list of amounts", "1,000円、2,000円"],
      ["short written numbers with の", "3の2"],
      ["afternoon in hiragana", "ごごにいきます"],
    ])("should leave %s alone", (_label, input) => {
      expect(normalizeText(input).text).toBe(input);
    });
  });

  describe("offset map", () => {
    const samples = [
      "ゼロキュウゼロの1234",
      "ﾔﾏﾀﾞ　ﾀﾛｳ",
      "㈱テスト",
      "𠮷田さん 090ー1",
      "  a  b  ",
      "",
    ];

    it.each(samples)("should have one offset per char plus the end for %j", (input) => {
      const n = normalizeText(input);
      expect(n.offsets).toHaveLength(n.text.length + 1);
      for (let i = 1; i < n.offsets.length; i += 1) {
        expect(n.offsets[i]).toBeGreaterThanOrEqual(n.offsets[i - 1] ?? 0);
      }
      expect(n.offsets.at(-1)).toBeLessThanOrEqual(input.length);
    });

    it("should map a converted number back to its spoken original", () => {
      const input = "電話はゼロキュウゼロの1234です";
      const n = normalizeText(input);
      const start = n.text.indexOf("090-1234");
      const span = toOriginalSpan(n, start, start + "090-1234".length);
      expect(input.slice(span.start, span.end)).toBe("ゼロキュウゼロの1234");
    });

    it("should map a char inside an expansion to the whole original char", () => {
      const n = normalizeText("㈱テスト");
      expect(toOriginalSpan(n, 1, 2)).toEqual({ start: 0, end: 1 });
    });

    it("should keep surrogate pairs whole", () => {
      const input = "𠮷田さん";
      const n = normalizeText(input);
      expect(input.slice(...Object.values(toOriginalSpan(n, 0, 3)))).toBe("𠮷田");
    });
  });

  describe("large input", () => {
    it("should normalize 100 KB of mixed text", () => {
      const input = "ゼロキュウゼロの、えーと、イチニー ー－‐ 〇一二 "
        .repeat(3000)
        .slice(0, 100_000);
      const n = normalizeText(input);
      expect(n.offsets).toHaveLength(n.text.length + 1);
    });
  });
});
