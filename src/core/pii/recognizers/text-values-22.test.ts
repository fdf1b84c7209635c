/**
 * Twentieth round (pii-unseen-18 read): sentences of our own, in other wording than the fixture
 * lines, for each class of its misses and masked ordinary items, and look-alikes that must stay
 * unmasked. Every name, number, mailbox and place is invented.
 */
import { findTypes } from "./test-helpers";
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("twentieth round: a lot number after a town, with an insurance word nearby", () => {
  expectMasked(
    [
      [
        "a card sent to a home address",
        "保険証の再発行分は、青葉市柳町2-4-18の自宅に郵送してください。",
        "青葉市柳町2-4-18",
      ],
      [
        "a new address said after the insurance",
        "国保の保険証、住所は港北区日吉台3-15-7に変わりました。",
        "日吉台3-15-7",
      ],
      [
        "a katakana town before the lot",
        "介護保険の通知は桜ヶ丘ニュータウン5-2-9に届きます。",
        "5-2-9",
      ],
    ],
    "address",
  );
  expectMasked(
    [
      ["an insurance number in three groups", "保険証番号は12-345-678です。", "12-345-678"],
      ["a symbol after its label", "保険証の記号12-34-56です。", "12-34-56"],
    ],
    "health_insurance",
  );
});

describe("twentieth round: a passport with a letter after its digits", () => {
  expectMasked(
    [
      ["a Philippine passport in Japanese", "パスポート番号はE5521734Cです。", "E5521734C"],
      ["a passport in English", "My passport No. is R2098431K, issued in Manila.", "R2098431K"],
      ["eight digits and a letter", "旅券はS12345678Aです。", "S12345678A"],
    ],
    "passport",
  );
  expectLeftAlone([
    ["a receipt number of that shape", "整理番号A1234567Bで受け付けました。", "A1234567B"],
    [
      "a form's code far from the passport",
      "パスポートの申請には、様式第3号の写しと書類K7654321Zが必要です。",
      "K7654321Z",
    ],
  ]);
});

