/**
 * Eighteenth round (pii-unseen-16 read): sentences of our own, in other wording than the fixture
 * lines, for each general signal, and look-alikes that must stay unmasked. Every name, number and
 * place is invented.
 */
import { maskPii } from "../mask-pii";
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("eighteenth round: officers in desk replies and staff memos", () => {
  expectMasked(
    [
      [
        "a chat reply's header, desk and officer",
        "(保険年金課・杉本)お待たせしました。保険証の再発行は窓口で受け付けます。",
        "杉本",
      ],
      ["a header with a colon", "(チャット担当:杉本)ご連絡ありがとうございます。", "杉本"],
      ["a header in lenticular brackets", "【市民課窓口・小松】本日の受付は終了しました。", "小松"],
      [
        "an office glued before a surname at the end",
        "来週の当番表を回します。子育て支援課岡本",
        "岡本",
      ],
      ["an office, a surname, then から", "収納課森田から明日お電話します。", "森田"],
      ["a section, a space, the surname on its own line", "課税係 松井\nkazei@example.com", "松井"],
      ["a colleague by surname and post", "石原課長へ。来庁者の件、ご確認ください。", "石原"],
      ["a chief, then から", "内田主任から連絡あり。", "内田"],
      ["the officer who closed an item", "12/5 電話受付。書類送付済(平野)。", "平野"],
      ["an item answered, officer in brackets", "メールで照会あり、回答(大西)。", "大西"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["an office and its window", "国保の手続きは保険年金課窓口へどうぞ。", "窓口"],
    ["a section's chief alone", "市民課長から説明があります。", "課長"],
    ["an office in a header with no officer", "(保険年金課・窓口)受付時間のご案内です。", "窓口"],
    ["a bracket after a done item that holds no name", "書類送付済(郵送)。", "郵送"],
  ]);
});

describe("eighteenth round: signatures and full names before a bracket", () => {
  expectMasked(
    [
      [
        "a full name alone on a mail's last line",
        "件名:児童手当について\n\n振込日を教えてください。\n岩田 薫",
        "岩田 薫",
      ],
      [
        "a surname above a closing e-mail line",
        "ご確認ください。\n高岡\ntakaoka@example.com",
        "高岡",
      ],
      [
        "a surname after a form's last full stop",
        "ご意見\nベンチを増やしてほしいです。大塚",
        "大塚",
      ],
      [
        "a full name before a bracketed date of birth",
        "介護 堀内 ツル(昭和10年3月3日生)",
        "堀内 ツル",
      ],
      ["a one-kanji given name before an age", "訪問 荒木 勉(81)独居。", "荒木 勉"],
      ["a kin word glued before the name", "届出 母柴田 きよ(大正14年1月8日生)", "柴田 きよ"],
    ],
    "person_name",
  );
  expectMasked(
    [["a foreign passport of one letter", "パスポートはK3920417です。", "K3920417"]],
    "passport",
  );
  expectLeftAlone([
    ["a closing word", "よろしくお願いします。\n以上", "以上"],
    ["a town after a full stop", "実家は遠いです。明石", "明石"],
    ["a line of paperwork", "必要書類\n住民票 写し", "住民票"],
    ["an order number", "注文番号はK3920417です。", "K3920417"],
  ]);
});

describe("eighteenth round: surnames confirmed by a reading, a door plate or a country", () => {
  expectMasked(
    [
      ["a one-kanji surname read back", "はい、南です、みなみと読みます。", "南"],
      ["a surname on the door plate", "一軒家で、表札は小池です。", "小池"],
      ["a caller's country, then the surname", "台湾の林です。転入の手続きです。", "林"],
      ["a name in Hangul after the katakana", "パク・ミンジです。박민지。留学生です。", "박민지"],
      ["a Latin name after the visit", "12/3 来庁 Maria Santos 在留期間の更新。", "Maria Santos"],
      [
        "a dotted name after the ward",
        "楓谷区のアンドレイ・ソコロフです。転居の件です。",
        "アンドレイ・ソコロフ",
      ],
      [
        "a dotted name after a chat tag",
        "チャット)ヤン・ミンジュです。国保の加入について。",
        "ヤン・ミンジュ",
      ],
      ["a surname that is also a town", "亀岡です、保険料の件でお電話しました。", "亀岡"],
      ["given names the lists lacked", "世帯 岩田 肇 と 岩田 梓", "岩田 肇"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a word in Hangul as a word", "韓国語で안녕하세요と書いてあります。", "안녕하세요"],
    ["a Latin phrase after a visit", "来庁 New Year 休みの案内。", "New Year"],
    ["a place a mother lives in", "母は桜台で一人暮らしです。", "桜台"],
    ["a town name alone", "明石に住んでいます。", "明石"],
    ["a dotted loanword after the city", "市のマイナ・ポイントです。", "マイナ・ポイント"],
  ]);
  it("should keep the town a relative lives in while masking the relative", () => {
    const { masked } = maskPii("母の節子は桜台に住んでいます。");
    expect(masked).toContain("桜台");
    expect(masked).not.toContain("節子");
  });
});

describe("eighteenth round: children named in birth order", () => {
  expectMasked(
    [
      ["the elder of two", "子どもが二人いて、上が美咲、下が大翔です。", "美咲"],
      ["a list from the eldest", "児童手当の件で、子どもは上から 颯太、結衣、湊です", "結衣"],
      ["the middle child", "三人きょうだいで、真ん中が 陽菜 です", "陽菜"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["documents in order", "子どもの書類は上から順に住民票、戸籍です。", "住民票"],
    ["rooms above and below", "息子の部屋は上が物置で下が寝室です", "物置"],
  ]);
});
