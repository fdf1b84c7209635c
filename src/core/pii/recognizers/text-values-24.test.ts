/**
 * Twenty-second round (pii-unseen-20 read): sentences of our own, in other wording than the fixture
 * lines, for each class of its misses and masked ordinary items, and look-alikes that must stay
 * unmasked. Every name, number, mailbox and place is invented.
 */
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("twenty-second round: 名義 after a kin or role word is no name", () => {
  expectLeftAlone([
    ["the deceased, spaced", "亡くなった父の件です。故人 名義の預金はどうなりますか。", "名義"],
    ["a wife's, spaced before the account", "夫名義 口座のままで大丈夫ですか。", "口座"],
    ["a husband's, glued", "妻名義 口座に変えたいです。", "妻名義"],
    ["the person's own", "本人 名義の通帳をお持ちください。", "名義"],
  ]);
  expectMasked(
    [
      [
        "a katakana holder after 名義 in a spaced note",
        "12/2 高額療養費 岸舘 康代 振込口座 普通5512043 名義キシダテ ヤスヨ",
        "キシダテ ヤスヨ",
      ],
    ],
    "person_name",
  );
});

describe("twenty-second round: a listed surname ending like a place before an honorific", () => {
  expectMasked(
    [
      ["口 before 様 and 分", "照会あり、谷口 まりな様分の書類を郵送。", "谷口 まりな"],
      ["内 before 様", "担当から、堀内 さより様へ折り返し。", "堀内 さより"],
    ],
    "person_name",
  );
  expectLeftAlone([["a counter and a name", "窓口 さくら様", "窓口"]]);
});

describe("twenty-second round: a relative's spaced name, then で and a pause", () => {
  expectMasked(
    [["a grandmother", "祖母は畔柳 トメで、今は施設に入っています。", "畔柳 トメ"]],
    "person_name",
  );
  expectLeftAlone([["a status", "母は白鷺町 在住で、一人暮らしです。", "在住"]]);
});

