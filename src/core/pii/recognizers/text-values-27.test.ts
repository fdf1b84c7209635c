/**
 * Twenty-fourth round, pii-unseen-22 read: sentences of our own for the classes of its misses and
 * masked ordinary words, and look-alikes that must stay as they are. Every name, number and place
 * is invented.
 */
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("twenty-fourth round: the officer in a dated note's header and a hand-over", () => {
  expectMasked(
    [
      ["the desk's officer", "11/5 窓口（雫石）。転入届を受理。", "雫石"],
      ["the call's officer", "3/9 電話（早乙女）。児童手当の現況確認。", "早乙女"],
      ["the call's officer after 対応", "6/2 電話対応（八雲）。還付金の口座を案内。", "八雲"],
      ["the one handing over", "7/1 伊勢→雫石 引継ぎ。母子の転居予定を共有。", "伊勢"],
      ["the one taking over", "7/1 伊勢→八雲 引継ぎ。母子の転居予定を共有。", "八雲"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["an insurance in the header", "11/5 電話（国保）。加入日の確認。", "国保"],
    ["an agent in the header", "11/5 窓口（代理）。委任状あり。", "代理"],
    ["a route with an arrow", "出張は能登→金沢の順で移動。", "金沢"],
  ]);
});

describe("twenty-fourth round: a spaced full name with a kin word before it or a home after it", () => {
  expectMasked(
    [
      [
        "a daughter's name glued to 娘",
        "2/4 見守り。娘坂口 ゆかりからの依頼で訪問。",
        "坂口 ゆかり",
      ],
      ["a mother's name glued to 母", "郷里の母平野 ミヨが施設に入った。", "平野 ミヨ"],
      ["a kana given name before 宅", "2/4 見守り。坂口 ツル宅、雪かき未了。", "坂口 ツル"],
      ["a kanji given name before 宅", "2/4 見守り。坂口 勇宅、雪かき未了。", "坂口 勇"],
    ],
    "person_name",
  );
  expectLeftAlone([["a kin word on its own", "2/4 見守り。娘から依頼あり。", "娘"]]);
});

describe("twenty-fourth round: Latin names in notes, signatures and Portuguese", () => {
  expectMasked(
    [
      [
        "sou in the middle of a sentence",
        "Bom dia, sou Marcos Tanaka Lima. Preciso de ajuda.",
        "Marcos Tanaka Lima",
      ],
      [
        "a caller before より電話",
        "5/8 市民課。Laura Bennettより電話、住民票の件。",
        "Laura Bennett",
      ],
      [
        "a Vietnamese name with diacritics",
        "5/8 窓口。Trần Thị Hương、在留カードで転入。",
        "Trần Thị Hương",
      ],
      [
        "a signature over its mailbox",
        "メール：\n証明書がまだ届きません。\nOliver Grant\no.grant@example.net",
        "Oliver Grant",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    [
      "a greeting after a line break",
      "Subject: Question about my daughter\n\nHello, my daughter needs a form.",
      "Hello",
    ],
    [
      "an office over its mailbox",
      "Please write to\nTax Division\ntax@example.net",
      "Tax Division",
    ],
  ]);
});

describe("twenty-fourth round: foreign residents' names around their nationality", () => {
  expectMasked(
    [
      [
        "a katakana name before the nationality",
        "もしもし、ホウです。中国人です。保育園のこと。",
        "ホウ",
      ],
      [
        "the name in its own characters after it",
        "ホウです。中国人です。方 建国。保育園のこと。",
        "方 建国",
      ],
      [
        "a simplified Chinese name in a Chinese note",
        "来电：刘 海燕，出生日期1988年3月2日。",
        "刘 海燕",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a day count before 空く", "退職日と加入日が二日空くんですけど大丈夫ですか。", "二日空"],
  ]);
});

describe("twenty-fourth round: codes, a passport and a postal code", () => {
  expectMasked(
    [
      ["a PIN after its length in brackets", "暗証番号（4桁）7093を口頭で言ってしまった。", "7093"],
      [
        "an old password remembered",
        "パスワードを忘れました。前はsumire1122だったと思います。",
        "sumire1122",
      ],
    ],
    "secret",
  );
  expectLeftAlone([
    ["a password rule in brackets", "パスワード（8文字以上）を決めてください。", "8"],
  ]);
  expectMasked(
    [["two letters and six digits", "来庁。パスポートGK418207で確認。", "GK418207"]],
    "passport",
  );
  expectMasked(
    [
      [
        "a code after 住所 before a spaced address",
        "住所：063-0812 楓町2丁目7番1号 コーポ楓201",
        "063-0812",
      ],
    ],
    "postal_code",
  );
});
