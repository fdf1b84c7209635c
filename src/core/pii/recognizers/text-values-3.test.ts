import { findTypes } from "./test-helpers";

describe("values said word by word (round 3)", () => {
  describe("spoken e-mail addresses", () => {
    it.each([
      [
        "hiragana words",
        "メールは、さとう、あっとまーく、example、どっと、comです",
        "さとう、あっとまーく、example、どっと、com",
      ],
      [
        "letter names and a filler",
        "アドレスは、エム、ケー、えー、アットマーク、イグザンプル、ドット、ジェーピー",
        "エム、ケー、えー、アットマーク、イグザンプル、ドット、ジェーピー",
      ],
      [
        "letters after a written address",
        "k_m3@example.jp、ケー、アンダーバー、エム、スリーです",
        "ケー、アンダーバー、エム、スリー",
      ],
    ])("should mask %s", (_label, text, value) => {
      expect(findTypes(text)).toContainEqual({ type: "email", text: value });
    });

    it.each([
      ["アットホームな窓口です。ドットの模様"],
      ["メールはinfo@example.jp、ホームページもご覧ください"],
    ])("should not mask ordinary words: %s", (text) => {
      expect(findTypes(text).filter((e) => !e.text.includes("@"))).toEqual([]);
    });
  });

  describe("secrets in other phrasings", () => {
    it.each([
      ["quoted", "パスワードは「kaede_1999」です", "kaede_1999"],
      ["PW label", "PW: Sakura#3310", "Sakura#3310"],
      ["later in the sentence", "パスワードを忘れて、たぶんmomiji55だった", "momiji55"],
    ])("should mask a %s password", (_label, text, value) => {
      expect(findTypes(text)).toContainEqual({ type: "secret", text: value });
    });

    it("should not mask a password rule", () => {
      expect(findTypes("パスワードは8文字以上で英字と数字を混ぜてください")).toEqual([]);
    });
  });

  describe("names in kana, romaji and readings", () => {
    it.each([
      ["katakana full name", "ヤマモト ハナです", "ヤマモト ハナ"],
      ["romaji full name", "名義はKENJI WATANABEです", "KENJI WATANABE"],
      ["reading after the name", "長谷川です、はせがわです", "はせがわ"],
      ["written as", "一と書いてにのまえです", "にのまえ"],
    ])("should mask a %s", (_label, text, value) => {
      expect(findTypes(text)).toContainEqual({ type: "person_name", text: value });
    });

    it.each([
      ["申請書と書いてください。"],
      ["山田です。よろしくお願いします"],
      ["Please take the Yamanote line"],
      ["カード ケースは売店で"],
    ])("should not add names to: %s", (text) => {
      expect(findTypes(text).filter((e) => !/山田/.test(e.text))).toEqual([]);
    });
  });
});
