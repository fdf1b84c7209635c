/**
 * Twenty-ninth round, pii-unseen-27 read: sentences of our own for the classes of its misses and
 * masked ordinary words, and look-alikes that must stay as they are. Every name, number and place
 * is invented.
 */
import { maskPii } from "../mask-pii";
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("twenty-ninth round: whoever stands before a bracket holding their age", () => {
  expectMasked(
    [
      ["a katakana given name glued on", "7/21 名簿追加：石塚ハル（91）、ほか2名。", "石塚ハル"],
      [
        "a kin word glued before a full name",
        "7/22 連絡。父宇佐美義三（81）の見守り登録確認。",
        "宇佐美義三",
      ],
      ["a spaced full name", "7/23 来庁 今泉 迅（52）。転入手続き。", "今泉 迅"],
      ["the age with a pause after it", "7/24 訪問 水谷キク（83、独居）。異常なし。", "水谷キク"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a count of consultations", "7/21 相談件数（12）。うち訪問3件。", "相談件数"],
    ["a kin word before the age", "7/22 電話。長男（12）の件で学校へ。", "長男"],
    ["a place before a count", "7/23 避難所 網代（40）。", "網代"],
  ]);
});

describe("twenty-ninth round: a chat user signing their turn before the desk answers", () => {
  expectMasked(
    [
      [
        "a katakana surname after a question",
        "利用者：図書館の予約、延長できますか？ ツチヤ\n中央区役所 生涯学習課：はい、1回まで延長できます。",
        "ツチヤ",
      ],
      [
        "a hiragana surname after a question",
        "利用者：粗大ごみの申し込み、まだ間に合いますか？ おかだ\n環境事業センター：明日までです。",
        "おかだ",
      ],
      [
        "a Latin given name after a polite verb",
        "利用者：在留カードをなくしてしまいました Lena\n市民課：警察に届けてから来庁してください。",
        "Lena",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a reply word", "利用者：窓口は何時までですか？ はい\n市民課：17時15分までです。", "はい"],
    [
      "an English thanks",
      "利用者：住民票はコンビニで取れますか？ Thanks\n市民課：取れます。",
      "Thanks",
    ],
    ["an urgent word", "利用者：納付書が届きません。至急 税務課：確認します。", "至急"],
  ]);
});

describe("twenty-ninth round: a listed surname glued to a listed kana given name", () => {
  expectMasked(
    [
      ["a katakana given name before 宅", "7/5 連絡。須藤ハル宅は7/6午前に訪問。", "須藤ハル"],
      ["a katakana given name before a space", "7/6 見守り訪問 須藤ハル 変わりなし。", "須藤ハル"],
      [
        "a hiragana given name before a particle",
        "7/3 申込多数。大西ひよりはキャンセル待ち2番。",
        "大西ひより",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a building after a surname", "7/5 宮本ホテルは満室でした。", "宮本ホテル"],
    ["a particle pair after a surname", "7/5 結果は小林からは連絡なし。", "小林から"],
  ]);
});

describe("twenty-ninth round: an unlisted katakana surname and です as a sentence", () => {
  expectMasked(
    [
      [
        "after the errand",
        "通帳をなくしたので止めたいんです。ヒロカネです。銀行の番号を教えてください。",
        "ヒロカネ",
      ],
      ["after a town and の", "もしもし、港町のヒロカネです。", "ヒロカネ"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a vaccine", "予約の件で電話しました。ワクチンです。", "ワクチン"],
    ["a passport", "なくしたものですか。パスポートです。", "パスポート"],
    ["a phone", "落とし物の件で。スマホです。黒いケースの。", "スマホ"],
  ]);
});

describe("twenty-ninth round: a found surname said again with a given name before で and a pause", () => {
  expectMasked(
    [
      [
        "a parent's full name",
        "通知が母宛てのままで。梶間といいます。父は梶間源次で、去年亡くなってます。",
        "梶間源次",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    [
      "a shop named after the family",
      "通知の件で。桂木といいます。実家は桂木商店で、今は閉めてます。",
      "商店",
    ],
  ]);
});

describe("twenty-ninth round: a number and the next sentence's date", () => {
  it.each([
    ["a date", "被保険者番号38104472。9/1発送済み。", "［保険証番号1］。9/1発送済み。"],
    [
      "a month",
      "保険証の番号は38104472。9月1日に届きました。",
      "［保険証番号1］。9月1日に届きました。",
    ],
    ["a time", "被保険者番号38104472。9:30に電話。", "［保険証番号1］。9:30に電話。"],
  ])("should keep %s after the full stop out of the number", (_label, text, tail) => {
    expect(maskPii(text).masked.endsWith(tail)).toBe(true);
  });
});

describe("twenty-ninth round: a branch glued to its facility before さん", () => {
  expectMasked(
    [
      [
        "a person after the facility and の",
        "地域包括支援センターの高槻さんに相談しました。",
        "高槻",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    [
      "a care centre's branch",
      "母のことは地域包括支援センター若松さんに相談したらいいですか。",
      "若松",
    ],
    ["a clinic's branch", "夜間は休日診療所北浜さんが開いてます。", "北浜"],
  ]);
});

describe("twenty-ninth round: a listed surname glued before a neighbourhood post", () => {
  expectMasked(
    [
      ["an association's chair", "7/9 電話 杉本委員長：テント設営は朝8時から。", "杉本"],
      ["a welfare volunteer", "7/9 10:20 大槻民生委員から見守りの相談。", "大槻"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a town's association", "7/9 北町会長から連絡あり。", "北"],
    ["the post alone", "7/9 副会長から連絡あり。", "副会長"],
  ]);
});

describe("twenty-ninth round: a signature with the given name glued on", () => {
  expectMasked(
    [
      [
        "a kana given name with 子",
        "件名：口座の変更\n\n口座を変えたいです。よろしくお願いします。\n\n松井ふさ子",
        "松井ふさ子",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    [
      "a closing word",
      "件名：申請書の件\n\n申請書を送りました。ご確認ください。\n\n以上です",
      "以上",
    ],
    ["an office's name", "件名：ご案内\n\n説明会を開きます。\n\n中央公民館", "中央公民館"],
  ]);
});

describe("twenty-ninth round: person fields before a Latin name", () => {
  expectMasked(
    [
      [
        "a renter",
        "[Rental contract]\nRenter: Samuel Adeyemi\nPhone: 090-1234-5678",
        "Samuel Adeyemi",
      ],
      [
        "a donor in a Japanese form",
        "【寄附申込】\n寄附者：Grace Whitfield\n返礼品：米",
        "Grace Whitfield",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a rental company", "[Rental contract]\nRenter: Please bring your licence.", "Please"],
    ["a donor field about a company", "寄附者：株式会社ミナト\n金額：5万円", "株式会社"],
  ]);
});

describe("twenty-ninth round: whoever stands before a bracket holding their card's number", () => {
  expectMasked(
    [
      [
        "a dotted katakana name before the card's word",
        "7/14 来庁 アミル・シャヒ（在留カードUH47281934KE）。転居届。",
        "アミル・シャヒ",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    [
      "a dotted word of a service",
      "7/16 ワン・ストップ窓口（在留カードUH47281934KE）受付。",
      "窓口",
    ],
  ]);
});
