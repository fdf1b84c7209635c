/**
 * Fourteenth round (pii-unseen-12 read): sentences of our own, in other wording than the fixture
 * lines, for each general signal, and look-alikes that must stay unmasked. Every name, number and
 * place is invented.
 */
import { maskPii } from "../mask-pii";
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("fourteenth round: a full name written with a space", () => {
  expectMasked(
    [
      ["a self-introduction", "杉浦 碧斗です。児童手当の件でお電話しました。", "杉浦 碧斗"],
      [
        "an unlisted surname before と申します",
        "お世話になります、汐崎 美緒と申します。",
        "汐崎 美緒",
      ],
      ["a Chinese name", "王 子涵と申します。中国から来ました。", "王 子涵"],
      ["the head of a message", "長谷部 凛、080-2345-6789、転居の件です。", "長谷部 凛"],
      ["a child's name after a kin word", "子どもの李 浩然の入園についてです。", "李 浩然"],
      ["a name field glued to the name", "氏名梶尾 瑛太、生年月日は未記入です。", "梶尾 瑛太"],
      [
        "a kana given name after a name field",
        "氏名:鴇田 ゆかり 携帯:090-1111-2222",
        "鴇田 ゆかり",
      ],
      ["after a verb", "昨日お伺いした綾部 拓です、書類の件で。", "綾部 拓"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["two words of a note", "本庁 別館の2階です。", "本庁 別館"],
    ["a field that holds no name", "件名：国保 加入", "国保 加入"],
    ["a section and a place", "市民課 窓口、午後は混みます。", "市民課 窓口"],
    ["a verb after a word", "復唱 します、よろしいですか。", "します"],
    ["an amount and a copula", "自己負担は 8,000円 でした。", "でした"],
  ]);
});

describe("fourteenth round: katakana names joined by ・ or ＝", () => {
  expectMasked(
    [
      [
        "a name after a document number",
        "旅券はAB1234567です。アイシェ・カヤ、トルコ出身です。",
        "アイシェ・カヤ",
      ],
      [
        "a name with ＝ before さん",
        "カルロス＝エドゥアルド・リマさんの件で伺いました。",
        "カルロス＝エドゥアルド・リマ",
      ],
      ["a short part before です", "はい、パク・ソヨンです。", "パク・ソヨン"],
      [
        "a part said alone before",
        "エレナです。エレナ・ペトロワ。よろしくお願いします。",
        "エレナ",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a building before its town", "ラ・メール琥珀橋の前で待ち合わせです。", "ラ・メール"],
    ["a service name before の", "マイナ・ポータルの使い方を教えてください。", "マイナ・ポータル"],
  ]);
});

describe("fourteenth round: names in Latin letters", () => {
  expectMasked(
    [
      [
        "the subject of an English sentence",
        "Priya Raman here, calling about the tax form.",
        "Priya Raman",
      ],
      [
        "a hyphenated name before asked",
        "Lars-Erik Nyberg asked me to call you today.",
        "Lars-Erik Nyberg",
      ],
      ["a possessive", "Joao Pedro Almeida's residence card has expired.", "Joao Pedro Almeida"],
      ["a romanised name before です", "Chen Yuting です。留学生です。", "Chen Yuting"],
      ["an account holder in capitals", "Acc. No. 7654321, holder SATO MIKA", "SATO MIKA"],
      [
        "a name with an apostrophe after Name:",
        "Tel: 050-1234-5678 / Name: Aoife O'Connor",
        "Aoife O'Connor",
      ],
      ["a household after c/o", "Please send it to 3-4-5 Hanazono, Kita-ku, c/o Mori.", "Mori"],
    ],
    "person_name",
  );
  expectLeftAlone([
    [
      "a building at the start of a sentence",
      "Maple Court is the building next to the station.",
      "Maple Court",
    ],
    ["a bank and its branch", "Bank: Aonami Shinkin, Chuo Branch", "Aonami Shinkin"],
  ]);
});

describe("fourteenth round: the child or spouse a caller introduces themselves by", () => {
  expectMasked(
    [
      [
        "a child's katakana name before の母です",
        "エミリーの母です。エミリーは来年入学です。",
        "エミリー",
      ],
      ["a spouse after 夫は", "夫はアントニオです。私は日本人です。", "アントニオ"],
      ["a child's kanji name before の父です", "陽葵の父です、保育園の件で。", "陽葵"],
      ["the name one asks to be called", "マリアと呼んでください。", "マリア"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["what a spouse does", "妻はパートです。", "パート"],
    ["where a spouse is from", "夫はブラジルです。", "ブラジル"],
    ["a child's school year", "息子は中学生で、部活が忙しいです。", "中学生"],
  ]);
});

describe("fourteenth round: a surname that opens the call", () => {
  expectMasked(
    [
      ["a hiragana surname after もしもし", "もしもし、かざまですけど、さっきの件で。", "かざま"],
      ["a kanji surname then its reading", "都築です、つづき。転出の件です。", "都築"],
      ["the reading after a kanji surname", "都築です、つづき。転出の件です。", "つづき"],
      ["a surname then how it is written", "鷲尾です、鳥の鷲という字です。", "鷲尾"],
      ["a full name then its reading", "柚木 朔です、ゆのきさく。", "ゆのきさく"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a reply", "はい、そうなんです。", "そうなん"],
    ["a filler after a surname", "中山です。あの、主人の分もお願いします。", "あの"],
    ["a bank said after a full stop", "記号と番号は控えました。ゆうちょです。", "ゆうちょ"],
  ]);
});

describe("fourteenth round: Korean names", () => {
  expectMasked(
    [["a name before 입니다", "최 민준 입니다. 전입 신고요.", "최 민준"]],
    "person_name",
  );
  expectLeftAlone([
    ["spaced words before a copula", "어머니가 장기 입원이에요.", "장기 입원"],
    ["a word and a copula", "카드 만료예요.", "카드 만료"],
  ]);
});

describe("fourteenth round: items read in a row like a form", () => {
  expectMasked(
    [
      ["an era date after a name", "桐谷 絵美、平成3年7月22日、090-1234-5678。", "平成3年7月22日"],
      ["a letter-era date after a name", "大城 健、S52/3/8、住所は未定。", "S52/3/8"],
      [
        "a western date after a name",
        "Name: Ines Duarte, 1984/11/02, Tel 090-3333-4444",
        "1984/11/02",
      ],
      ["a day, month and year with dots", "本人は5.11.1987生まれです。", "5.11.1987"],
    ],
    "birth_date",
  );
  expectLeftAlone([
    ["a future date after a name", "宮坂 翼、2031年4月1日、転入予定です。", "2031年4月1日"],
    ["a date before に", "宮坂 翼、平成30年4月1日に転入しました。", "平成30年4月1日"],
    ["dots with no birth word", "会議は3.4.2025に開きます。", "3.4.2025"],
  ]);
  expectMasked(
    [
      ["a household after the address", "郵送先は霧笛区楓台4-2-9、楠方、森 絵里です。", "楠"],
      [
        "a household after a building and room",
        "〒167-0011 霧笛区楓台4-2-9 グランコート3号 楠方 森 絵里様",
        "楠",
      ],
    ],
    "person_name",
  );
  expectMasked(
    [
      [
        "a building and room after the block",
        "住所は霧笛区楓台2-3-4 グラン・コート楓203、電話は090-1111-2222。",
        "グラン・コート楓203",
      ],
      [
        "room and building first",
        "Address: Room 12, Cedar House, 3-4-5 Hanazono, Kita-ku.",
        "Room 12, Cedar House, ",
      ],
      ["the ward after the block", "Send it to Hanazono-cho 3-4-5, Kita-ku please.", ", Kita-ku"],
      ["the ward and town first", "주소는 Kita-ku Hanazono 3-4-5 입니다.", "Kita-ku Hanazono"],
    ],
    "address",
  );
});

describe("fourteenth round: a building whose name starts with 月, 日 or 年", () => {
  expectMasked(
    [
      [
        "a building after the block",
        "送り先は北区緑町2-5-7 日向荘201号室です。",
        "北区緑町2-5-7 日向荘201号室",
      ],
      [
        "a building and room after a postal code",
        "〒160-0001 北区緑町3-1-4 月見ハイツ5号 宛",
        "北区緑町3-1-4 月見ハイツ5号",
      ],
    ],
    "address",
  );
  expectLeftAlone([
    ["days after a range", "書類は2-3 日後に届きます。", "2-3"],
    ["a month said after numbers", "面談は10-11 月中に行います。", "10-11"],
  ]);
});

describe("fourteenth round: numbers labelled as something else", () => {
  expectLeftAlone([
    [
      "a case number",
      "ケース番号 2025-114422 について。年金番号は1234-567890です。",
      "2025-114422",
    ],
    [
      "a receipt number near an account",
      "受付番号 8812345 の件、振込先の口座番号は8812354です。",
      "8812345",
    ],
    [
      "a product code near a postal code",
      "郵便番号は160-0023です。品番 160-0032Aの話ではありません。",
      "160-0032",
    ],
    [
      "an order number",
      "ご注文番号2025-1104-0921の件でお電話しました、北区役所の売店です。",
      "2025-1104-0921",
    ],
    [
      "an appointment day under a date of birth",
      "生年月日：1960年5月2日 希望日：1月20日（火）",
      "1月20日",
    ],
    [
      "an office's address",
      "中央区役所の電話番号は03-1234-5678、住所は中央区本町1丁目1番1号です。",
      "本町1丁目1番1号",
    ],
  ]);
  expectMasked(
    [
      [
        "a phone said not to be an extension",
        "内線ではなく直通で、03-5555-1234にお願いします。",
        "03-5555-1234",
      ],
    ],
    "phone",
  );
  expectMasked(
    [["an account number after Acc. No.", "Bank: Kita Shinkin, Acc. No. 7654321", "7654321"]],
    "bank_account",
  );
});

describe("fourteenth round: public figures and places that share a surname", () => {
  const masked = (text: string) => maskPii(text).masked;
  it("should leave a person named by an elected office alone", () => {
    expect(masked("知事の大河内 正臣が来週視察に来ます。")).toBe(
      "知事の大河内 正臣が来週視察に来ます。",
    );
    expect(masked("北区長の荒巻 宗一郎さんの挨拶がありました。")).toContain("荒巻 宗一郎");
  });
  it("should leave a doctor of a public hospital alone", () => {
    expect(masked("県立病院の真鍋 恭子先生に紹介状を書いてもらいました。")).toContain("真鍋 恭子");
  });
  it("should leave an author named with a work alone", () => {
    expect(masked("図書館で夏目漱石の全集を借りたいです。")).toContain("夏目漱石");
  });
  it("should leave the surname alone where a place is meant", () => {
    const out = masked("松本に住んでいる姉の松本 沙耶に委任状を頼みました。");
    expect(out.startsWith("松本に住んでいる")).toBe(true);
    expect(out).not.toContain("沙耶");
  });
  it("should leave a station or a public figure with the caller's surname alone", () => {
    expect(masked("篠崎 蓮です。篠崎駅の近くの集積所の件で。")).toContain("篠崎駅");
    expect(masked("夏目 彩花です、夏目漱石とは関係ありません。")).toContain("夏目漱石");
  });
});