describe("twenty-second round: a caller signing off with the surname after the errand", () => {
  expectMasked(
    [
      [
        "after a question",
        "納付書が二枚届いたんですけど、どっちを払えばいいんですか？四ツ谷です。",
        "四ツ谷",
      ],
      [
        "a surname that is also a place, after a statement",
        "転出届はもう郵送で出したはずなんですけど。若松です。",
        "若松",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["an answer", "受付は何時までですか？大丈夫です。", "大丈夫"],
    [
      "a place asked for",
      "粗大ごみの申込みをしたいです。どちらにお住まいですか？本町です。",
      "本町",
    ],
  ]);
});

describe("twenty-second round: a party to a lease or a form glued before a spaced name", () => {
  expectMasked(
    [
      ["the landlord", "家賃補助の件、家主細田 光夫、月額55,000円", "細田 光夫"],
      ["the lessor", "更新手続き、貸主大森 いさお", "大森 いさお"],
    ],
    "person_name",
  );
  expectLeftAlone([["a field not filled", "申請者欄 未記入のまま", "未記入"]]);
});

describe("twenty-second round: the kana of a name said around its kanji spelled out", () => {
  expectMasked(
    [
      ["before 漢字は", "はい、ヒイラギです。あ、漢字は柊です。柊 直人の母です。", "ヒイラギ"],
      [
        "before kanji spelled by words",
        "はい、えーとあまぎりです、天気の天に霧で天霧です。",
        "あまぎり",
      ],
      [
        "after kanji spelled by words",
        "はい、森野 聡です、森林の森に野原の野でもりのです。",
        "もりの",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([["an answer, then a word spelled", "そうです、漢字は住所の住です。", "そう"]]);
});

describe("twenty-second round: foreign residents introducing themselves in their own script", () => {
  expectMasked(
    [
      [
        "a Korean greeting, the name glued",
        "안녕하세요, 정하윤입니다. 주민등록 문의예요.",
        "정하윤",
      ],
      ["a Chinese 我是 and a spaced name", "你好，我是陈 小梅。我想问一下。", "陈 小梅"],
      [
        "a dotted katakana name, its Hangul in brackets",
        "12/3 来所 ユン・ソア（윤소아）転入届",
        "ユン・ソア",
      ],
      ["and the Hangul itself", "12/3 来所 ユン・ソア（윤소아）転入届", "윤소아"],
      [
        "a katakana name, then its characters as a sentence",
        "ワン・リンです。王 琳。北京から来ました。",
        "王 琳",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a Korean status", "안녕하세요, 유학생입니다.", "유학생"],
    ["a Chinese status", "我是学生。", "学生"],
    ["a dotted word and a note in brackets", "ケア・プラン（案）を送ります", "ケア・プラン"],
    ["a dotted name, then words spaced", "グエン・ヴァン・ミン、在留 期限。", "在留 期限"],
  ]);
});

describe("twenty-second round: an English letter signed after its closing words", () => {
  expectMasked(
    [
      [
        "Best wishes",
        "Could you send the form by post?\nBest wishes,\nIngrid Larsen",
        "Ingrid Larsen",
      ],
      [
        "Sincerely, in capitals",
        "Thank you for your help.\nSincerely,\nPAOLO FERRI",
        "PAOLO FERRI",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([["an office", "Thanks,\nAoba Ward", "Aoba Ward"]]);
});

describe("twenty-second round: officers named in a staff note", () => {
  expectMasked(
    [
      ["a hand-over with an arrow", "12/4 申し送り：杉浦→北条。明日の来庁対応。", "杉浦"],
      ["the one taking over", "12/4 申し送り：杉浦→北条。明日の来庁対応。", "北条"],
      [
        "a spaced name before the visit",
        "12/1 就学援助 高畑 みのり 来所予約12/8 10時",
        "高畑 みのり",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["insurance switched", "国保→社保へ切替済み", "社保"],
    ["sections", "市民課→税務課へ回付", "税務課"],
  ]);
});

describe("twenty-second round: a surname as the item right before a phone number", () => {
  expectMasked(
    [["in a list of contacts", "折り返し先ですが、北条、090-3318-2207でお願いします。", "北条"]],
    "person_name",
  );
  expectLeftAlone([
    ["an office", "連絡先：市役所、03-3333-4444", "市役所"],
    ["urgency", "至急、090-1234-5678まで", "至急"],
  ]);
});

describe("twenty-second round: a mail's lines are not speech recognition's spaces", () => {
  expectMasked(
    [
      [
        "a signature after a subject and a body",
        "件名：保育園の退園\n本文：保育課 ご担当者様\n退園の手続きを教えてください。\n桐生 麗\n080-2214-6630",
        "桐生 麗",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    [
      "a subject, then a line with an honorific",
      "件名：健診の予約\nお子さまの氏名：浅井 陽太",
      "予約",
    ],
  ]);
});

describe("twenty-second round: a postal code said before the address", () => {
  expectMasked(
    [
      ["after 住所は", "新しい住所は214-0033 青葉台2丁目8番1号です。", "214-0033"],
      ["joined by の", "実家の住所は920-0865の桜貝市浜木綿町3丁目4番です。", "920-0865"],
    ],
    "postal_code",
  );
  expectLeftAlone([["a receipt number", "受付番号は123-4567の件です。", "123-4567"]]);
});

describe("twenty-second round: a floor before the room number", () => {
  expectMasked(
    [["階 then the room", "住所は青葉町2丁目3番4号 メゾン楓5階502です。", "メゾン楓5階502"]],
    "address",
  );
});

describe("twenty-second round: an insurance card's 記号 in kana or glued, and a quoted 枝番", () => {
  expectMasked(
    [
      ["a kana 記号 before its 番号", "国保の保険証で、記号はあお、番号は41207です。", "あお"],
      ["a kanji 記号 glued to the label", "保険証の記号青葉三、番号30911です。", "青葉三"],
      ["枝番 quoted before its value", "国保の確認書の枝番っていうのが03なんですけど。", "03"],
    ],
    "health_insurance",
  );
  expectLeftAlone([
    ["no 記号", "国保の保険証、記号はなし、番号は後で言います。", "なし"],
    ["a question", "保険証の記号と番号はどこに書いてありますか？", "どこ"],
  ]);
});

describe("twenty-second round: a passport of nine letters and digits mixed", () => {
  expectMasked(
    [["after the passport is named", "パスポートの番号はF7K2M93L5です。", "F7K2M93L5"]],
    "passport",
  );
  expectLeftAlone([
    ["an application number", "パスポートの申請番号はAB1234567です。", "AB1234567"],
    ["letters only", "パスポート ABCDEFGHI", "ABCDEFGHI"],
  ]);
});

describe("twenty-second round: an office's mailbox at a ward's or city's domain", () => {
  expectLeftAlone([
    [
      "a ward's",
      "宛先：kumin@aoba-ku.example.jp\n差出人：a.mori@example.com",
      "kumin@aoba-ku.example.jp",
    ],
    ["a city's", "To: shimin@kaede-shi.example.jp", "shimin@kaede-shi.example.jp"],
  ]);
  expectMasked(
    [
      [
        "the sender's own",
        "宛先：kumin@aoba-ku.example.jp\n差出人：a.mori@example.com",
        "a.mori@example.com",
      ],
    ],
    "email",
  );
});
