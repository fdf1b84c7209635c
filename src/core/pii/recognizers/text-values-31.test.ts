/**
 * Twenty-eighth round, pii-unseen-26 read: sentences of our own for the classes of its misses and
 * masked ordinary words, and look-alikes that must stay as they are. Every name, number and place
 * is invented.
 */
import { maskPii } from "../mask-pii";
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("twenty-eighth round: whoever stands before a bracket with their date of birth", () => {
  expectMasked(
    [
      ["a kanji full name in a note", "6/2 窓口。里見康弘（S41.3.8生、60）。転入。", "里見康弘"],
      ["a kana given name glued on", "6/3 窓口。宇野ちえ子（S30.1.4生、71）。", "宇野ちえ子"],
      ["a hiragana given name", "6/3 来庁。浅田ゆみ（H3.2.1生、35）。", "浅田ゆみ"],
      ["a katakana given name", "6/3 窓口。杉山ハツヨ（S12.5.6生）。", "杉山ハツヨ"],
      [
        "a Latin name with diacritics",
        "6/4 窓口。Đặng Văn Tú（2001-04-09生、25）。在留カード確認。",
        "Đặng Văn Tú",
      ],
      [
        "a dotted katakana name",
        "6/5 窓口。ロサリオ・メンドーサ（1988-07-21生、38）国保加入。",
        "ロサリオ・メンドーサ",
      ],
      ["after the age", "6/6 来庁。相沢正敏（66、S35.2.3生）。", "相沢正敏"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a kin word", "電話。本人（S41.3.8生）の母より。", "本人"],
    ["a child by its place in the family", "長男（H20.5.5生）の児童手当。", "長男"],
    ["the honorific after a found name", "6/2 窓口。里見和弘様（S41.3.8生）。", "様"],
  ]);
});

describe("twenty-eighth round: person fields of forms", () => {
  expectMasked(
    [
      [
        "a child's field",
        "【医療証申請】\n保護者：大野健二\n児童：大野はるか\n学年：2年",
        "大野はるか",
      ],
      ["an applicant's field", "【来庁予約】\n申込者：相沢みゆき\n希望日：6月3日", "相沢みゆき"],
      ["a taxpayer's field", "【口座振替】\n納税義務者：植田彩\n金融機関：桜銀行", "植田彩"],
      ["the insured person's field", "【事前相談】\n被保険者：松尾翔\n事故日：6月1日", "松尾翔"],
      ["a maiden name's field", "【転入届】\n氏名：北原由紀\n旧氏：野々村\n新住所：", "野々村"],
      ["a maiden name in brackets", "氏名変更と旧氏（宮武）併記の手続き。", "宮武"],
      ["a Korean form's name field", "[신고]\n이름: 정민호\n생년월일: 1990년 1월 2일", "정민호"],
      [
        "a Vietnamese form's name field",
        "[Đăng ký]\nHọ tên: Bùi Thị Mai\nĐiện thoại: ",
        "Bùi Thị Mai",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a maiden name written beside the new one", "旧氏併記をご希望の方は窓口へ。", "併記"],
    ["the insured person as a word", "被保険者証を忘れました。", "被保険者証"],
  ]);
});

describe("twenty-eighth round: a surname said again with the given name", () => {
  expectMasked(
    [
      ["a kanji given name glued on", "北川ですけど、北川澄江、昭和の生まれです。", "北川澄江"],
      ["a one-kanji surname, then the full name alone", "えっと、陳です。陳志遠。", "陳志遠"],
      [
        "a katakana given name after a surname read back",
        "もしもし、ひぐちです。樋口トメ。また電話があって。",
        "樋口トメ",
      ],
      [
        "a katakana given name before で and a pause",
        "母は樋口ハツヨで、住所は本町です。",
        "樋口ハツヨ",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([["a surname's honorific", "牧です。\n牧様\n資料を送ります。", "様"]]);
});

describe("twenty-eighth round: a listed surname and a listed hiragana given name", () => {
  expectMasked(
    [
      ["in a numbered list", "参加者名簿\n1. 岩崎洋平\n2. 竹下さくら\n3. 大串のぞみ", "竹下さくら"],
      ["in a list of roles", "会計 竹下さくら、書記 大串のぞみ。", "大串のぞみ"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a train's name", "山田のぞみ号に乗りました。", "のぞみ"],
    ["a station's name", "千葉みなと駅で降ります。", "みなと"],
  ]);
});

describe("twenty-eighth round: Korean relatives", () => {
  expectMasked(
    [
      ["the caller, then the copula going on", "저는 최준호이고 학생입니다.", "최준호"],
      ["a wife named after the caller", "저는 최준호이고 아내는 한지은입니다.", "한지은"],
    ],
    "person_name",
  );
  expectLeftAlone([["a status after 저는", "저는 유학생이고 아내는 회사원입니다.", "회사원"]]);
});

describe("twenty-eighth round: what a chat user or a form says who or where they are", () => {
  expectLeftAlone([
    [
      "a status before です after a speaker tag",
      "利用者：単身赴任中です。年金の手続きは？",
      "単身赴任中",
    ],
    [
      "a time before ですが after a speaker tag",
      "利用者：年末年始ですが、窓口は開いていますか",
      "年末年始",
    ],
    ["a word glued to a loanword", "利用者：清掃ボランティアの集合場所は？", "清掃"],
    ["where a relative lives", "所有者は長崎在住の親族と判明。", "長崎在住"],
    ["a funeral company acting for a family", "届出人 港南典礼 代理。", "港南典礼"],
  ]);
  expectMasked(
    [
      ["a listed surname after a speaker tag", "利用者：森田です。年金の手続きは？", "森田"],
      ["a name-shaped surname after a speaker tag", "利用者：蒲生です。", "蒲生"],
    ],
    "person_name",
  );
});

describe("twenty-eighth round: more name forms", () => {
  expectMasked(
    [
      [
        "a kana given name with its kanji ending before と申します",
        "秋山ふみ子と申します。",
        "秋山ふみ子",
      ],
      [
        "an unlisted hiragana given name after a strong label",
        "氏名：北条りく（6さい）",
        "北条りく",
      ],
      ["the surname before the marriage", "結婚して柴崎から本庄に変わりました。", "柴崎"],
      [
        "a kanji full name after its surname said in kana",
        "まつおです。父がお世話になりました。松尾澄雄の、書類の件です。",
        "松尾澄雄",
      ],
      [
        "a found surname glued after the writer's post",
        "市立北小学校の教頭岩城です。よろしくお願いします。\n\n岩城 正人",
        "岩城",
      ],
      [
        "a one-kanji surname and a three-kanji given name after a kin word",
        "迎え：父 堤真佐夫（16:10）",
        "堤真佐夫",
      ],
      [
        "after an organisation and a role in katakana",
        "記録者：さくら祭り本部 スタッフ 長尾",
        "長尾",
      ],
      [
        "a list of Latin names, one of them in the e-mail address",
        "We would like to join: Anna Kowalski, Liam Ortiz and Mei Tanaka. Please reply to anna.kowalski@example.com.\n\nAnna",
        "Liam Ortiz",
      ],
    ],
    "person_name",
  );
  expectMasked(
    [
      [
        "a card's 記号 after a company's insurance",
        "会社の保険の記号は4021、番号は55810で、扶養の手続きです。",
        "4021",
      ],
    ],
    "health_insurance",
  );
  expectLeftAlone([
    ["places after a marriage", "結婚して札幌から仙台に変わりました。", "札幌"],
    ["a move after a marriage", "結婚して住所が柴崎から本庄に変わりました。", "柴崎"],
    ["a car insurance's 記号 asked about", "車の保険の記号は何ですか。", "記号"],
    ["the honorific spaced off after a label", "申込者 古橋 様 / 収集日 12月4日", "様"],
  ]);
});

describe("twenty-eighth round: a Latin full name's first word signing the message", () => {
  it("should mask the last line when it is the first word of a name found above", () => {
    const text =
      "We would like to join: Anna Kowalski and Liam Ortiz. Please reply to anna.kowalski@example.com.\n\nAnna";
    expect(maskPii(text).masked.endsWith("\n\nAnna")).toBe(false);
  });
});
