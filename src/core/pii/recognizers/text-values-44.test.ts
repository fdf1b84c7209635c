/**
 * Thirty-ninth round: classes of pii-unseen-37's misses, in sentences of our own, and look-alikes
 * that must stay as they are. Every name, number and place is invented.
 */
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("thirty-ninth round: Latin names", () => {
  expectMasked(
    [
      [
        "a caller speaking after a greeting",
        "Hello, Ingrid Solberg speaking. I have a question.",
        "Ingrid Solberg",
      ],
      ["it's after a lower-case hi", "Yes hi, it's Owen Pryce. About the bus pass.", "Owen Pryce"],
      [
        "a chat's answer to a request for the name",
        "User: The bill came twice.\nTax Section (Ueda): Could you tell us your name?\nUser: It's Mira Holt.",
        "Mira Holt",
      ],
      [
        "a Vietnamese roommate named after the kin clause",
        "Em là Phan Thu Hà. Bạn cùng phòng của tôi, Võ Minh Tâm, bị ốm.",
        "Võ Minh Tâm",
      ],
      [
        "a Vietnamese colleague named after the kin clause",
        "Đồng nghiệp của tôi, Lý Quốc Toàn, mất thẻ.",
        "Lý Quốc Toàn",
      ],
      ["an Indonesian child by one name", "Anak saya Bayu batuk terus sejak kemarin.", "Bayu"],
      [
        "an Indonesian husband by his full name",
        "Suami saya, Hendra Wijaya, kerja malam.",
        "Hendra Wijaya",
      ],
      [
        "capitals after a note's section sentence, before a bracket",
        "8/3 税務課。CHEN YUTING（陈雨婷）来庁、納税証明。",
        "CHEN YUTING",
      ],
      [
        "capitals after a note's section sentence, before a company",
        "8/4 市民課。TRAN VAN KHANG（海辺食品）転入。",
        "TRAN VAN KHANG",
      ],
      [
        "capitals after an English note's desk, before what the person did",
        "8/5 Help desk. ADEBAYO GRACE called about the bus pass.",
        "ADEBAYO GRACE",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    [
      "a greeting to a corner",
      "Dear Consultation Corner,\nI have a question. Thanks, Aiko",
      "Consultation Corner",
    ],
    ["a place answering the phone", "Hello, Kaede Hall speaking.", "Kaede Hall"],
    ["it's before a holiday, no name asked", "Yes hi, it's Golden Week, so closed?", "Golden Week"],
    ["it's before a holiday after a greeting", "Hi, it's Golden Week, so closed?", "Golden Week"],
    ["an Indonesian day after a kin word", "Anak saya Senin ke sekolah.", "Senin"],
    ["an Indonesian class after a kin word", "Anak saya Kelas 2 SD.", "Kelas"],
    ["a body's letters after a note's section", "8/3 市民課。NHK TV（受信料）の件。", "NHK TV"],
    [
      "words in capitals after an English note's desk",
      "8/5 Help desk. BUS CARD lost at the stop.",
      "BUS CARD",
    ],
    [
      "words in capitals before a verb not of a person",
      "8/5 Tax section. NEW RULES apply today.",
      "NEW RULES",
    ],
  ]);
});

describe("thirty-ninth round: a chat's officer in the desk's tag", () => {
  expectMasked(
    [
      [
        "a listed one-kanji surname that is also a place",
        "利用者：質問です。\n税務課（森）：承知しました。",
        "森",
      ],
      [
        "a romaji surname after a section in lower case",
        "User: Thanks.\nParks section (Yamamoto): You are welcome.",
        "Yamamoto",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a branch named by a direction", "出張所(北)まで来てください。", "北"],
    ["a section's field in lower case", "Tax section (Residence): see below", "Residence"],
    ["a short word in lower-case brackets", "Parks section (Open): 9-17", "Open"],
  ]);
});

describe("thirty-ninth round: words that are no name", () => {
  expectLeftAlone([
    [
      "what was done in Chinese, a note's last word",
      "8/2 年金課。CHEN YUTING（陈雨婷）。制度を中国語で案内。",
      "案内",
    ],
    ["a thing asked about after a clause", "電気がつかんのやけど、停電ですか？", "停電"],
    ["a kanji word of name kanji asked about", "朝から水が出んのやけど、漏水ですか？", "漏水"],
    ["a word asked about after けど", "朝から鳴っとるけど、警報ですか？", "警報"],
  ]);
  expectMasked(
    [
      ["a Chinese spelling still told", "劉です。中国語では刘雨桐と書きます。", "刘雨桐"],
      [
        "a listed surname still asked after a clause",
        "電話があったんですけど、佐藤ですか？",
        "佐藤",
      ],
    ],
    "person_name",
  );
});

describe("thirty-ninth round: addresses", () => {
  expectMasked(
    [
      [
        "a Vietnamese dormitory's word in lower case before the block",
        "Tôi ở phòng 12, ký túc xá Hoshi, 3-1-2 Kawabe-cho, Kiri-ku.",
        "phòng 12, ký túc xá Hoshi, 3-1-2 Kawabe-cho, Kiri-ku",
      ],
      [
        "a lower-case dormitory named by a company",
        "Địa chỉ: Phòng 301, ký túc xá công ty Minato, 1-4-7 Hamacho, Kiri-ku",
        "Phòng 301, ký túc xá công ty Minato, 1-4-7 Hamacho, Kiri-ku",
      ],
      [
        "an Indian address with its flat and PIN",
        "Current address: Flat 2A, 14 Lake View Road, Pune 411001",
        "Flat 2A, 14 Lake View Road, Pune 411001",
      ],
      [
        "a town with の right after its city",
        "実家は福岡県春日市梅の町2丁目4番1号です。",
        "福岡県春日市梅の町2丁目4番1号",
      ],
      [
        "a building in hiragana glued to the block",
        "住所は港町1丁目4番2号ひかり寮です。",
        "港町1丁目4番2号ひかり寮",
      ],
      [
        "a hiragana building before a particle",
        "港町1丁目4番2号さくら荘に住んでます",
        "港町1丁目4番2号さくら荘",
      ],
    ],
    "address",
  );
  expectLeftAlone([
    ["a street without its postcode", "We met on Lake View Road yesterday.", "Lake View Road"],
    ["a town word asked about", "区の町3丁目はどこですか", "区の町"],
    ["a clause before a dormitory", "港町1丁目4番2号にある寮です", "にある寮"],
    ["a postposition before a dormitory", "港町1丁目4番2号から寮まで", "から寮"],
  ]);
});

describe("thirty-ninth round: secrets", () => {
  expectMasked(
    [
      [
        "a PIN guessed with the western copula",
        "暗証番号が分からんようになって。4桁のほうは7719やったかな。",
        "7719",
      ],
      [
        "a PIN set in the past, guessed",
        "暗証番号を2回間違えて止まった。たぶん5820にしたと思う。",
        "5820",
      ],
    ],
    "secret",
  );
  expectLeftAlone([
    ["a count with the western copula", "暗証番号の件です。4桁のほうは2回やったかな。", "2回"],
    ["a year set in the past", "暗証番号を変えたい。たぶん2026年にした気がする。", "2026"],
  ]);
});

describe("thirty-ninth round: Japanese names", () => {
  expectMasked(
    [
      [
        "a reporter before the bracketed phone",
        "7/3 遺失物：財布、浅川（090-4417-2280）より。",
        "浅川",
      ],
      [
        "a company's clerk before the bracketed phone",
        "丸福商事の宮内（050-3321-0098）から連絡。",
        "宮内",
      ],
      [
        "a hunting club's member before the contact",
        "8/2 農林課。シカ被害。猟友会吉岡に連絡済み。",
        "吉岡",
      ],
      [
        "a spaced full name glued to the registration",
        "8/3 保険年金課。小野 葵国保加入。",
        "小野 葵",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a shop before the bracketed phone", "山田商店（03-3321-0098）に注文", "山田"],
    ["a city before the bracketed phone", "大阪（06-6321-0098）の支店", "大阪"],
    ["a hall in Latin letters before the phone", "Midori Hall (090-4417-2280)", "Midori Hall"],
    ["a club's office contacted", "猟友会事務局に連絡", "事務局"],
  ]);
});

describe("thirty-ninth round: a kin word glued to a full name with a kana given name", () => {
  expectMasked(
    [
      [
        "before へ and the note's verb",
        "8/4 高齢福祉係。申請書を長女西田 みえへ送付。",
        "西田 みえ",
      ],
      ["before に and the note's verb", "8/4 長男森田 ゆうに連絡。", "森田 ゆう"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a particle word after the space", "母石井 にも連絡", "にも"],
    ["a postposition after the space", "父山本 から連絡", "から"],
  ]);
});

describe("thirty-ninth round: an address lived at, in Chinese", () => {
  expectMasked(
    [
      [
        "a town after a ward, lived at in Chinese",
        "您好，住在白桦区枫台1丁目，想问一下。",
        "白桦区枫台1丁目",
      ],
    ],
    "address",
  );
  expectLeftAlone([
    ["the Chinese words for living at", "您好，住在白桦区枫台1丁目，想问一下。", "住在"],
  ]);
});

describe("thirty-ninth round: names the last round left", () => {
  expectMasked(
    [
      [
        "the kanji name after its katakana reading in one bracket",
        "本人（チャン・ミン、張敏）より電話。",
        "張敏",
      ],
      [
        "a memo's caller after the labelled phone",
        "メモ）Tel 090-3312-4478 葛城 （税務課へ転送）",
        "葛城",
      ],
      [
        "a katakana surname said again with the given name",
        "はい、ヤマモトです。ヤマモト、ミユキ。",
        "ヤマモト、ミユキ",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["an occupation in the bracket", "本人（チャン・ミン、会社員）より電話。", "会社員"],
    ["a section after the labelled phone", "Tel 090-3312-4478 市民課", "市民課"],
    ["a word of absence after the labelled phone", "Tel 090-3312-4478 不在 (折返し)", "不在"],
    [
      "a katakana word after the repeated surname",
      "はい、ヤマモトです。ヤマモト、カード」",
      "カード",
    ],
  ]);
});
