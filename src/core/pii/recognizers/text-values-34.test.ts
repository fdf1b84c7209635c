/**
 * Thirtieth round, pii-unseen-28 read (and the classes left on pii-unseen-27 and pii-train-3):
 * sentences of our own for the classes of its misses and masked ordinary words, and look-alikes
 * that must stay as they are. Every name, number and place is invented.
 */
import { maskPii } from "../mask-pii";
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("thirtieth round: Latin names in Indonesian forms and mails", () => {
  expectMasked(
    [
      ["a name field", "[Formulir]\nNama: Dewi Lestari\nTanggal lahir: 02-03-1999", "Dewi Lestari"],
      ["a full name field", "Nama lengkap: Rudi Hartono\nAlamat: 北町1丁目", "Rudi Hartono"],
      [
        "a self-introduction",
        "Selamat pagi.\nSaya Putri Wulandari. Saya mahasiswa.",
        "Putri Wulandari",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    [
      "a sentence going on",
      "Saya ingin tahu jadwal pengambilan sampah. Saya tinggal di Osaka.",
      "Osaka",
    ],
    ["one capitalized word", "Saya Indonesia, tapi tinggal di Jepang.", "Indonesia"],
  ]);
});

describe("thirtieth round: a full name in Latin letters before a residence card", () => {
  expectMasked(
    [
      [
        "capitals before the card's number",
        "12/3 転入 2名。RINA PUTRI AB12345678CD、ok。",
        "RINA PUTRI",
      ],
      [
        "capitals before the card word",
        "12/4 外国人転入 TRAN THI MAI 在留カード確認済み。",
        "TRAN THI MAI",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["an acronym before the card", "12/5 NHK DVD 在留カード見本の貸出。", "NHK DVD"],
    ["a word before other numbers", "12/6 ROOM TWO AB12345678 予約。", "ROOM TWO"],
  ]);
});

describe("thirtieth round: a first try in Latin letters, then the name in dotted katakana", () => {
  expectMasked(
    [
      ["cut off with an ellipsis", "はい、市民課です。Pham… あ、ファム・ミン・トゥです。", "Pham"],
      ["a full name cut off", "はい。Le Van Hung… レ・ヴァン・フンです。転入です。", "Le Van Hung"],
      ["said with です first", "あ、Minhです、ファム・ミン。保険証の件で。", "Minh"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a brand before a katakana word", "Wi-Fi… あ、ワイファイのパスワードが分かりません。", "Wi"],
    ["a word without the dotted name", "Tokyo… あ、トウキョウです。", "Tokyo"],
  ]);
});

describe("thirtieth round: Latin names after a representative, a student or before a kin word", () => {
  expectMasked(
    [
      [
        "a representative field",
        "団体名：留学生会\n代表者：Ali Hassan\n連絡先：電話",
        "Ali Hassan",
      ],
      ["a deputy field", "【出店届】\n副代表：Sara Berg\n内容：焼き菓子", "Sara Berg"],
      [
        "a new student glued before Japanese",
        "来週、新入生Ravi Kumarほか1名が来庁します。",
        "Ravi Kumar",
      ],
      ["a trainee before a particle", "実習生Ahmad Fauziの転入届を受理。", "Ahmad Fauzi"],
      [
        "a full name before の and a kin word",
        "はい。Helen Parkの娘の、パク・ジナです。",
        "Helen Park",
      ],
      ["a Portuguese nephew", "Olá. Meu sobrinho Rafael chega em março.", "Rafael"],
      ["a Spanish cousin", "Hola. Mi prima Lucía vive en Sapporo.", "Lucía"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a role before one Latin word", "新入生Welcomeパーティーは4月です。", "Welcome"],
    ["a place before の and a kin word", "Tokyoの父の家に行きます。", "Tokyo"],
    ["a Portuguese nephew's country", "Meu sobrinho vem do Brasil em março.", "Brasil"],
  ]);
});

describe("thirtieth round: older given names in two katakana after a surname and a space", () => {
  expectMasked(
    [
      [
        "an unlisted surname before ツネ and 宅",
        "12/2 見守り 鴨志田 ツネ宅 10:00 異常なし。",
        "鴨志田 ツネ",
      ],
      [
        "an unlisted surname before フジ and a space",
        "12/3 続報 野々垣 フジ 退院。",
        "野々垣 フジ",
      ],
      ["a listed surname before タツ", "12/4 訪問 山口 タツ 不在。", "山口 タツ"],
      [
        "a nephew glued before an unlisted surname",
        "12/5 遠方の甥鴨志田 誠 に連絡済み。",
        "鴨志田 誠",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a kin word glued before a listed surname", "12/6 電話。実家の母浜田 シゲが入所。", "母"],
    ["a nephew glued before an unlisted surname", "12/5 遠方の甥鴨志田 誠 に連絡済み。", "甥"],
    ["a mountain in katakana", "12/7 社員旅行 静岡 フジ山 見学。", "フジ山"],
    ["a katakana word after a place", "12/8 会場 北町 ミネラル水 配布。", "ミネラル"],
  ]);
});

describe("thirtieth round: a found surname said again glued after a kin word", () => {
  expectMasked(
    [
      [
        "a father with a spaced given name",
        "12/9 郵送請求 柳楽 早苗（52）在住、父柳楽 源吉の除票。",
        "柳楽 源吉",
      ],
      [
        "the deceased with a glued given name",
        "12/10 相談 柳楽 早苗。故柳楽源吉の年金。",
        "柳楽源吉",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    [
      "a longer kanji word before the surname",
      "12/11 柳楽 早苗 来庁。叔父母柳楽地区の件。",
      "柳楽地区",
    ],
    ["the kin word itself", "12/9 郵送請求 柳楽 早苗（52）在住、父柳楽 源吉の除票。", "父"],
  ]);
});

describe("thirtieth round: a name in simplified Chinese in a Japanese sentence", () => {
  expectMasked(
    [
      [
        "after の before です",
        "利用者：留学生の张晓东です。国保の手続きを教えてください。",
        "张晓东",
      ],
      ["a shared family name before は", "12/12 寮の李丽娜は転入済み。", "李丽娜"],
      ["after a pause before ほか", "12/13 転入予定：Pham Van Duc、赵国强ほか2名。", "赵国强"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a Japanese word after の", "本日の王様ゲームは中止です。", "王様"],
    ["a shared family name with Japanese characters", "12/14 寮の李香は転入済み。", "李香"],
    ["thanks said twice", "谢谢。よろしくお願いします。", "谢谢"],
  ]);
});

describe("thirtieth round: a one-kanji given name after a listed surname and a space", () => {
  expectMasked(
    [
      ["in a note before an arrow", "12/15 口座振替 二重引落し 松本 卓 → 照会。", "松本 卓"],
      ["in a form before the next field", "納付義務者：石川 聖\n金額：5,000円", "石川 聖"],
      ["a son said alone between spaces", "息子の 暁 が代わりに来ます。", "暁"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["the kanji inside a word", "優先順位の高い方から案内します。", "優先"],
    ["a walkway", "歩道の除雪は明日です。", "歩道"],
  ]);
});

describe("thirtieth round: a date without its year after a date of birth", () => {
  expectLeftAlone([
    [
      "a stay's first day",
      "12/1 野村 キヨ（95）S5.2.3生 年末の短期入所。12月28日〜1月4日。",
      "12月28日",
    ],
    [
      "a stay's last day",
      "12/1 野村 キヨ（95）S5.2.3生 年末の短期入所。12月28日〜1月4日。",
      "1月4日",
    ],
  ]);
  expectMasked(
    [
      [
        "the date of birth itself",
        "12/1 野村 キヨ（95）S5.2.3生 年末の短期入所。12月28日〜1月4日。",
        "S5.2.3",
      ],
      [
        "a full date said again",
        "生年月日は昭和50年3月4日、ごめんなさい、昭和50年3月5日です。",
        "昭和50年3月5日",
      ],
      ["a day corrected", "生年月日は昭和50年3月4日、じゃなくて3月5日です。", "3月5日"],
    ],
    "birth_date",
  );
});

describe("thirtieth round: a weekday after a chat's speaker tag", () => {
  expectLeftAlone([
    [
      "a Saturday",
      "利用者：土曜日だけど粗大ごみ出せますか\n環境課：土曜日は収集がありません。",
      "土曜日",
    ],
    ["a Friday", "利用者：金曜日だけど窓口開いてますか\n市民課：開いています。", "金曜日"],
  ]);
  expectMasked(
    [["a listed surname after the tag", "利用者：森田の妻です。土曜日も開いてますか", "森田"]],
    "person_name",
  );
});

describe("thirtieth round: the given name of a found Latin name signing on a line of its own", () => {
  // The given name is said twice (in the full name, then signing): the masked text tells them apart.
  it.each([
    [
      "an Irish surname's given name before a phone line",
      "Hello,\n\nI am Noah O'Neill, coordinator of the club. Could you tell us the date?\n\nNoah\n080-1234-5678",
    ],
    [
      "an Indian surname's given name before a phone line",
      "Hello,\n\nI am Ria D'Costa, leader of the group. Could you send us the form?\n\nRia\n090-2345-6789",
    ],
  ])("should mask %s", (_label, text) => {
    expect(maskPii(text).masked.endsWith("\n\n［氏名2］\n［電話番号1］")).toBe(true);
  });
  expectLeftAlone([
    [
      "the word opening a line",
      "Hello,\nI am Grace O'Hara. Is there a grace period?\nGrace period ends soon.\nThanks",
      "Grace period",
    ],
    ["a verb opening a line", "Hello,\nI am Mark O'Neill.\nMark the date: Friday.", "Mark the"],
  ]);
});
