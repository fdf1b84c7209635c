/**
 * Thirty-second round, pii-unseen-30 read: sentences of our own for the classes of its misses and
 * masked ordinary words, and look-alikes that must stay as they are. Every name, number and place
 * is invented.
 */
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("thirty-second round: a common noun after the polite prefix お/ご before さん", () => {
  expectLeftAlone([
    ["a pilgrim", "お遍路さんが寺の前で座り込んでいます。", "遍路"],
    ["a notice's heading", "【お遍路さんへ】遍路道は迂回となります。", "遍路"],
    ["a wrestler", "お相撲さんが来ました。", "相撲"],
    ["a roadside statue", "お地蔵さんの前で待っています。", "地蔵"],
    ["a retired man", "ご隠居さんに聞きました。", "隠居"],
  ]);
  expectMasked(
    [
      ["a surname after なお", "なお田中さんは来ません。", "田中"],
      ["a surname after the caller's の", "市民課の堀江さんにお願いします。", "堀江"],
    ],
    "person_name",
  );
});

describe("thirty-second round: where the caller lives, said with 私は…におります", () => {
  expectLeftAlone([
    ["a city with おります", "私は松山におります長男の者です。", "松山"],
    ["a city with 住んでいる", "私は高槻に住んでいる娘です。", "高槻"],
  ]);
  expectMasked(
    [
      ["the caller's name after the place", "私は松山におります長男の河野 修一です。", "河野 修一"],
      ["a relation's name with に after it", "私は長男の松山に頼まれました。", "松山"],
    ],
    "person_name",
  );
});

describe("thirty-second round: a bank named in romaji after a place", () => {
  expectLeftAlone([
    ["a credit union in a form", "Bank: Shiomi Shinkin Bank, Head Office", "Shiomi Shinkin"],
    ["a bank in Indonesian", "Rekening saya di Bank Takada Ginko, cabang Kita.", "Takada Ginko"],
  ]);
  expectMasked(
    [["a romaji full name", "Name: Shiomi Kenta\nBank: -", "Shiomi Kenta"]],
    "person_name",
  );
});

describe("thirty-second round: an ordinary kana word with a particle after a name", () => {
  expectLeftAlone([
    ["the postal bank with で", "石丸 修です。ゆうちょで、記号が16060です。", "ゆうちょ"],
  ]);
  expectMasked([["the name's reading", "石丸 修です。いしまるです。", "いしまる"]], "person_name");
});

