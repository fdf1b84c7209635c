import { findTypes } from "./test-helpers";

describe("residual families (round 4)", () => {
  describe("addresses said with pauses", () => {
    it.each([
      ["の between town and numbers", "住所は、若草町の3の5の17です", "若草町の3の5の17"],
      [
        "a space and a building",
        "〒 812-0011 松風町 8-2 メゾン松風 305号室",
        "松風町 8-2 メゾン松風 305号室",
      ],
      ["Hokkaido 条", "住所は緑ケ丘2条東4丁目5-8", "緑ケ丘2条東4丁目5-8"],
      // The ward said before the street with の and a pause is part of the address (fifteenth round).
      [
        "a street name with 通り",
        "住所は港区の、えっと、海岸通り2-5-8",
        "港区の、えっと、海岸通り2-5-8",
      ],
      ["a room as a fourth group", "住所:浜風台4-2-7-605", "浜風台4-2-7-605"],
      [
        "parts split by a comma",
        "住所は、えー、松葉町の二丁目、十四番地の三です",
        "松葉町の二丁目、十四番地の三",
      ],
      [
        "a katakana building after a comma",
        "住所は、桐山3丁目の、7の2、グランコート桐山の502です",
        "桐山3丁目の、7の2、グランコート桐山の502",
      ],
    ])("should mask %s", (_label, text, value) => {
      expect(findTypes(text)).toContainEqual({ type: "address", text: value });
    });

    it.each([["中央町の2の3の会議室で"], ["バスは中央町 12-4 系統"], ["大手町の、3番窓口です"]])(
      "should not mask a venue or route: %s",
      (text) => {
        expect(findTypes(text)).toEqual([]);
      },
    );
  });

  describe("dates of birth in words", () => {
    it.each([
      [
        "hiragana",
        "生年月日は、しょうわ、ごじゅうに年の、じゅう月ふつか、です",
        "しょうわ、ごじゅうに年の、じゅう月ふつか",
      ],
      ["English", "I was born on July 9, 1975.", "July 9, 1975"],
      ["the era year in brackets", "生年月日、1971年(昭和46年)8月3日", "1971年(昭和46年)8月3日"],
      ["a date restated after one", "born on 2 May 1969, I mean 1969年5月2日", "1969年5月2日"],
    ])("should mask %s", (_label, text, value) => {
      expect(findTypes(text)).toContainEqual({ type: "birth_date", text: value });
    });

    it.each([
      ["締め切りは March 4, 2025 です"],
      ["平成、にじゅうねんの、さんがつに引っ越しました"],
    ])("should not mask other dates: %s", (text) => {
      expect(findTypes(text)).toEqual([]);
    });
  });

  describe("numbers", () => {
    it("should mask an insurance 記号 with a kanji", () => {
      expect(findTypes("国保の保険証、記号は、西7、番号は4410です")).toContainEqual({
        type: "health_insurance",
        text: "西7",
      });
    });

    it("should not take a word after 記号 as its value", () => {
      expect(findTypes("保険証の記号は「なし」です")).toEqual([]);
      expect(findTypes("保険証の記号は何ですか")).toEqual([]);
    });

    it("should mask a phone number whose groups were restarted", () => {
      const text = "ゼロキュウゼロ、ヨンヨン、ヨンヨン、あ、ヨンヨンサン、ハチの、イチニーサンヨン";
      expect(findTypes(text)).toEqual([{ type: "phone", text }]);
    });

    it("should mask the whole number after an ellipsis", () => {
      expect(findTypes("電話は、えー…080-2468-1357")).toEqual([
        { type: "phone", text: "080-2468-1357" },
      ]);
    });

    it("should read 名義 after an account number as no count", () => {
      expect(findTypes("普通 4827730 名義 ヤマネ")).toContainEqual({
        type: "bank_account",
        text: "4827730",
      });
    });
  });

  describe("names", () => {
    it("should not read the next clause as the reading of a name", () => {
      expect(findTypes("中野です。カードができたら、お電話ください")).toEqual([
        { type: "person_name", text: "中野" },
      ]);
      expect(findTypes("中野です。できたら、お電話ください")).toEqual([
        { type: "person_name", text: "中野" },
      ]);
    });

    it.each([
      ["after a verb clause", "昨日ご連絡いただいた村上ですけど", "村上"],
      ["with a plain copula", "わしは、小松だ。", "小松"],
      ["with a western copula", "うちは松岡や。", "松岡"],
      ["with じゃ", "わしは佐藤じゃ", "佐藤"],
      ["after 今は", "旧姓は谷で、今は石田です", "石田"],
      ["with a dialect self-introduction", "うちは松岡って言うてるやろ", "松岡"],
      ["a one-kanji stutter", "あの、関、関です", "関"],
      ["a kana name before a pause and です", "はい、いしだ、です", "いしだ"],
      ["the kanji of a kana name", "はい、いしだ、です。石田", "石田"],
      ["a relative in katakana", "祖母のキクが入院しまして", "キク"],
      ["children after が", "子どもが陽翔と蒼の二人です", "陽翔"],
      ["a one-kanji given name after a relation", "息子の湊の手当のことで", "湊"],
      ["a katakana label", "ナマエハ、マリア", "マリア"],
      ["a foreign full name with ・", "名前は、マリア。マリア・ロペス", "マリア・ロペス"],
      ["a kana stutter", "こちら、やまね、やまねゆうこと申します", "やまね"],
      ["kana spelled one by one", "名前は、く、ぼ、た、です", "く、ぼ、た"],
      ["numerals in a name", "二階堂と書いてにかいどうです", "二階堂"],
      ["ノ in a name", "代表者は私、一ノ宮 茂です", "一ノ宮 茂"],
      [
        "furigana with a kana given name",
        "氏名:鷹取 ひまり(たかとり ひまり)",
        "鷹取 ひまり(たかとり ひまり)",
      ],
    ])("should mask %s", (_label, text, value) => {
      expect(findTypes(text)).toContainEqual({ type: "person_name", text: value });
    });

    it.each([
      ["私、実は引っ越しまして"],
      ["先ほど届いた書類ですけど"],
      ["今は大丈夫です"],
      ["それは無理だ。"],
      ["子どもが学校で困っていて"],
      ["コンビニの件で電話しました"],
      ["はい、金曜です"],
      ["あ、い、う、え、お、の順です"],
      ["窓口 あります(まどぐち あります)"],
      ["通知書 とどいたんですけど"],
      ["えっと、に、にかい、です"],
      ["期限が3月31日って書いてあるんですけど"],
      ["氏名 住所 電話 折り返し依頼"],
      ["うちは無理や。"],
      ["俺は大丈夫だ。"],
      ["今は、市外です"],
      ["住所は、県外です"],
    ])("should leave ordinary words unmasked: %s", (text) => {
      expect(findTypes(text)).toEqual([]);
    });
  });
});
