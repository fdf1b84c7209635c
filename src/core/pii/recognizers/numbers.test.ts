import { findTypes } from "./test-helpers";

describe("recognizeNumbers", () => {
  describe("phone numbers", () => {
    it.each([
      ["mobile with hyphens", "携帯は090-1234-5678です", "090-1234-5678"],
      ["mobile, full width", "０８０－９８７６－５４３２に", "０８０－９８７６－５４３２"],
      ["mobile, no separators", "07012345678です", "07012345678"],
      ["IP phone", "050-3123-4567にお願いします", "050-3123-4567"],
      ["fixed line", "自宅は092-711-4111です", "092-711-4111"],
      ["fixed line with parentheses", "06(6123)4567まで", "06(6123)4567"],
      ["four-digit area code", "0940-12-3456です", "0940-12-3456"],
      [
        "spoken digits",
        "ゼロキュウゼロのイチニーサンヨンのゴーロクナナハチです",
        "ゼロキュウゼロのイチニーサンヨンのゴーロクナナハチ",
      ],
      ["kanji digits", "〇八〇の五五五五の一二三四", "〇八〇の五五五五の一二三四"],
      ["international form", "+81-90-1234-5678", "+81-90-1234-5678"],
      ["ー as the dash", "090ー1234ー5678", "090ー1234ー5678"],
    ])("should mask a %s", (_label, text, value) => {
      expect(findTypes(text)).toContainEqual({ type: "phone", text: value });
    });

    it.each([
      ["toll-free", "マイナンバー総合フリーダイヤル0120-95-0178"],
      ["toll-free, full width", "０１２０－９５－０１７８におかけください"],
      ["0800 toll-free", "0800-123-4567は無料です"],
      ["navi-dial", "ナビダイヤル0570-012-345"],
      ["emergency numbers", "119番、110番、#7119、189"],
      ["a fee", "手数料は1,000円です"],
      ["a count", "1日に1700件"],
    ])("should not mask a %s", (_label, text) => {
      expect(findTypes(text)).toEqual([]);
    });

    it("should not mask numbers the city publishes", () => {
      expect(findTypes("市民課は093-582-2102です", { publicNumbers: ["093-582-2102"] })).toEqual(
        [],
      );
    });
  });

  describe("My Number", () => {
    it.each([
      ["valid, 4-4-4", "マイナンバーは1234 5678 9018です", "1234 5678 9018"],
      ["valid, plain", "個人番号123456789018", "123456789018"],
      ["check digit wrong but labelled", "マイナンバーは123456789012です", "123456789012"],
      [
        "spoken",
        "マイナンバーはイチニーサンヨンゴーロクナナハチキュウゼロイチハチ",
        "イチニーサンヨンゴーロクナナハチキュウゼロイチハチ",
      ],
      ["valid without a label", "番号は1234-5678-9018です", "1234-5678-9018"],
    ])("should mask a %s number", (_label, text, value) => {
      expect(findTypes(text)).toContainEqual({ type: "my_number", text: value });
    });

    it.each([
      ["invalid without a label", "受付は123456789012"],
      ["corporate number", "法人番号は8700110005901です"],
    ])("should not mask an %s", (_label, text) => {
      expect(findTypes(text).filter((e) => e.type === "my_number")).toEqual([]);
    });
  });

  describe("cards, accounts and ID numbers", () => {
    it.each([
      ["credit_card", "カード番号は4111 1111 1111 1111です", "4111 1111 1111 1111"],
      ["credit_card", "支払いは3530111333300000で", "3530111333300000"],
      ["bank_account", "口座番号は普通の1234567です", "1234567"],
      ["postal_account", "ゆうちょの記号12340、番号12345671", "12340"],
      ["postal_account", "ゆうちょの記号12340、番号12345671", "12345671"],
      ["postal_account", "12340-12345671に振り込み", "12340-12345671"],
      // The 〒 mark is masked with the code (eleventh round).
      ["postal_code", "〒812-0011", "〒812-0011"],
      ["postal_code", "郵便番号はハチイチニのゼロゼロイチイチ", "ハチイチニのゼロゼロイチイチ"],
      ["pension_number", "基礎年金番号は1234-567890です", "1234-567890"],
      ["drivers_license", "免許証番号は301234567890です", "301234567890"],
      [
        "drivers_license",
        "窓口には運転免許証を持っていきますので、先に番号をお伝えしておきます。301234567890です",
        "301234567890",
      ],
      ["health_insurance", "被保険者番号は12345678です", "12345678"],
      ["resident_code", "住民票コードは12345678901", "12345678901"],
    ])("should mask a %s", (type, text, value) => {
      expect(findTypes(text)).toContainEqual({ type, text: value });
    });

    it.each([
      ["a date", "口座振替は2024-03-15から"],
      ["a branch count", "支店は3か所"],
      ["an order number", "注文番号1234567"],
    ])("should not mask %s", (_label, text) => {
      expect(findTypes(text)).toEqual([]);
    });
  });
});
