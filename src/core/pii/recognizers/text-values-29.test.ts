/**
 * Twenty-sixth round, pii-unseen-24 read: sentences of our own for the classes of its misses and
 * masked ordinary words, and look-alikes that must stay as they are. Every name, number and place
 * is invented.
 */
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("twenty-sixth round: a number after another number's label", () => {
  expectMasked(
    [
      [
        "a phone after a corporate number in brackets",
        "寮の件でご相談です（当社法人番号 7700000000001）。担当：川端（092-555-0136）",
        "092-555-0136",
      ],
      [
        "a phone after a booking number's sentence",
        "予約番号は5501239です。080-5512-3390 に折り返しを",
        "080-5512-3390",
      ],
    ],
    "phone",
  );
  expectLeftAlone([
    ["the labelled number itself", "当社法人番号 7700000000001。担当：川端", "7700000000001"],
    ["a second number on the same label", "整理番号 5501、5502 の方はお入りください", "5502"],
  ]);
});

describe("twenty-sixth round: a sender's header in other languages, a third person in English", () => {
  expectMasked(
    [
      [
        "a Vietnamese From header",
        "Từ: Đặng Thu Hà <thuha@example.com>\nTiêu đề: Hỏi",
        "Đặng Thu Hà",
      ],
      ["a Portuguese From header", "De: Renata Alves\nAssunto: Ajuda\n\nOlá", "Renata Alves"],
      [
        "a husband introduced with He is",
        "My husband broke his leg last week. He is Peter Lindqvist.",
        "Peter Lindqvist",
      ],
      ["a woman introduced with She's", "She's Olivia Brandt, my neighbour.", "Olivia Brandt"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a nationality after He is", "He is Japanese, so he has no residence card.", "Japanese"],
    ["a word after De", "De acordo com o aviso, a coleta é na terça.", "De acordo"],
    ["a clinic after It is", "The clinic? It is Sakuragi Clinic.", "Sakuragi"],
  ]);
});

describe("twenty-sixth round: a passport number a few words after the passport", () => {
  expectMasked(
    [
      ["after a question and It's", "You need my passport number? It's K04471823.", "K04471823"],
      ["after a Portuguese clause", "O passaporte ficou no hotel: TR550128.", "TR550128"],
    ],
    "passport",
  );
  expectLeftAlone([
    [
      "a booking code after another number",
      "Passport renewal, fee 6000 yen, booking AB123456.",
      "AB123456",
    ],
  ]);
});

describe("twenty-sixth round: a Chinese kin word glued to a spaced name", () => {
  expectMasked(
    [
      ["a mother and next month", "我母亲赵 美玲下个月来日本探亲。", "赵 美玲"],
      ["a wife with a one-character given name", "我太太周 静去年在这里生了孩子。", "周 静"],
      ["a son and a verb", "我儿子孙 浩然在小学读书。", "孙 浩然"],
    ],
    "person_name",
  );
  expectLeftAlone([["a kin word and no name", "我母亲下个月来日本探亲。", "下个月"]]);
});

describe("twenty-sixth round: an English address with the town first and a room number", () => {
  expectMasked(
    [
      [
        "a town, block, lot, house and room, then the ward",
        "The heater broke. I live at Kazamidai 2-9-4-301, Hoshino-ku.",
        "Kazamidai 2-9-4-301, Hoshino-ku",
      ],
    ],
    "address",
  );
  expectLeftAlone([
    ["a date and a ward", "Since 2026-12-06, Hoshino-ku has a new office.", "2026-12-06"],
  ]);
});

describe("twenty-sixth round: a dotted katakana name after where the caller came from", () => {
  expectMasked(
    [
      [
        "two parts after 来た",
        "もしもし、スリランカから来たペレラ・ニマルです。ごみの日を",
        "ペレラ・ニマル",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["two loanwords after a verb", "先週買ったパソコン・スマホです。", "パソコン・スマホ"],
  ]);
});

describe("twenty-sixth round: a surname read with the other voicing of 島 or 崎", () => {
  expectMasked(
    [
      [
        "なかしま at the end of a call",
        "学童の申し込みはまだ間に合いますか。ナカシマです。",
        "ナカシマ",
      ],
      ["ヤマサキ after a sentence", "学童の件ですけど。ヤマサキです。", "ヤマサキ"],
      [
        "a northern Kyushu surname in kana",
        "お世話になります。ちぢいわです、母の件で。",
        "ちぢいわ",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([["a short word ending in しま", "雪がひどくてしまいました。", "しま"]]);
});

describe("twenty-sixth round: an organisation with kana in its name before a title and a name", () => {
  expectMasked(
    [
      [
        "a care home and its director in a sender line",
        "From: ひだまり苑 施設長 今村 孝\n件名：面会中止のお知らせ",
        "今村 孝",
      ],
      [
        "a company and its section after a contact label",
        "担当者: さくら製菓 総務課 堀 真理子\n電話は代表まで",
        "堀 真理子",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["the care home itself", "From: ひだまり苑 施設長 今村 孝\n件名：面会中止", "ひだまり苑"],
    ["a company with kana in its name", "担当者: さくら製菓 総務課 堀 真理子", "さくら"],
    ["a script word after a kana name", "娘の 名前 さくら 平仮名で さくら です", "平仮名"],
  ]);
});

describe("twenty-sixth round: a chat's speaker tag before a quoted value or a pause", () => {
  expectLeftAlone([
    [
      "a number's name before its quoted value",
      "利用者：登録番号「T1234567890123」の業者から電話がありました。\n区役所（市民課）：区から登録番号をお尋ねすることはありません。",
      "登録番号",
    ],
    ["a plan before で and a pause", "利用者：来春結婚で、姓が変わります。手続きは？", "来春結婚"],
  ]);
  expectMasked(
    [["a listed name before で and a pause", "利用者：坂井で、転入の件です", "坂井"]],
    "person_name",
  );
});

describe("twenty-sixth round: a filler or an adverb before と読みます", () => {
  expectLeftAlone([
    [
      "えっと before 読みますね",
      "番号ですね。えっと読みますね、イチニーサン。オカモトです。",
      "えっ",
    ],
    ["ちょっと before 読みます", "名前の件ですけど、ちょっと読みますね。", "ちょっ"],
    ["ええと before 読んで", "お名前を、ええと読んでもらえますか", "ええ"],
  ]);
  expectMasked(
    [["a reading before と読みます", "名字が変わっていて、いちまかせと読みます", "いちまかせ"]],
    "person_name",
  );
});

describe("twenty-sixth round: a place named with a possessive before a facility", () => {
  expectLeftAlone([
    [
      "a children's clinic in a chat's reply",
      "User: Is a clinic open today?\nWard office (Health Section): Sakuragi Children's Clinic is open until noon.",
      "Sakuragi Children",
    ],
    [
      "a center named with Kids's",
      "Question answered. Minato Kids's Center is closed on Monday.",
      "Minato Kids",
    ],
  ]);
  expectMasked(
    [["a person's son", "Note: Ana Reyes's son called about the form.", "Ana Reyes"]],
    "person_name",
  );
});

describe("twenty-sixth round: the contact person after 担当, then a number in brackets", () => {
  expectMasked(
    [
      [
        "a surname before its phone in brackets",
        "ご確認ください。担当：石橋（092-555-0188）",
        "石橋",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([["a section in brackets", "担当課（税務課）へお問い合わせください", "担当課"]]);
});
