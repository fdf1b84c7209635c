import {
  DEFAULT_CIRCUMSTANCE_TERMS,
  DEFAULT_DESK_TOPIC_TERMS,
  blankCircumstances,
  findDeskTerms,
  findMoveNotificationErrand,
} from "./desk-topic";

describe("desk topic", () => {
  describe("findDeskTerms", () => {
    it.each([
      ["マイナンバーカードの暗証番号", ["まいな", "かど", "暗証番号"]],
      ["公金受取口座を変えたい", ["公金受取口座"]],
      ["コンビニで住民票を取りたい", ["こんびに"]],
      ["Where can I renew my My Number card?", ["my number", "card"]],
      // Collecting for someone, said plainly (the card is the only thing the desk hands over).
      ["身重なので、夫に取りに行ってもらうのはいいですか", ["取りに行つてもら"]],
      ["足の悪い母の代わりに受け取るには", ["代わりに受け取"]],
      ["受け取りのはがきの期限が過ぎてしまいました", ["受け取りのはがき"]],
    ])("should find the desk's words in %j", (text, terms) => {
      expect(findDeskTerms(text, DEFAULT_DESK_TOPIC_TERMS)).toEqual(expect.arrayContaining(terms));
    });

    it.each([
      ["固定資産税ってコンビニで払えますか"],
      ["住民税をコンビニで支払いたい"],
      ["介護保険証をなくした"],
      ["クレジットカードで税金を払える?"],
      ["国保に入れるかどうか知りたい"],
      ["I paid by credit card"],
    ])("should not take the look-alike %j for the desk's topic", (text) => {
      expect(findDeskTerms(text, DEFAULT_DESK_TOPIC_TERMS)).toEqual([]);
    });
  });

  describe("blankCircumstances", () => {
    it.each([
      ["認知症の母のカード", "　の母のカード"],
      ["要介護の父の代わりに", "　の父の代わりに"],
      ["妊娠中で行けない", "　で行けない"],
      ["車いすで窓口に行けない", "　で窓口に行けない"],
      ["洗濯機で回してしまった", "　で回してしまった"],
      // Whose card, said by where the child goes, with or without の (twenty-fourth round).
      ["幼稚園の娘のカード", "　の娘のカード"],
      ["保育園に通っている息子のカード", "　に通っている息子のカード"],
      // Another desk's document keeps its word; the same word describing someone does not
      // (thirty-fourth round).
      ["障害のある弟の障害の手帳", "　のある弟の障害の手帳"],
      ["介護の認定とカード", "介護の認定とカード"],
      ["要介護の認定を受けている母", "　の認定を受けている母"],
    ])("should blank the caller's situation in %j", (text, expected) => {
      expect(blankCircumstances(text, DEFAULT_CIRCUMSTANCE_TERMS)).toBe(expected);
    });

    it.each([["介護保険の申請"], ["訪問介護を頼みたい"], ["障害者手帳"], ["ひとり親家庭の支援"]])(
      "should keep %j, where the word is part of a service's name",
      (text) => {
        expect(blankCircumstances(text, DEFAULT_CIRCUMSTANCE_TERMS)).toBe(text);
      },
    );
  });

  describe("findMoveNotificationErrand", () => {
    it.each([
      "引っ越してきたので住所の届けを出したいんですが、何が要りますか",
      "転出の手続きはどこで出来ますか",
      "Tôi cần đăng ký địa chỉ mới, tôi phải mang gì?",
      // In the residents' languages: registering an address, asked where or what to bring.
      "We just moved into the city. Where do we register our address?",
      "전입신고는 어디에서 해요?",
      "Acabamos de mudar. Onde fazemos o registro de residência?",
      "Di mana saya bisa melapor alamat baru?",
      "新来的，地址登记在哪里办？",
      "Chúng tôi mới đến, khai báo cư trú ở đâu ạ?",
      // Who may file it.
      "息子の転出届を親の私が代わりに出せますか",
      "転入届は家族全員で行かないとだめですか",
    ])("should read %s as the registry's errand", (text) => {
      expect(findMoveNotificationErrand(text)).toHaveLength(2);
    });

    it.each([
      // A card word, a deadline, a move told without the notification.
      "転入届のとき、マイナカードの住所も一緒に変えてもらえますか",
      "転居届はいつまでに出せばいいですか",
      "引っ越したばかりで、何を持っていけばいいか分かりません",
      "주소 등록할 때 카드도 가져가야 하나요?",
      "Where do I register my address on my My Number card?",
      "We registered our address last week.",
      "転出届を出すとき、夫のカードも代わりに持っていけばいいですか",
    ])("should not read %s as the registry's errand", (text) => {
      expect(findMoveNotificationErrand(text)).toEqual([]);
    });
  });
});