describe("thirty-second round: Latin full names in Japanese notes before 氏, a nationality or after a spaced kin word", () => {
  expectMasked(
    [
      ["a name before 氏", "3/9 年金 相談（英語）Sean O'Brien 氏。年金番号確認。", "Sean O'Brien"],
      [
        "a name before a nationality",
        "3/13 転入予約 Clara Weiss ドイツ国籍 3/29 10:00。",
        "Clara Weiss",
      ],
      ["a name before a one-kanji nationality", "3/2 予約 Diego Lopez 米国籍。", "Diego Lopez"],
      ["a kin word spaced off the name", "出生届。夫 Rohan Mehta 大学 研究員。", "Rohan Mehta"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a form's name label", "Apple Music 氏名欄に記入", "Apple Music"],
    ["a word ending in 夫", "工夫 Google Drive を使う", "Google Drive"],
    ["a product before a nationality word", "国籍 Google Form で回答", "Google Form"],
  ]);
});

describe("thirty-second round: self-introductions on the phone in English, Vietnamese, Portuguese and Tagalog", () => {
  expectMasked(
    [
      ["it's and a given name", "Hi, it's Noah again, Noah Fischer. I called yesterday.", "Noah"],
      [
        "the full name after again",
        "Hi, it's Noah again, Noah Fischer. I called yesterday.",
        "Noah Fischer",
      ],
      ["em là", "Alo, em là Phạm Văn Long, em làm ở nhà máy.", "Phạm Văn Long"],
      ["aqui é", "Alô, aqui é Rafael Souza, trabalho na fábrica.", "Rafael Souza"],
      ["si … po ito", "Hello po, si Jocelyn Reyes po ito, taga-dormitory.", "Jocelyn Reyes"],
      ["a Tagalog name field", "Pangalan: Jocelyn Reyes\nTirahan: -", "Jocelyn Reyes"],
      [
        "a person who runs a farm",
        "I stayed at a farm run by Kenji Arai. It was nice.",
        "Kenji Arai",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a weekday after it's", "Hi, it's Monday again, I know.", "Monday"],
    ["it's and an adjective", "Hello, it's OK now.", "OK"],
    ["a word em là before lowercase", "Em là sinh viên ở Nhật.", "sinh"],
    ["an office running a shop", "The shop is run by Shiomi City Hall.", "Shiomi City"],
    ["a Tagalog sentence with ito", "Ito po si Ana.", "Ana"],
  ]);
});

describe("thirty-second round: a Tagalog form's date of birth", () => {
  expectMasked(
    [["Petsa ng kapanganakan", "Petsa ng kapanganakan: 22/10/1990\nTirahan: -", "22/10/1990"]],
    "birth_date",
  );
  expectLeftAlone([["an arrival date", "Petsa ng pagdating: 22/10/2027", "22/10/2027"]]);
});

describe("thirty-second round: PINs guessed in the next sentence, and what PW and a PIN word do not label", () => {
  expectMasked(
    [
      [
        "a code after its length said in kanji",
        "暗証番号が要るって聞いて。数字四桁のやつ、たぶん3071だと思うんですけど。",
        "3071",
      ],
      ["an English guess", "I forgot my PIN. I think it was 4182 but I'm not sure.", "4182"],
      ["an English probably", "I forgot my PIN. Probably it was 4182, sorry.", "4182"],
    ],
    "secret",
  );
  expectMasked(
    [
      [
        "a residence card after PW-like letters",
        "Thẻ cư trú của tôi là PW12345678NZ. Tôi ở",
        "PW12345678NZ",
      ],
    ],
    "residence_card",
  );
  expectMasked(
    [
      [
        "a date of birth near a PIN word",
        "3/8 暗証番号再設定 予約 高須賀 直人 H2.6.17生 3/10。",
        "H2.6.17",
      ],
    ],
    "birth_date",
  );
  expectLeftAlone([
    ["a year in the guess", "I forgot my PIN. I think it was 2024 when I got it.", "2024"],
    [
      "a time after the length",
      "暗証番号が要るって聞いて。数字四桁のやつ、たぶん10時ごろだと思う",
      "10",
    ],
  ]);
});

describe("thirty-second round: account and phone numbers in other languages and signatures", () => {
  expectMasked(
    [["an Indonesian account", "Nomor rekening saya 4417203, atas nama saya.", "4417203"]],
    "bank_account",
  );
  expectMasked(
    [
      [
        "a direct line after a corporate number's line",
        "法人番号：3366492261099\n直通：0898-36-7213",
        "0898-36-7213",
      ],
    ],
    "phone",
  );
  expectLeftAlone([
    [
      "a number on the corporate number's line",
      "法人番号 3366492261099 0898-36-7213",
      "0898-36-7213",
    ],
  ]);
});

describe("thirty-second round: Hangul full names among a Japanese note's words", () => {
  expectMasked(
    [
      ["after a nationality", "3/27 韓国籍 이서연 旅券 受付。", "이서연"],
      ["after a spaced kin word", "住居地届出 受付、夫 최민호 同行。", "최민호"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a Korean sentence's topic", "주소는 東京都港区1-2-3 입니다", "주소는"],
    ["a quoted Korean word", "韓国語の 안녕히 は「さようなら」の意味。", "안녕히"],
    ["a two-syllable word", "韓国は 한국 と書く。", "한국"],
    ["a word with a particle", "3/2 韓国籍。窓口で 서울에 住んでいたと。", "서울에"],
  ]);
});

describe("thirty-second round: the caller's わたし glued before a kana surname", () => {
  expectMasked(
    [
      [
        "a listed reading after わたし",
        "えっとね、わたしもりたですけど、見守りのお願いで。",
        "もりた",
      ],
      ["a listed reading after あたし", "あのね、あたしはまだですけど、お弁当の件で。", "はまだ"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["わたしたち", "はい、わたしたちですけど、見学の件で。", "わたしたち"],
    ["わたし and うち", "わたしうちですけど、", "わたしうち"],
  ]);
});

describe("thirty-second round: a kanji-only 国保 記号 after a change of address in a note", () => {
  expectMasked(
    [
      [
        "a note's symbol after 住所変更",
        "3/27 国保 住所変更 森 千尋 記号 港北 番号 40213。",
        "港北",
      ],
      ["after 生年月日 said", "国保 生年月日変更 記号 港北 番号 40213。", "港北"],
    ],
    "health_insurance",
  );
  expectLeftAlone([["no insurance word", "住所変更 記号 港北 番号 40213。", "港北"]]);
});
