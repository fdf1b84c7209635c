import { findTypes } from "./test-helpers";

const names = (text: string, extraSurnames?: readonly string[]): string[] =>
  findTypes(text, { extraSurnames })
    .filter((e) => e.type === "person_name")
    .map((e) => e.text);

describe("recognizePersonNames", () => {
  it("should not read 家の中 after a surname with 中 as spelling it out", () => {
    // A crisis told after the name stays in the text (the name alone is masked).
    expect(names("田中美保です、夫に殴られて、今も家の中にいるんです")).toEqual(["田中美保"]);
    expect(names("田中です、今も部屋の中です")).toEqual(["田中"]);
  });

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
      [
        "a kanji spelled by a word that has it",
        "中島です、真ん中の中に島です",
        "中島です、真ん中の中に島",
      ],
      ["rare kanji outside the BMP", "𠮷田さんの件", "𠮷田"],
    ])("should mask a name from the %s", (_label, text, value) => {
      expect(names(text)).toContain(value);
    });

    it("should use surnames the city adds", () => {
      expect(names("鳥飼の家内です")).toEqual([]);
      expect(names("鳥飼の家内です", ["鳥飼"])).toEqual(["鳥飼"]);
    });

    it.each([
      ["a one-kanji surname opening a call", "森です。カードの件で", "森"],
      ["はい、〇〇です with a one-kanji surname", "はい、林です。先ほどの件で", "林"],
      ["an unknown surname opening a call", "はい、帆足です", "帆足"],
      ["an unknown surname before けど", "すみません、鶴見ですけど", "鶴見"],
      ["an unknown surname after a label", "名前は鳥越です", "鳥越"],
      ["a label with hesitations", "名前は、えー、ふじもと、です", "ふじもと"],
      ["an unknown full name after a label", "氏名は蒲池 真一です", "蒲池 真一"],
      ["と申しまして", "私は堤と申しまして", "堤"],
      ["a spouse's surname", "高橋の妻ですが", "高橋"],
      ["a relative's given name", "母の和子が窓口に", "和子"],
      ["an unlisted given name after a relation", "妻の由美子も行きます", "由美子"],
      ["a kana given name before a particle", "息子のはるとが来月", "はると"],
      ["a given name mixing kana and kanji", "母の名前は坂本トシ子です", "坂本トシ子"],
      ["a Latin name after a Japanese label", "氏名：Emily Brown", "Emily Brown"],
      ["a Latin name after name is", "My mother's name is Yoko Sato.", "Yoko Sato"],
      ["a one-kanji surname head with さん", "窓口の岩切さんに聞きました", "岩切"],
      ["a relative's unlisted given name", "姪の真琴と来ます", "真琴"],
      ["a second name listed with と", "孫の蒼太と芽衣の分です", "芽衣"],
      ["the caller naming themself", "私、坂井の分もお願いします", "坂井"],
      ["本人の + surname", "受け取りは本人の安田が行きます", "安田"],
      ["a label before の", "旧姓の栗田で登録しています", "栗田"],
      ["a name repeated bare", "はい、梶浦です。梶浦 陽介です。", "梶浦 陽介"],
      ["a kanji name spelled out", "森に本で森本です", "森に本で森本"],
      ["a katakana reading of a found name", "ヤマグチ、山に口で山口です", "ヤマグチ"],
      ["a reading given after a name topic", "名字は小鳥遊です。たかなし、と読みます", "たかなし"],
      [
        "an unknown hiragana name before と申します",
        "えー、わたくし、くぼぞの と申します",
        "くぼぞの",
      ],
      ["a kana given name after a surname", "上野さつきの代理です", "上野さつき"],
      ["a Latin name before と申します", "Maria Santos と申します", "Maria Santos"],
      ["letters spelling a found name", "Ms. Yuki Mori, M-O-R-I.", "M-O-R-I"],
    ])("should mask %s", (_label, text, value) => {
      expect(names(text)).toContain(value);
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
      ["a label used as a subject", "法定代理人が一緒に来てください"],
      ["a label glued to a word", "利用者証明用の暗証番号は4桁です"],
      ["a label before a verb", "代理人が手続きする場合"],
      ["a label before how to write", "お名前はフルネームでお書きください"],
      ["a label before paperwork", "代理人はその通知書をお持ちください"],
      ["ordinary answers", "はい、大丈夫です。はい、本人です。はい、一緒です。はい、中央区です"],
      ["relatives' affairs", "息子の学校と母の介護と父の年金と妻の実家の件です"],
      ["the caller's own situation", "私、今日は休みです。私、東京から来ました"],
      ["a script to write in", "漢字で書いてください。カタカナでいいですか。ひらがなで大丈夫です"],
      ["a word's reading", "マイナと読みます"],
      ["a Latin product before です", "Suica です"],
      ["a grade said in hiragana", "いちねんせい です"],
      ["set phrases with お…さま", "おかげさまで助かりました。お疲れさまです。おつかれさまでした"],
      ["more set phrases", "ごくろうさまです。おたがいさまですよ。ごちそうさまでした"],
    ])("should not mask %s", (_label, text) => {
      expect(names(text)).toEqual([]);
    });
  });
});
