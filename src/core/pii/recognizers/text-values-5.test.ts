import { readKanaNumber } from "./address-readback";
import { findTypes } from "./test-helpers";

/** 2026-12-03: the families of the third blind set's misses, each with values of our own. */
describe("residual families (third blind set, 2026-12-03)", () => {
  describe("names", () => {
    it.each([
      ["a kana given name after a space", "はい、石井 ゆかりです", "石井 ゆかり"],
      ["a katakana given name after a space", "佐々木 ハナと申します", "佐々木 ハナ"],
      ["a one-kanji surname, a space, a given name", "かんじは 金 美英 です", "金 美英"],
      ["a dialect copula before けど", "木村やけど、住所変わってん", "木村"],
      ["a long unlisted surname ending in a listed one", "勘解由小路と申します", "勘解由小路"],
      [
        "a full name after a room number",
        "〒812-0011 博多駅前2丁目 105号室 森田 健一",
        "森田 健一",
      ],
      [
        "a reading given after a name topic",
        "長谷川と申します。名字が長くて、はせがわです",
        "はせがわ",
      ],
      [
        "a reading explained kanji by kanji",
        "中村 翔太です。しょうたは飛翔の翔に太いです",
        "しょうた",
      ],
      [
        "a kana name said as written in hiragana",
        "五十嵐 さとみです。さとみはひらがなです",
        "さとみ",
      ],
      ["a romaji spelling of a found kana name", "かとうです、ローマ字だとK-A-T-Oです", "K-A-T-O"],
      ["a romaji spelling of a kanji surname's reading", "大野です。ローマ字でO-N-Oです", "O-N-O"],
      ["a whole kana reading after a label", "名前はおのでらです", "おのでら"],
    ])("should mask %s", (_label, text, value) => {
      expect(findTypes(text)).toContainEqual({ type: "person_name", text: value });
    });

    it.each([
      ["a katakana compound after a label", "名前はローマ字で書いてください", "ローマ"],
      ["script words after a name", "田中です。カナは全角カタカナでお願いします", "カナ"],
      ["a size word after a label", "田中です。カナは全角カタカナでお願いします", "全角"],
      ["one kanji's reading of the surname", "宮崎と申します。さきは山へんの崎です", "さき"],
      ["a word before a listed surname", "本日山田と申します", "本日山田"],
    ])("should not mask %s", (_label, text, value) => {
      expect(findTypes(text).map((found) => found.text)).not.toContain(value);
    });

    it("should keep a spelling explanation from reaching past the name", () => {
      const found = findTypes("主人の大野 修の年金の件で、年金番号が4121 556070");
      expect(found).toContainEqual({ type: "person_name", text: "大野 修" });
      expect(found).toContainEqual({ type: "pension_number", text: "4121 556070" });
    });
  });

  describe("numbers and values", () => {
    it.each([
      ["a PIN with a space before が", "PIN が 7391 なんです", "secret", "7391"],
      [
        "a PIN said after a forgotten label",
        "暗証番号忘れて、確か9876やったと思う",
        "secret",
        "9876",
      ],
      ["a PIN said before its label", "6543です、暗証番号は", "secret", "6543"],
      ["the signing password by its certificate", "署名用はKumo2031です", "secret", "Kumo2031"],
      ["the user-certificate PIN by its certificate", "利用者証明用は2468で", "secret", "2468"],
      ["an at-mark written as a star", "メールはtanaka☆example.com", "email", "tanaka☆example.com"],
      [
        "an at-mark written as (at)",
        "メールはyamada(at)example.jp",
        "email",
        "yamada(at)example.jp",
      ],
      [
        "written words around a spoken at-mark",
        "アドレスはhana.k、アット、example.co.jp",
        "email",
        "hana.k、アット、example.co.jp",
      ],
      ["passport letters read out", "旅券番号はエフエー、1234567", "passport", "エフエー、1234567"],
      // Since the eleventh round the value, the correction and the group said again are one item.
      [
        "a corrected last group",
        "電話は03-1234-5678、あ、違った、5679です",
        "phone",
        "03-1234-5678、あ、違った、5679",
      ],
      ["an insurance 記号 with a space", "保険証の記号:南 7 番号:2231", "health_insurance", "南 7"],
      [
        "an insurance 記号 with the cue after",
        "記号が南あ5で、番号が1234、保険証の",
        "health_insurance",
        "南あ5",
      ],
      [
        "a ゆうちょ 記号 with the cue after",
        "記号は10260、番号は12345671、ゆうちょの",
        "postal_account",
        "10260",
      ],
      [
        "an address read back in kana",
        "住所は東町4の12です。よんのじゅうに",
        "address",
        "よんのじゅうに",
      ],
      [
        "a place after a postal code, with a wing and a room",
        "〒812-0011 博多駅前2丁目 サンハイツ3号棟105号室",
        "address",
        "博多駅前2丁目 サンハイツ3号棟105号室",
      ],
    ])("should mask %s", (_label, text, type, value) => {
      expect(findTypes(text)).toContainEqual({ type, text: value });
    });

    it.each([
      ["a queue number near a PIN", "暗証番号ロック解除、受付番号1234です"],
      ["a ticket number before the label", "番号札は1234です、暗証番号の手続きはこちら"],
      ["a rule about the signing password", "署名用は英数字6文字以上16文字以下で設定してください"],
      ["kana numbers that are no read-back", "住所は中央町2丁目3番4号です、さんにんで行きます"],
      ["a city office after a postal code", "〒803-8501 小倉北区城内1番1号 北九州市役所 市民課"],
    ])("should leave %s", (_label, text) => {
      expect(findTypes(text).filter((found) => found.type !== "postal_code")).toEqual(
        text.includes("住所は") ? [{ type: "address", text: "中央町2丁目3番4号" }] : [],
      );
    });

    it.each([
      ["さん", 3],
      ["にじゅういち", 21],
      ["ひゃくさん", 103],
      ["にーまるよん", 204],
    ])("should read %s as %d", (word, value) => {
      expect(readKanaNumber(word)).toBe(value);
    });
  });
});