describe("twentieth round: Latin names in mail headers and English introductions", () => {
  expectMasked(
    [
      [
        "a sender before the subject line",
        "From: Hana Novak\nSubject: 転入届について",
        "Hana Novak",
      ],
      ["a name before the phone line", "Name: Luis Ortega\nPhone: 090-4418-2730", "Luis Ortega"],
      ["a Chinese name after I'm", "Hi, I'm 林 志明. I need a residence certificate.", "林 志明"],
      ["a Korean name after my name is", "My name is 金 美英, and I moved last week.", "金 美英"],
      ["a Japanese name after I am", "Hello, I am 青木 直人 from the third floor.", "青木 直人"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["the next header's label", "From: Hana Novak\nSubject: 転入届について", "Subject"],
    ["a phone label after a name", "Name: Luis Ortega\nPhone: 090-4418-2730", "Phone"],
    ["a status after I am", "I am 外国人 and need help with the form.", "外国人"],
    ["a residence after I'm", "I'm 区民 of this ward since May.", "区民"],
  ]);
});

describe("twentieth round: an office's mailbox of joined words", () => {
  expectLeftAlone([
    [
      "a ward and a section joined by a hyphen",
      "申請書はaozora-shimin@city.example.lg.jpまでお送りください。",
      "aozora-shimin@city.example.lg.jp",
    ],
    [
      "a section mailbox with an underscore",
      "届出の写しはhoken_nenkin@city.example.jpへ送ってください。",
      "hoken_nenkin@city.example.jp",
    ],
    [
      "a section's word read in kana next to its mailbox",
      "こども相談はaozora-kodomo@city.example.lg.jpあてにどうぞ。",
      "こども",
    ],
  ]);
  expectMasked(
    [
      [
        "a clerk's own address at the city's domain",
        "担当はyamada-hanako@city.example.lg.jpです。",
        "yamada-hanako@city.example.lg.jp",
      ],
      [
        "joined words at a private domain",
        "私のアドレスはkodomo-suki@example.comです。",
        "kodomo-suki@example.com",
      ],
    ],
    "email",
  );
});

describe("twentieth round: officers and askers signing chat turns and notes", () => {
  expectMasked(
    [
      [
        "the officer after the ward office, ending a reply",
        "チャット：証明書は何階ですか？\n回答：2階の証明書窓口で発行します。青葉区役所 杉浦",
        "杉浦",
      ],
      [
        "the officer after the town hall",
        "回答：郵送での請求もできます。みどり町役場 長谷部",
        "長谷部",
      ],
      [
        "the asker signing the question",
        "チャット：住民票は郵送で取れますか？倉田\n回答：はい、取れます。",
        "倉田",
      ],
      [
        "the asker before a reply label",
        "相談：粗大ごみの予約はどこですか。沢井\n返信：環境課で受け付けています。",
        "沢井",
      ],
      ["the officer of a visit note", "11/5 来庁。証明書交付。対応：杉浦", "杉浦"],
      ["an officer named after 対応 and a colon", "電話受付。対応:倉田、折り返し済み。", "倉田"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a building after the office", "回答：受付は平日のみです。青葉区役所 本庁舎", "本庁舎"],
    ["a branch named by a direction", "回答：土曜日も開いています。中央区役所 北", "北"],
    ["a floor after a question", "質問：窓口はどこですか？二階\n回答：1階です。", "二階"],
    ["what was done after 対応", "対応：窓口で説明済み", "窓口"],
    ["how it was answered after 対応", "対応:電話で回答", "電話"],
  ]);
});

describe("twentieth round: a katakana given name glued to the surname", () => {
  expectMasked(
    [
      ["a grandmother, then で", "祖母は三宅キヨで、施設に入っています。", "三宅キヨ"],
      ["a mother, then a pause", "母は沢井ウメ、大正生まれです。", "沢井ウメ"],
      ["a mother, then が", "うちの母、倉田ハナが入院しまして。", "倉田ハナ"],
    ],
    "person_name",
  );
  expectLeftAlone([["a building after the surname", "父は杉浦ビルの管理人です。", "ビル"]]);
  it("should not take a katakana word that is no given name", () => {
    expect(findTypes("母は杉浦カードを持っています。")).not.toContainEqual(
      expect.objectContaining({ text: "杉浦カード" }),
    );
  });
});

describe("twentieth round: everyday words that are given names, after a listed surname and a space", () => {
  expectMasked(
    [
      ["a new employee", "4月採用の村井 大河について手続きをお願いします。", "村井 大河"],
      ["a pupil", "転校する森田 未来の件でお電話しました。", "森田 未来"],
      ["a son in a form", "子の氏名は青木 大地です。", "青木 大地"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["the word in a sentence", "この大地で育った野菜を直売所で売っています。", "大地"],
    ["the future of the town", "まちの未来について話し合う会です。", "未来"],
  ]);
});

describe("twentieth round: a katakana surname introducing the caller, then its Latin spelling", () => {
  expectMasked(
    [
      [
        "a surname before its spelling",
        "はい、ガルシアです。Maria Garcia、転入の件で。",
        "ガルシア",
      ],
      [
        "the spelling after the surname",
        "はい、ガルシアです。Maria Garcia、転入の件で。",
        "Maria Garcia",
      ],
      [
        "at the message's start",
        "ホフマンです。Lena Hoffmann。Can I get a tax certificate?",
        "Lena Hoffmann",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a desk and a station", "はい、センターです。Tokyo Station の近くです。", "Tokyo Station"],
    [
      "a katakana word and another spelling",
      "はい、コピーです。Green Park の地図です。",
      "Green Park",
    ],
  ]);
});

describe("twentieth round: a compound ending in a one-kanji given name", () => {
  expectMasked(
    [
      ["an unknown surname glued to 進", "柳生谷進の件でお電話しました。", "柳生谷進"],
      ["a listed surname glued to 修", "長谷川修の代わりに来ました。", "長谷川修"],
      ["a surname with ノ, spaced", "父は 井ノ瀬 修 です。", "井ノ瀬 修"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a bathroom repair", "青木様の浴室改修の件でお電話しました。", "浴室改修"],
    ["staff training", "来月の社員研修の件で確認です。", "社員研修"],
    ["studying abroad", "娘の海外留学の件でご相談です。", "海外留学"],
  ]);
});
