import { findTypes } from "./test-helpers";

describe("text-shaped recognizers", () => {
  describe("recognizeEmails", () => {
    it.each([
      ["plain", "メールは taro.yamada@example.jp です", "taro.yamada@example.jp"],
      ["full width", "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐに", "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ"],
      [
        "spoken",
        "yamada アットマーク example ドット co ドット jp です",
        "yamada アットマーク example ドット co ドット jp",
      ],
    ])("should mask a %s address", (_label, text, value) => {
      expect(findTypes(text)).toContainEqual({ type: "email", text: value });
    });

    it("should not mask an address the city publishes", () => {
      expect(
        findTypes("窓口 shimin@city.example.jp", { publicNumbers: ["shimin@city.example.jp"] }),
      ).toEqual([]);
    });
  });

  describe("recognizeSecrets", () => {
    it.each([
      ["a PIN", "暗証番号は1234です", "1234"],
      ["a spoken PIN", "暗証番号は、えーと、イチニーサンヨンです", "イチニーサンヨン"],
      ["a password", "パスワードはhana2024!にしました", "hana2024!"],
      ["a PIN after its length", "暗証番号は4桁で、9876です", "9876"],
      ["a PIN before its label", "5555が暗証番号です", "5555"],
    ])("should mask %s", (_label, text, value) => {
      expect(findTypes(text)).toContainEqual({ type: "secret", text: value });
    });

    it.each([
      ["暗証番号は4桁です"],
      ["パスワードは8文字以上"],
      ["暗証番号を3回間違えた"],
      ["暗証番号を忘れました"],
    ])("should not mask the rule in %s", (text) => {
      expect(findTypes(text)).toEqual([]);
    });
  });

  describe("recognizeIdDocuments", () => {
    it.each([
      ["passport", "パスポート番号はTK1234567です", "TK1234567"],
      ["passport", "旅券番号 ＴＫ １２３４５６７", "ＴＫ １２３４５６７"],
      ["residence_card", "在留カード番号AB12345678CD", "AB12345678CD"],
    ])("should mask a %s number", (type, text, value) => {
      expect(findTypes(text)).toContainEqual({ type, text: value });
    });

    it("should not mask a product code with no passport context", () => {
      expect(findTypes("品番AB1234567を注文")).toEqual([]);
    });
  });

  describe("recognizeBirthDates", () => {
    it.each([
      ["西暦", "生年月日は1980年5月12日です", "1980年5月12日"],
      ["和暦", "誕生日は昭和55年3月2日", "昭和55年3月2日"],
      ["和暦 kanji", "生年月日は昭和五十五年三月二日です", "昭和五十五年三月二日"],
      ["元年", "平成元年1月8日生まれ", "平成元年1月8日"],
      ["slashes", "生年月日 1975/12/01", "1975/12/01"],
      ["era letter", "生年月日 S55.3.2", "S55.3.2"],
    ])("should mask a %s date of birth", (_label, text, value) => {
      expect(findTypes(text)).toContainEqual({ type: "birth_date", text: value });
    });

    it.each([
      ["a deadline", "申請期限は令和7年3月31日までです"],
      ["a closing day", "2025年12月28日から閉庁します"],
      ["a deadline after a birth cue", "生年月日と、更新期限の令和8年1月5日"],
      ["a year for a group", "2000年生まれの方は対象です"],
      ["an impossible date", "生年月日は昭和55年13月2日"],
    ])("should not mask %s", (_label, text) => {
      expect(findTypes(text).filter((e) => e.type === "birth_date")).toEqual([]);
    });
  });

  describe("recognizeAddresses", () => {
    it.each([
      ["丁目・番・号", "住所は天神3丁目4番5号です", "天神3丁目4番5号"],
      ["kanji numbers", "西新宿二丁目八番一号に住んでいます", "西新宿二丁目八番一号"],
      ["1-2-3 form", "香椎4-12-7に住んでいます", "香椎4-12-7"],
      ["full-width dashes", "大橋１－２－３です", "大橋１－２－３"],
      ["番地の", "住所は黒崎123番地の4", "黒崎123番地の4"],
      ["building and room", "大手町1-2-3サンハイツ201号室", "大手町1-2-3サンハイツ201号室"],
      ["ward and town", "小倉北区京町2丁目5-8", "小倉北区京町2丁目5-8"],
    ])("should mask a %s address", (_label, text, value) => {
      expect(findTypes(text)).toContainEqual({ type: "address", text: value });
    });

    it.each([
      ["a window number", "3番窓口へどうぞ"],
      ["the office address", "区役所は中央区大手町1-1-1にあります"],
      ["a bus stop", "1丁目のバス停で降りてください"],
      ["a toll-free number", "0120-95-0178"],
      ["a floor", "2階の保険年金課"],
    ])("should not mask %s", (_label, text) => {
      expect(findTypes(text).filter((e) => e.type === "address")).toEqual([]);
    });
  });
});
