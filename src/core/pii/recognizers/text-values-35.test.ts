/**
 * Thirty-first round, pii-unseen-29 read: sentences of our own for the classes of its misses and
 * masked ordinary words, and look-alikes that must stay as they are. Every name, number and place
 * is invented.
 */
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("thirty-first round: a kanji-only insurance 記号 right before 番号", () => {
  expectMasked(
    [
      ["a note's symbol", "3/2 国保 記号港北 番号40213 交付。", "港北"],
      ["a symbol said with は", "母の国保の記号は港北、番号は40213です。", "港北"],
      ["a symbol with の before 番号", "保険証の記号港北の番号40213をなくしました。", "港北"],
    ],
    "health_insurance",
  );
  expectLeftAlone([
    ["a form's field", "保険証の記号欄の番号を書いてください。", "記号欄"],
    ["the label pair", "国保の記号及び番号はどこに書いてありますか。", "記号及"],
    ["a symbol asked about", "国保の記号は何ですか、番号だけでいいですか。", "何"],
  ]);
});

describe("thirty-first round: a care-insurance number glued to 介護 in a note", () => {
  expectMasked(
    [
      ["a note's number", "3/4 青木 トメ 介護5102837461 区分変更。", "5102837461"],
      ["a number before a full stop", "訪問済。介護5102837461。", "5102837461"],
    ],
    "health_insurance",
  );
  expectLeftAlone([
    ["a care home's number", "介護施設5102837461へ連絡。", "5102837461"],
    ["a count of eleven digits", "介護51028374610件", "51028374610"],
  ]);
});

describe("thirty-first round: Indonesian forms' dates of birth and passports", () => {
  expectMasked(
    [
      ["a date with hyphens", "Nama: Budi Santoso\nTanggal lahir: 21-04-2000", "21-04-2000"],
      ["a date with slashes", "Tanggal lahir: 21/04/2000\nAlamat: 北町1丁目", "21/04/2000"],
      ["an English date with hyphens", "Date of birth: 21-04-2000", "21-04-2000"],
    ],
    "birth_date",
  );
  expectMasked(
    [["a passport field", "Nomor paspor: B7731046\nTelepon: -", "B7731046"]],
    "passport",
  );
  expectLeftAlone([
    ["a date with hyphens and no birth word", "Rapat tanggal 21-04-2026 di kantor.", "21-04-2026"],
    ["mixed separators", "Tanggal lahir: 21-04/2000", "21-04/2000"],
  ]);
});

