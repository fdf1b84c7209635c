/**
 * Twenty-fifth round, pii-unseen-23 read: sentences of our own for the classes of its misses and
 * masked ordinary words, and look-alikes that must stay as they are. Every name, number and place
 * is invented.
 */
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("twenty-fifth round: a chat's speaker tag before the message", () => {
  expectLeftAlone([
    [
      "a word and で after the tag",
      "【チャット】\n利用者：停電で家の電話が使えません。\n回答（防災課）：復旧までお待ちください。",
      "停電",
    ],
    ["a word and の after the tag", "相談者：台風の後、屋根の修理に補助はありますか", "台風"],
    [
      "a katakana word and に after the tag",
      "利用者：インフルエンザにかかった子は何日休めばいいですか",
      "インフルエンザ",
    ],
    ["a time word before a date", "利用者：先月の15日に転入しました", "先月"],
    ["a weather word and で", "利用者：吹雪で電車が止まっていて、予約に遅れます", "吹雪"],
  ]);
  expectMasked(
    [
      ["a name after the tag", "利用者：坂井です。転入の手続きを教えてください", "坂井"],
      ["a listed name before の", "利用者：坂井の妻です。", "坂井"],
      ["a form's role field", "申請者：坂井 真一\n住所：北区青葉2丁目5番7号", "坂井 真一"],
    ],
    "person_name",
  );
});

describe("twenty-fifth round: titles and kin words before an honorific", () => {
  expectLeftAlone([
    ["a shrine's priest", "どんど焼きのことは神社の宮司さんに聞いてください", "宮司"],
    ["a temple's priest", "お寺の住職さんがお見えになります", "住職"],
    ["the local police officer", "財布は駐在さんに届けました", "駐在"],
    ["my grandfather", "うちのじいさんが先月亡くなりまして", "うちのじいさん"],
    ["my grandmother with ちゃん", "うちのばあちゃんが入院しとるんです", "うちのばあちゃん"],
    ["my father", "うちのおやじさんが雪かきで倒れた", "うちのおやじさん"],
  ]);
});

describe("twenty-fifth round: what a caller says around the name", () => {
  expectLeftAlone([
    ["the caller of a while ago", "はい、沢村 圭です、さっきの。書類の件で", "さっきの"],
    ["the caller of earlier", "もしもし、沢村です、さきほどの。書類の件で", "さきほどの"],
    ["an application verb after って", "罹災証明書って申し込めますか", "罹災証明書"],
    ["a filler broken off", "もしもし、あのね… あ、森下 美佐子です。", "あのね"],
    ["a booklet after の", "これは入園のしおりです。", "しおり"],
    ["a booklet opening the message", "入園のしおりです。", "しおり"],
  ]);
  expectMasked(
    [
      ["a kana surname before って申します", "もしもし、つじって申します。罹災証明の件で", "つじ"],
      ["a given name broken off", "もしもし、みさこ… あ、森下 美佐子です。", "みさこ"],
      [
        "a given name broken off with an apology",
        "はい、ひろし、すみません、森下 博です。",
        "ひろし",
      ],
      ["a kana surname after the caller's town", "えっと、霜月町のやまもとです。", "やまもと"],
      [
        "a role glued before a spaced full name",
        "派遣の作業員真柴 康介ほか2名の住民票を取りたい",
        "真柴 康介",
      ],
      ["a given name with 歩", "メール\n\n書類はいつ届きますか。\n真田 歩美", "真田 歩美"],
      [
        "a dotted name after a role in brackets",
        "【窓口メモ】口座変更（臨時職員）エレナ・ロッシ 北銀行 普通 1234567。",
        "エレナ・ロッシ",
      ],
    ],
    "person_name",
  );
});

describe("twenty-fifth round: Chinese names glued in a Japanese note", () => {
  expectMasked(
    [
      ["a glued simplified name", "2/3 窓口 刘建华 転入。在留カードあり。", "刘建华"],
      ["a wife's glued simplified name", "2/3 窓口で転入。妻 杨敏 も同時転入。", "杨敏"],
    ],
    "person_name",
  );
  expectLeftAlone([["thanks said twice", "中国語で 谢谢 と言われた", "谢谢"]]);
});

describe("twenty-fifth round: Latin names in notes and signatures", () => {
  expectMasked(
    [
      [
        "a note's subject before its verb",
        "Call log 3/2: Olivia Grant asked about the pension form.",
        "Olivia Grant",
      ],
      [
        "a Portuguese note's subject",
        "Nota 3/2: Renata Alves Costa veio pedir o atestado.",
        "Renata Alves Costa",
      ],
      ["a Vietnamese note's subject", "Ghi chú 3/2: Phạm Thị Lan đến nộp hồ sơ.", "Phạm Thị Lan"],
      [
        "the katakana reading in brackets",
        "Staff note 3/2: Lucas Moreno (ルーカス・モレノ) came to the counter.",
        "ルーカス・モレノ",
      ],
      [
        "a caller named without a colon",
        "Call log 3/2 9:10. Caller Henry Walsh, a teacher, asked about tax.",
        "Henry Walsh",
      ],
      ["a Vietnamese name after 届出", "3/2 住居地 届出 Đỗ Minh Khoa。住所変更。", "Đỗ Minh Khoa"],
      [
        "a full name on a mail's last line",
        "Dear ward office,\nCan my son apply?\nPeter Lang",
        "Peter Lang",
      ],
      [
        "a given name after a dash",
        "Chat:\nUser: Is the office open today? — Nina\nReply (Tax Section): Yes.",
        "Nina",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    [
      "a section on a mail's last line",
      "Dear resident,\nPlease call us.\nResidents Affairs Section",
      "Affairs Section",
    ],
    ["a list's dash", "Please bring:\n- Passport\n- Photo Card", "Photo Card"],
  ]);
});

describe("twenty-fifth round: a late-stage number said short and a Chinese address", () => {
  expectMasked(
    [
      [
        "後期の番号 after a ゆうちょ account",
        "ゆうちょの記号は12340です。母の後期の番号は31415926です。",
        "31415926",
      ],
    ],
    "health_insurance",
  );
  expectMasked(
    [
      [
        "住在 after the office is named",
        "区役所您好，我住在北区青葉2丁目5番7号。",
        "北区青葉2丁目5番7号",
      ],
    ],
    "address",
  );
});
