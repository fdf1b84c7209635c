/**
 * Seventeenth round (pii-unseen-15 read): sentences of our own, in other wording than the fixture
 * lines, for each general signal, and look-alikes that must stay unmasked. Every name, number and
 * place is invented.
 */
import { maskPii } from "../mask-pii";
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("seventeenth round: staff named by their desk, role or office in a note", () => {
  expectMasked(
    [
      [
        "the desk before the surname, a full stop after",
        "来庁対応 石井。転入届の受付済み。",
        "石井",
      ],
      ["the phone desk, a colon after", "電話受付 小松:道路の陥没について通報。", "小松"],
      ["a companion on a visit", "訪問 同行者 森田(高齢者支援課)、本人在宅。", "森田"],
      ["the writer of a posted opinion", "【公園の遊具について】\n投稿者:岡本\n連絡先なし", "岡本"],
      ["the recorder of a note", "記録者 松井、12/3 15時 面談。", "松井"],
      [
        "the office in brackets, then より",
        "杉山(子育て支援課)より:保育園の空き状況を回答済み。",
        "杉山",
      ],
      ["the office in brackets, then a comma", "訪問者 大野(福祉課)、民生委員 同席。", "大野"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["the desk's hours", "電話受付 時間:平日9時から17時まで", "時間"],
    ["what the desk did", "窓口対応 本日は終了しました。", "本日"],
    ["an office in brackets", "国保(保険年金課)より通知が届きました。", "国保"],
    ["a reporter who is no surname", "報告者 不明、匿名の通報。", "不明"],
  ]);
});

describe("seventeenth round: the addressee, the given name asked for, names on tags", () => {
  expectMasked(
    [
      ["a surname before あて", "書類は西村あてに送ってください。", "西村"],
      ["a surname before あての", "松本あての封筒が届いています。", "松本"],
      ["a given name in hiragana after 下の名前", "名字は前田で、下の名前はみのりです。", "みのり"],
      ["another hiragana given name after 下の名前", "下の名前は、るりかです。", "るりか"],
      ["a surname read off a name tag", "胸 の 名札 に 「小松」 って 書いて ありました", "小松"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["an office before あて", "市民課あてに郵送してください。", "市民課"],
    ["an answer that gives no name", "下の名前はまだ決めていません。", "まだ"],
    ["a script, not a name", "下の名前はひらがなです。", "ひらがな"],
    ["an office on a tag", "名札には「市民課」と書いてありました。", "市民課"],
  ]);
});

describe("seventeenth round: older given names, a caller's turn, a confirmed introduction", () => {
  expectMasked(
    [
      [
        "katakana and 子 after a spaced surname",
        "確認済み。村田 ハル子様、介護保険証を交付。",
        "村田 ハル子",
      ],
      [
        "hiragana and 江 after a spaced surname",
        "中川 とし江さんから電話がありました。",
        "中川 とし江",
      ],
      ["a hiragana surname after a speaker tag", "相談者: ゆきざわです、税金の件で。", "ゆきざわ"],
      [
        "a hiragana surname in a later turn",
        "職員: お電話ありがとうございます。\n相談者: かざみです。",
        "かざみ",
      ],
      [
        "an unknown surname confirmed by a call before",
        "あの、宗会です。さっきお電話した者なんですが。",
        "宗会",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a speaker tag and an answer", "相談者: そうです。", "そう"],
    ["a speaker tag and a verb", "相談者: わかりましたです", "わかりました"],
    ["a speaker tag and a kin word", "相談者: むすこです。", "むすこ"],
    ["a group before a call", "あの、町会です。先ほどお電話した者です。", "町会"],
  ]);
});

describe("seventeenth round: foreign residents' names", () => {
  expectMasked(
    [
      [
        "a Latin name with its Hangul in brackets",
        "Choi Jiwoo(최지우)です。転入届です。",
        "Choi Jiwoo",
      ],
      ["the Hangul in brackets", "Choi Jiwoo(최지우)です。転入届です。", "최지우"],
      [
        "a Latin name heading a form with an address",
        "Amara Mensah\n霧笛区本町3-4-5\nTel 080-3456-7890",
        "Amara Mensah",
      ],
      [
        "a Latin name opening a message, a full stop after",
        "Sofia Marques. My new address is 霧笛区本町3-4-5.",
        "Sofia Marques",
      ],
      [
        "a short katakana surname",
        "私、チョウです。ベトナムから来ました。在留カードあります。",
        "チョウ",
      ],
      [
        "a katakana name with its kanji",
        "本人確認:チェン・リン(陳琳)、在留カード提示。",
        "チェン・リン",
      ],
      ["the kanji in brackets", "本人確認:チェン・リン(陳琳)、在留カード提示。", "陳琳"],
      ["a role before a spaced Chinese name", "外国人住民 王 芳、通訳の依頼あり。", "王 芳"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a greeting heading a message", "Good Morning. My phone is 080-3456-7890.", "Good Morning"],
    ["a Portuguese I am", "Sou Ana Lima, telefone 080-3456-7890.", "Sou"],
    ["a country before です", "はい、ベトナムです。在留カードの件で。", "ベトナム"],
  ]);
});

describe("seventeenth round: addresses, dates and mailboxes", () => {
  expectMasked(
    [
      [
        "an estate numbered with 第 after the block numbers",
        "住所は霧笛区桜台2-8 市営桜台第2団地5-102です。",
        "霧笛区桜台2-8 市営桜台第2団地5-102",
      ],
    ],
    "address",
  );
  expectMasked(
    [
      ["an era date in brackets after a name", "対象者 林 美咲(H3.4.15)、訪問予定。", "H3.4.15"],
      ["a date and an age in brackets", "申請者 大川 徹様(1958/7/9、67歳)", "1958/7/9"],
    ],
    "birth_date",
  );
  expectLeftAlone([
    ["a date of death in brackets", "被相続人 大川 徹(R8.2.1 死亡)", "R8.2.1"],
    ["a day a visit was received", "大川様(2026.12.4)", "2026.12.4"],
    [
      "the day an insurance ended",
      "生年月日:H5.6.7\n前の保険:組合健保(9月30日資格喪失)",
      "9月30日",
    ],
    [
      "an office's mailbox named as the office's",
      "市役所のメールアドレス、soudan@example.com でいいですか",
      "soudan@example.com",
    ],
  ]);
  it("should still mask a caller's own mailbox", () => {
    expect(maskPii("私のメールアドレス、soudan@example.com です").masked).toContain(
      "［メールアドレス1］",
    );
  });
});