describe("thirty-first round: Latin full names in Japanese notes and chats", () => {
  expectMasked(
    [
      ["a company's worker", "3/1 来庁 港製菓従業員 BUI VAN TOAN 転入届受理。", "BUI VAN TOAN"],
      ["a note's entry", "3/2 相談 Đặng Thu Hà 転入届、在留カード確認済。", "Đặng Thu Hà"],
      ["a chat line in capitals", "利用者:PHAN THI MAIです。港製菓です。", "PHAN THI MAI"],
      [
        "the second name of a list",
        "3/1 来庁 従業員 DO VAN AN、VU THI HOA 転入届受理。",
        "VU THI HOA",
      ],
      [
        "the last name of a list",
        "実習生転入:Putri Ayu、Budi Hartono、Eka Sari。在留カード確認済。",
        "Eka Sari",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a card's name in capitals", "ETCカードの件、ETC CARDです。", "ETC CARD"],
    ["a product before a registration word", "3/1 Google Drive 転入手続きのページ", "Google Drive"],
    ["a form's name after a listed name", "申請者 Siti Rahmawati、Web Form 経由", "Web Form"],
    [
      "a place after a listed name",
      "申請者 Siti Rahmawati、Tokyo Station 前で待ち合わせ",
      "Tokyo Station",
    ],
  ]);
});

describe("thirty-first round: a postal code written after an address with a comma", () => {
  expectMasked(
    [
      [
        "a new address's code",
        "新住所は大阪府大阪市北区梅田町3丁目4番5号、530-0001です。",
        "530-0001",
      ],
      [
        "a relative's address's code",
        "兄の家、石川県金沢市本町2丁目1番9号、920-0853に移します。",
        "920-0853",
      ],
    ],
    "postal_code",
  );
  expectMasked(
    [
      [
        "the address before it",
        "新住所は大阪府大阪市北区梅田町3丁目4番5号、530-0001です。",
        "梅田町3丁目4番5号",
      ],
    ],
    "address",
  );
  expectLeftAlone([
    [
      "a free-dial number after an address",
      "住所は桜台3-12、0120-123-456に電話しました。",
      "0120-123-456",
    ],
  ]);
});

describe("thirty-first round: one-kanji surnames next to an address", () => {
  expectMasked(
    [
      ["a household after its house number", "屋根が壊れました。桜台3丁目4番5号の森です。", "森"],
      [
        "a spaced full name before the town's block",
        "3/2 倒木 林 正和 千秋3丁目4番5号 車庫。",
        "林 正和",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a side of the house", "桜台3丁目4番5号の北です。", "北"],
    ["a town without its house number", "桜台3丁目の林です。", "林"],
  ]);
  expectMasked(
    [["the address after the name", "3/2 倒木 林 正和 千秋3丁目4番5号 車庫。", "千秋3丁目4番5号"]],
    "address",
  );
});

describe("thirty-first round: the pension section's name is no pension cue", () => {
  expectMasked(
    [
      [
        "a section's direct line",
        "保険年金課の者です。\n0776-21-3344(保険年金課 直通)",
        "0776-21-3344",
      ],
      ["a phone after the section", "保険年金課 年金係 0776-21-3344", "0776-21-3344"],
    ],
    "phone",
  );
  expectMasked(
    [
      [
        "a pension number at the section",
        "保険年金課で、年金の番号は1234-567890と言われました。",
        "1234-567890",
      ],
    ],
    "pension_number",
  );
});

describe("thirty-first round: snow words are no names", () => {
  expectLeftAlone([
    ["a snow shovel after a chat's tag", "利用者:雪かき用の道具は借りられますか?", "雪"],
    ["a snowman after a chat's tag", "利用者:雪だるまを公園に作ってもいいですか?", "雪"],
    [
      "a snowfield a caller lives by",
      "もしもし、峠のそばの雪原ですけど、除雪車が来ません。",
      "雪原",
    ],
    [
      "a grassland a caller lives by",
      "もしもし、牧場の近くの草原ですけど、道が凍っています。",
      "草原",
    ],
  ]);
  expectMasked(
    [
      [
        "a caller's surname after a landmark",
        "もしもし、駅前の田中ですけど、除雪車が来ません。",
        "田中",
      ],
      ["a given name after its label", "娘の名前は、雪です。", "雪"],
    ],
    "person_name",
  );
});

describe("thirty-first round: a spaced full name glued to 分 after 亡夫", () => {
  expectMasked(
    [
      ["the late husband's share", "3/2 準確定申告 村井 和子、亡夫村井 正治分。", "村井 正治"],
      ["a husband's papers", "3/2 医療費控除 村井 和子、夫村井 正治分も。", "村井 正治"],
    ],
    "person_name",
  );
  expectLeftAlone([["a minute", "3/2 待ち時間 今井 一分。", "一分"]]);
});

describe("thirty-first round: Latin given names said first, in a salutation, and signatures over a job", () => {
  expectMasked(
    [
      [
        "a given name before the full name",
        "Alo, tôi tên là Tuấn, Võ Minh Tuấn. Tôi hỏi về thuế.",
        "Võ Minh Tuấn",
      ],
      ["the given name said first", "Alo, tôi tên là Tuấn, Võ Minh Tuấn. Tôi hỏi về thuế.", "Tuấn"],
      [
        "a given name before where the caller works",
        "Oi, sou Rafael, da fábrica. Preciso declarar?",
        "Rafael",
      ],
      [
        "a salutation's reader",
        "Subject: Thanks\nHi Yuna,\nThank you for the help on Sunday.\nTom",
        "Yuna",
      ],
      [
        "a signature over the writer's job",
        "Subject: Club\nHello,\nThe club meets on Friday.\nOliver Grant\nScience teacher, North High",
        "Oliver Grant",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a salutation to no one", "Subject: Help\nDear Sir,\nPlease help me with the form.", "Sir"],
    ["a salutation to an office", "Hello Tax Office,\nI have a question.", "Tax Office"],
    ["a nationality before where from", "Oi, sou Brasileiro, de São Paulo.", "Brasileiro"],
    [
      "another full name after a given name",
      "Hello, I'm Anna, Tom Berg is my husband.",
      "Tom Berg",
    ],
  ]);
});
