import { findTypes } from "./test-helpers";

const names = (text: string, extraSurnames?: readonly string[]): string[] =>
  findTypes(text, { extraSurnames })
    .filter((e) => e.type === "person_name")
    .map((e) => e.text);

describe("recognizePersonNames", () => {
  describe("cues", () => {
    it.each([
      ["honorific さん", "市民課の田中さんに聞きました", "田中"],
      ["honorific 様", "山田花子様より電話", "山田花子"],
      ["ちゃん with a given name", "陽菜ちゃんのカード", "陽菜"],
      ["self-introduction", "佐藤一郎と申します", "佐藤一郎"],
      ["はい、〇〇です", "はい、中村です", "中村"],
      ["name label", "名前は鈴木 太郎です", "鈴木 太郎"],
      ["colon label", "氏名：高橋 恵美　電話", "高橋 恵美"],
      ["katakana name with label", "フリガナ：ヤマダ ハナコ", "ヤマダ ハナコ"],
      ["hiragana surname", "たなかさんはいますか", "たなか"],
      ["hiragana after a particle", "窓口のよしださん", "よしだ"],
      ["foreign name", "グエン・ヴァン・アンと申します", "グエン・ヴァン・アン"],
      ["relative", "妻の花子が行きます", "花子"],
      ["furigana", "山田太郎（やまだたろう）", "山田太郎（やまだたろう）"],
      ["unknown surname with honorific", "蒲池さんからの伝言", "蒲池"],
      ["full name without cue", "佐藤花子の住民票", "佐藤花子"],
      ["Latin letters", "My name is Taro Yamada.", "Taro Yamada"],
      ["spelled-out kanji", "山に田んぼの田で山田です", "山に田んぼの田で山田"],
      ["rare kanji outside the BMP", "𠮷田さんの件", "𠮷田"],
    ])("should mask a name from the %s", (_label, text, value) => {
      expect(names(text)).toContain(value);
    });

    it("should use surnames the city adds", () => {
      expect(names("はい、鳥越です")).toEqual([]);
      expect(names("はい、鳥越です", ["鳥越"])).toEqual(["鳥越"]);
    });
  });

  describe("ordinary words", () => {
    it.each([
      ["office names", "市民課さんに聞いたら区役所様へと言われた"],
      ["customers", "お客様、皆様、皆さん"],
      ["family terms", "お母さんとお子さんと奥さん"],
      ["roles", "担当者と職員とヘルパーさんとケアマネさん"],
      ["trades", "郵便屋さんと大家さんとお医者さん"],
      ["copula after words", "大丈夫です。本当です。原因です。東京です。"],
      ["labels without a name", "氏名は必須です。お名前とご住所を伺います"],
      ["place names", "はい、福岡です"],
    ])("should not mask %s", (_label, text) => {
      expect(names(text)).toEqual([]);
    });
  });
});
