/**
 * Twenty-first round (pii-unseen-19 read): sentences of our own, in other wording than the fixture
 * lines, for each class of its misses, and look-alikes that must stay unmasked. Every name,
 * number, bank and place is invented.
 */
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("twenty-first round: an account number, then the instalment it starts from", () => {
  expectMasked(
    [
      [
        "the instalment on the next line",
        "件名：口座振替\n\n青葉信用金庫 桜台支店 普通 3318207 名義オカノ ユキ\n第4期から引き落としですか。",
        "3318207",
      ],
      ["an instalment without 第", "口座は普通 6620491 です。3期からお願いします。", "6620491"],
      ["第 after a pause", "普通預金 4417302 です。第2期の分から。", "4417302"],
    ],
    "bank_account",
  );
  expectLeftAlone([
    ["the instalment itself", "口座は普通 6620491 です。3期からお願いします。", "3期"],
    ["an instalment alone", "第5期の納期限は12月25日です。", "第5期"],
  ]);
});

describe("twenty-first round: a date and a time after an insurance word", () => {
  expectLeftAlone([
    ["an interpreter's appointment", "国保の手続き。通訳12/14 15:30。", "14 15"],
    ["the next visit", "保険証の件、次回12/9 10:45来庁。", "9 10"],
  ]);
  expectMasked(
    [["an insurance number in two groups", "保険証番号は 1234 5678 です。", "1234 5678"]],
    "health_insurance",
  );
});

describe("twenty-first round: a relative's full name glued to the kin word, then a particle", () => {
  expectMasked(
    [
      ["after a pause, then の", "電話 娘さんより　母石井 和江の年金の件。", "石井 和江"],
      ["after a line break, then が", "ご担当者様\n父木村 昭三が先月亡くなりました。", "木村 昭三"],
      [
        "an unlisted surname, then が",
        "ご担当者様\n父榊田 昭三が先月亡くなりました。",
        "榊田 昭三",
      ],
      ["a listed kana given name, then を", "祖母大森 さとみを施設に預けています。", "大森 さとみ"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a household word spaced", "母子 家庭の手当について", "家庭"],
    ["two words after 兄", "兄弟姉妹 全員の同意が要りますか。", "全員"],
    ["a club and its head", "子供会 会長が来ます。", "会長"],
    ["a visit to the grandmother", "祖母宅 訪問の日程です。", "訪問"],
  ]);
});

describe("twenty-first round: a surname glued after わたし or あたし", () => {
  expectMasked(
    [
      ["わたし at a turn's start", "えっと、わたし大森ですけど、ごみの日を教えて。", "大森"],
      ["あたし", "あたし杉浦です。保険証のことで。", "杉浦"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["わたし and an ordinary word", "わたし本人です。", "本人"],
    ["わたし and 自身", "わたし自身ですけど、代理ではありません。", "自身"],
    ["わたし and 一人", "手続きはわたし一人です。", "一人"],
  ]);
});

describe("twenty-first round: the caller's name left for the officer", () => {
  expectMasked(
    [
      ["からって言って", "税務課の森田さんをお願いします。大槻からって言ってもらえれば。", "大槻"],
      ["からと伝えて", "戻られたら、杉浦からと伝えてください。", "杉浦"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["an office", "保健所からって言ってもらえれば分かります。", "保健所"],
    ["a hospital", "病院からと伝えてください。", "病院"],
    ["a company", "管理会社からって言ってもらえれば", "管理会社"],
    ["a superior", "上司からって言ってくれと言われました。", "上司"],
    ["the person concerned", "本人からと伝えてください", "本人"],
  ]);
});

describe("twenty-first round: a chat question signed at its end", () => {
  expectMasked(
    [
      ["a kanji surname", "チャット：児童手当の振込日はいつですか？ 鵜飼", "鵜飼"],
      [
        "a katakana surname",
        "【チャット】粗大ごみの申込みはどこからできますか？ オオツカ",
        "オオツカ",
      ],
      ["an unlisted kanji surname", "チャット：ごみ袋はどこで買えますか？ 棚橋", "棚橋"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["urgency", "チャット：児童手当の振込日はいつですか？ 至急", "至急"],
    ["a ward", "チャット：保険料はいつ引き落としですか？ 中央区", "中央区"],
    ["a topic", "チャット：保険料はいつ引き落としですか？ 年金", "年金"],
    ["a katakana word", "チャット：保険料はいつ引き落としですか？ ポイント", "ポイント"],
    ["a city", "チャット：保険料はいつ引き落としですか？ 大阪", "大阪"],
    ["a time word", "チャット：保険料はいつ引き落としですか？ 先週", "先週"],
  ]);
});

describe("twenty-first round: a name spelled by a verb's kanji, and its kana said twice", () => {
  expectMasked(
    [
      ["a verb's kanji", "稲穂の稲に走るで稲走です。", "稲走"],
      [
        "the kana introduced and spelled",
        "もしもし、のぎといいます。ひらがなでのぎ、乃木坂の乃に木曜の木で乃木です。",
        "のぎ",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a sentence with a verb", "家の中に入るで中入です。", "中入"],
    ["a kana word with no name", "はい、あのといいます。ひらがなであの、です。", "あの"],
  ]);
});

describe("twenty-first round: a surname that is also a province", () => {
  expectMasked(
    [["after a past contact", "先週、分割のことで相談させてもらった志摩ですけど。", "志摩"]],
    "person_name",
  );
  expectLeftAlone([
    ["the place", "志摩に旅行に行きます。", "志摩"],
    ["the city", "志摩市の観光案内", "志摩"],
  ]);
});

describe("twenty-first round: a katakana name, then the same in Latin letters", () => {
  expectMasked(
    [
      [
        "in capitals on a form's next line",
        "【フォーム】氏名：アルジュン・シャルマ\nARJUN SHARMA\n用件：転居",
        "ARJUN SHARMA",
      ],
      ["capitalized on the next line", "氏名：アンナ・コヴァル\nAnna Koval\n", "Anna Koval"],
      ["in brackets", "氏名：ヴィクトル・オルロフ（VIKTOR ORLOV）", "VIKTOR ORLOV"],
    ],
    "person_name",
  );
  expectLeftAlone([["another line", "氏名：アンナ・コヴァル\nTOKYO STATION", "TOKYO STATION"]]);
});

describe("twenty-first round: a Korean name in Hangul standing alone", () => {
  expectMasked(
    [
      [
        "after the katakana name",
        "11/20 電話：パク・ソヨンさん（韓国）。박소연。国保の加入。",
        "박소연",
      ],
      ["between pauses", "メモ：キム・ジフンさん、김지훈、転入届。", "김지훈"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a greeting", "안녕히 가세요と挨拶した。田中さんが来た。", "안녕히"],
    ["a word with its particle", "田中さんに 주소를 聞きました。", "주소를"],
    ["a Korean sentence", "김민수 입니다. 주소는 青葉市 입니다. 田中さんの紹介です。", "주소는"],
  ]);
});

describe("twenty-first round: a hiragana given name after a spaced surname", () => {
  expectMasked(
    [
      ["ますみ", "すみません、大森 ますみです。転出の件で。", "大森 ますみ"],
      ["さとみ", "はい、杉浦 さとみです。", "杉浦 さとみ"],
    ],
    "person_name",
  );
  expectLeftAlone([["a polite ending", "明日行きますよ。", "ますよ"]]);
});
