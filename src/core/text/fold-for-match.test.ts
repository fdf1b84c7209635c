import { foldForMatch } from "./fold-for-match";
import { parseJapaneseNumber } from "./japanese-number";

describe("foldForMatch", () => {
  describe("kana and width variants", () => {
    it.each([
      ["マイナンバーカード", "まいなんばかど"],
      ["ﾏｲﾅﾝﾊﾞｰｶｰﾄﾞ", "まいなんばかど"],
      ["まいなんばーかーど", "まいなんばかど"],
      ["ＰＩＮ", "pin"],
      ["キャッシュ", "きやつしゆ"],
      ["ゼロキュウゼロのイチニーサンヨン", "090-1234"],
    ])("should fold %s to %s", (input, expected) => {
      expect(foldForMatch(input)).toBe(expected);
    });
  });
});

describe("parseJapaneseNumber", () => {
  describe("digits and positional kanji", () => {
    it.each([
      ["23", 23],
      ["二十三", 23],
      ["百五", 105],
      ["千九百八十", 1980],
      ["二〇二四", 2024],
      ["元", 1],
      ["十", 10],
    ])("should read %s as %d", (input, expected) => {
      expect(parseJapaneseNumber(input)).toBe(expected);
    });

    it.each([["abc"], [""], ["山"]])("should return null for %j", (input) => {
      expect(parseJapaneseNumber(input)).toBeNull();
    });
  });
});
