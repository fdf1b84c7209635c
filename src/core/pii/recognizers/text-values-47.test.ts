/**
 * Forty-second round: classes of pii-unseen-40's misses, in sentences of our own, and look-alikes
 * that must stay as they are. Every name, number and place is invented.
 */
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("forty-second round: Korean relatives, names told and birthdays", () => {
  expectMasked(
    [
      ["a husband named before the subject particle", "남편 김도윤이 내일 갑니다.", "김도윤"],
      ["a son named before the topic particle", "아들 정우진은 초등학생이에요.", "정우진"],
      ["a baby's name told before a comma", "딸 이름은 한지아, 지금 한 살이에요.", "한지아"],
    ],
    "person_name",
  );
  expectMasked(
    [["a date after 생일은", "아들 생일은 2019년 4월 8일이에요.", "2019년 4월 8일"]],
    "birth_date",
  );
  expectLeftAlone([
    ["a kindergarten after the kin word", "아들 유치원이 멀어요.", "유치원"],
    ["a form after the kin word", "아내 신청서가 필요해요.", "신청서"],
    ["a time word and its particle after the kin word", "남편 주말에는 일해요.", "주말에는"],
    ["a question after 이름은", "아기 이름은 어떻게 써요?", "어떻게"],
    ["a date that is no birthday", "2026년 12월 1일에 이사합니다.", "2026년 12월 1일"],
  ]);
});

describe("forty-second round: Chinese children and parents", () => {
  expectMasked(
    [
      ["a child glued after 我的孩子", "我的孩子刘子涵下个月去幼儿园。", "刘子涵"],
      ["a parent's field", "报名表\n学生：王小明\n家长：王建国", "王建国"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a weekend after 我的孩子", "我的孩子周末要上课吗？", "周末"],
    ["a parent's field with no name", "家长：请带印章", "请带印章"],
  ]);
});

describe("forty-second round: Japanese officers and posts", () => {
  expectMasked(
    [
      ["a Yamanashi surname closing a note", "11/5 窓口。証明書を交付。担当輿石。", "輿石"],
      ["a Yamanashi surname said alone", "11/6 国際交流。相談。通訳 乙黒。", "乙黒"],
      ["a welfare volunteer's full name before 委員", "11/4 村松 昭委員より連絡。", "村松 昭"],
      ["a firm's department and its officer", "11/7 甲府精機人事小沢より電話。", "小沢"],
      ["a social worker after the hospital", "11/9 中央病院宮下MSWより連絡。", "宮下"],
      ["a chat's reply tag without 課", "住民：はい。\n道路維持（小松）：確認します。", "小松"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a word for all before 委員", "担当は村松 全委員に連絡。", "全"],
    ["a ministry after 総務", "11/7 総務省より通知。", "総務省"],
    ["a department's business", "11/7 人事異動より前に。", "人事異動"],
    ["a hospital's ward before the role's letters", "中央病院外来MSW", "外来"],
    ["a chat's tag with a day in brackets", "住民：はい。\n説明会（土曜）：10時からです。", "土曜"],
  ]);
});

describe("forty-second round: a woman's old given name in hiragana", () => {
  expectMasked(
    [
      ["after a listed surname, before a particle", "祖母の村田 きくが入院しました。", "村田 きく"],
      ["after a listed surname, before 宅", "11/3 訪問。岡本 ちよ宅。", "岡本 ちよ"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a verb after a surname and a space", "担当 村田 きくところによると", "きく"],
    ["a word going on after the two kana", "岡本 しずかに話してください。", "しずか"],
  ]);
});

describe("forty-second round: a kanji 記号 after a space or with the card's topic", () => {
  expectMasked(
    [
      ["the joint label and a space", "国保の旧記号番号：桐国 40213", "桐国"],
      ["the qualification card as the topic", "11/8 資格確認書再発行。記号桐国 番号5521。", "桐国"],
    ],
    "health_insurance",
  );
  expectLeftAlone([
    ["the card's own word and a space", "国保の記号番号：保険証 123", "保険証"],
    ["no card in the note", "11/8 回覧板。記号霧山 番号5521。", "霧山"],
  ]);
});

describe("forty-second round: passwords in Indonesian and Portuguese", () => {
  expectMasked(
    [
      ["an Indonesian password after saya", "Kata sandi saya mawar0412 tidak bisa.", "mawar0412"],
      ["an Indonesian password with a colon", "Kata sandi untuk aplikasi: budi77x", "budi77x"],
      ["a Portuguese password with the colon glued", "Senha do portal: lima@2024", "lima@2024"],
    ],
    "secret",
  );
  expectLeftAlone([["a password's rule", "Kata sandi saya 8 karakter.", "8 karakter"]]);
  expectMasked(
    [["an address after the label", "Senha do e-mail: joao2@exemplo.com", "joao2@exemplo.com"]],
    "email",
  );
});

describe("forty-second round: Latin names in notes and forms", () => {
  expectMasked(
    [
      ["a Vietnamese child's field", "Tên con: Trần Minh Khoa\nTuổi: 3", "Trần Minh Khoa"],
      ["a recipient in capitals", "11/9 手当。受給者NGO THANH TAM、転入。", "NGO THANH TAM"],
      ["a child glued after a pause", "11/9 手当。母LE THI MAI、子LE VAN AN。", "LE VAN AN"],
      [
        "a wife capitalized word by word",
        "11/9 相談。夫来所、妻Siti Rahma Yusuf。",
        "Siti Rahma Yusuf",
      ],
      ["a Tagalog name after ni", "Salamat po sa tulong ni Tessa kahapon.", "Tessa"],
    ],
    "person_name",
  );
  expectMasked(
    [
      [
        "a Vietnamese account after the branch",
        "Ngân hàng Hoshi, chi nhánh Minami, 4418207",
        "4418207",
      ],
    ],
    "bank_account",
  );
  expectLeftAlone([
    ["a kin word in Tagalog", "Salamat po sa tulong ni Lola.", "Lola"],
    ["Japanese in romaji", "Kyoto ni Ikimasu.", "Ikimasu"],
    ["a child's age after 子", "11/9 手当。子3人。", "3人"],
  ]);
});

describe("forty-second round: a building and its room before an English address", () => {
  expectMasked(
    [
      [
        "the building's kind word first, then the room",
        "I live at Sunny Heights 305, 4-2-8 Hoshidai, Minami-ku.",
        "Sunny Heights 305",
      ],
    ],
    "address",
  );
  expectLeftAlone([["a house number far before", "House 5 is closed today.", "House 5"]]);
});

describe("forty-second round: no names", () => {
  expectLeftAlone([
    [
      "a loanword and a Tagalog word",
      "Kailangan ko ng kopya ng koseki para sa visa.",
      "koseki para",
    ],
    [
      "a Spanish word after a surname's romaji",
      "Necesito el koseki pero no sé dónde.",
      "koseki pero",
    ],
    [
      "a hyphenated word heading a form",
      "Check-in form\nName: Ana Ruiz\nPhone: 070-1111-2222",
      "Check-in",
    ],
  ]);
});
