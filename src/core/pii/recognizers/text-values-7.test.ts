import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

/** 2026-12-04 (sixth round): the families of the fifth blind set's misses, with values of our own. */
describe("families of the fifth blind set (2026-12-04)", () => {
  describe("self-introductions in dialect and loose phrasings", () => {
    expectMasked(
      [
        ["Hiroshima いうもん", "わしは大河内いうもんですが、保険証のことで", "大河内"],
        ["Kansai ちゅうもん", "うちは森永っちゅうもんやけど、ゴミの日が知りたいねん", "森永"],
        ["っていうんだけど after the caller's own word", "おら、佐々木っていうんだけど", "佐々木"],
        ["と申す者", "わたくし、栗城と申す者です", "栗城"],
        ["と言う者", "わたくし、伊佐治と言う者ですが", "伊佐治"],
        ["a name given by someone who called", "区役所の年金課の中務って名乗ったんです", "中務"],
        ["という人", "加賀美という人から電話がありました", "加賀美"],
        ["a Kyushu って言うとよ", "あたしゃ、大迫ツルっていうとよ", "大迫ツル"],
        ["Tohoku だっちゃ (listed)", "おらは菅野だっちゃ", "菅野"],
        ["after a voicemail", "先ほど留守電に入れた小山内ですけど", "小山内"],
        ["after a visit", "先日伺った荒俣です", "荒俣"],
        ["a quote opening the answer", "「お名前をお願いします」「はい、木全です」", "木全"],
        ["an answer to お名前は？", "お名前は？ えっと、粟飯原です", "粟飯原"],
        [
          "the desk naming its staff",
          "お電話ありがとうございます、汐見区役所市民課の御手洗です",
          "御手洗",
        ],
        ["a kanji before a listed surname", "担当の勅使川原さんをお願いします", "勅使川原"],
      ],
      "person_name",
    );
    expectLeftAlone([
      ["こういうもんです", "こういうもんです", "こう"],
      [
        "a word introduced with っていうんですけど",
        "マイナポータルっていうんですけど",
        "マイナポータル",
      ],
      ["a benefit introduced with っていうんですけど", "児童手当っていうんですけど", "児童手当"],
      ["an office that calls itself the sender", "市役所の者です", "市役所"],
      ["a utility worker", "水道の者です", "水道"],
      ["a fraud caller's office", "区役所の保険課と名乗る男から電話がありました", "保険課"],
      ["a police impostor", "警察官と名乗る人から電話", "警察官"],
      ["an office and an ordinary word", "市民課の場合です", "場合"],
      ["an office and its hours", "市民課の時間です", "時間"],
      ["a country after はい", "はい、カナダです", "カナダ"],
      [
        "a loanword starting like a surname reading",
        "シンガポールっていうんですけど",
        "シンガポール",
      ],
      ["さん of a number read in kana", "答えは、いちのにのさんです", "いちの"],
    ]);
  });

  describe("relatives, dialect kin words and third parties", () => {
    expectMasked(
      [
        [
          "a relative and a rare spaced full name",
          "母の鍛冶場 トメと二人暮らしです",
          "鍛冶場 トメ",
        ],
        [
          "a relative and a katakana given name glued on",
          "ばあちゃんの東風平キヨが施設に",
          "東風平キヨ",
        ],
        ["おふくろ and a kana given name with 子", "おふくろの福留ヨシ子が", "福留ヨシ子"],
        [
          "a spaced name with a hiragana given name and 子",
          "義理の母の吉岡 すみ子が入院しました",
          "吉岡 すみ子",
        ],
        ["a kana given name and its kanji ending", "母のハル子が入院しまして", "ハル子"],
        [
          "a rare surname and an old given name",
          "祖父の仲宗根 正吉が亡くなりまして",
          "仲宗根 正吉",
        ],
        ["a given name after 弟が", "兄が勇斗、弟が陸斗です", "陸斗"],
        ["a listed given name after うちの", "うちの凪のことで相談が", "凪"],
        ["a child before ちゃん", "娘のりおちゃんが", "りお"],
        ["the staff after 担当の", "担当の宮之原から折り返します", "宮之原"],
        ["a health nurse", "保健師の荻野から連絡がありました", "荻野"],
        [
          "a Vietnamese name with ・",
          "夫のグエン・ヴァン・タンの手続きです",
          "グエン・ヴァン・タン",
        ],
        ["a Korean surname and given name glued", "本人は韓国籍の朴成浩です", "朴成浩"],
        ["a Chinese surname and a one-kanji given name", "本人は王 偉で、妻は李 娜です", "李 娜"],
      ],
      "person_name",
    );
    expectLeftAlone([
      ["うちの and a landmark", "うちの裏山で", "裏山"],
      ["うちの and a listed surname that is a word", "うちの小松菜が", "小松菜"],
      ["うちの and fields", "うちの田畑が", "田畑"],
      ["a relative and an illness in katakana", "父の大腸ガンの手術", "大腸ガン"],
      ["a relative and a memo", "母の携帯メモに", "携帯メモ"],
      ["a relative and a bed", "祖父の介護ベッドを", "介護ベッド"],
      ["a brother and 'for free'", "兄がタダで直してくれた", "タダ"],
      ["a school year in a list", "息子は陽人、小学生です", "小学生"],
      ["a nursery class", "年中さんになりました", "年中"],
      ["an office's counter", "担当の窓口", "窓口"],
      ["a brother's plans", "兄が来月結婚します", "来月"],
      ["a Korean-looking word", "はい、金曜です", "金曜"],
      ["a flood", "洪水です", "洪水"],
    ]);
  });

  describe("names continued, corrected, read and spelled", () => {
    expectMasked(
      [
        [
          "a full name after the block numbers and a building",
          "〒812-0011 北区青葉町1-2-3 グランメゾン青葉203 持田 千春",
          "持田 千春",
        ],
        ["a signature line", "よろしくお願いします。\n\n矢作 健太", "矢作 健太"],
        ["a signature by a contact line", "----\n小此木 恵\nTEL 090-2211-3344", "小此木 恵"],
        [
          "a katakana name corrected by one letter",
          "はい、サトウです…あ、違う、カトウです",
          "サトウ",
        ],
        ["a misprint after じゃなくて", "宛名が渡邉じゃなくて、渡辺になってます", "渡辺"],
        ["an old form of a kanji", "髙橋の髙ははしごの方です。髙橋 誠。", "髙橋"],
        ["the reading before the name", "わたくし、イワサキ、岩﨑と申します", "イワサキ"],
        ["a hiragana reading before the name", "えっと、かみしろ、神代です", "かみしろ"],
        ["a kana name then its kanji", "ツヅキは都築って書きます", "ツヅキ"],
        ["one given-name kanji after 下の名前は", "下の名前は凪です", "凪"],
        ["a reading in brackets after a weak label", "旧姓の鰐部（わにべ）で届いてます", "鰐部"],
        ["a reading in quotes after 書いて", "一と書いて「にのまえ」と読みます", "にのまえ"],
        [
          "a name after 名義 and a script word",
          "名義はカタカナでオオタケ ミチコです",
          "オオタケ ミチコ",
        ],
        ["a spelled name ending in 部", "生きる、田んぼ、部活の部で、生田部", "生田部"],
        ["a given name after 下は", "名前の綴りはK-I-M-U-R-A、木村です。下はシズカ。", "シズカ"],
        ["a hiragana given name after a space", "はい、えっと、柚木 ゆずは です", "柚木 ゆずは"],
      ],
      "person_name",
    );
    expectLeftAlone([
      ["a greeting before a name", "えっと、こんにちは、佐藤です", "こんにちは"],
      ["an adverb before a listed name", "もしもし、たぶん、加藤です", "たぶん"],
      ["a loanword corrected", "はい、コピーです…あ、違う、コピペです", "コピ"],
      ["a parking lot after 下は", "田中です。下は駐車場です", "駐車場"],
      ["the script word said before the kanji", "この字は、かんじは漢字って書く", "かんじ"],
      ["a closing line", "以上\nよろしく お願いします", "よろしく"],
      ["an office in a signature", "いつもお世話になっております。\n\n汐見区役所 市民課", "市民課"],
      ["a kanji explained by a word holding it", "飛翔の翔です", "翔"],
      ["a certificate before の件で", "被災証明の件で電話しました", "被災証明"],
      [
        "an apology after a name",
        "木下 和美です。えらいすんまへんな、何度も",
        "えらいすんまへんな",
      ],
    ]);
  });

  describe("names in Latin letters", () => {
    expectMasked(
      [
        [
          "a relative in an English sentence",
          "I'm calling for my wife Maria Santos.",
          "Maria Santos",
        ],
        ["capitals after 氏名", "氏名 TRAN THI LAN", "TRAN THI LAN"],
        ["capitals after a script word", "名前はローマ字で YUTA KOBAYASHI です", "YUTA KOBAYASHI"],
        [
          "the katakana after spelled letters",
          "スペルはB-A-T-B-A-Y-A-R、バトバヤルです",
          "バトバヤル",
        ],
        ["the katakana in brackets", "氏名 LE THI HOA（レ ティ ホア）", "レ ティ ホア"],
      ],
      "person_name",
    );
    expectLeftAlone([["a place in English", "I live in Tokyo now.", "Tokyo"]]);
  });

  describe("addresses, dates and numbers", () => {
    expectMasked(
      [
        [
          "a ward said before a kana address",
          "住所は、汐見区、ひばりがおか、さんちょうめ、じゅうにのよん",
          "汐見区、ひばりがおか、さんちょうめ、じゅうにのよん",
        ],
        [
          "いっちょうめ read back",
          "読み上げます、かすみだい、いっちょうめ、じゅうごばんの、に",
          "かすみだい、いっちょうめ、じゅうごばんの、に",
        ],
        ["a rural lot with 大字 and 字", "住所は大字上野字北原112番地", "大字上野字北原112番地"],
        [
          "an English address",
          "I live at 2-8-15 Minato-cho, Shiomi-ku.",
          "2-8-15 Minato-cho, Shiomi-ku",
        ],
        [
          "a katakana building name with a long vowel",
          "北区青葉町1-2-3 グランメゾン青葉203",
          "北区青葉町1-2-3 グランメゾン青葉203",
        ],
      ],
      "address",
    );
    expectMasked(
      [["a year with its era said after", "48年の5月12日生まれ、昭和です", "48年の5月12日"]],
      "birth_date",
    );
    expectMasked(
      [
        [
          "an address read in English",
          "メールは m.tanaka at example dot org です",
          "m.tanaka at example dot org",
        ],
      ],
      "email",
    );
    expectMasked(
      [
        [
          "a number said after a broken-off start",
          "電話は080、あ、違う、070-4455-6677です",
          "070-4455-6677",
        ],
      ],
      "phone",
    );
    expectMasked(
      [
        ["a 番号 read in kana", "保険証の記号はさんにいいち、番号はよんです", "よん"],
        ["a 記号 read in kana", "保険証の記号はさんにいいち、番号はよんです", "さんにいいち"],
      ],
      "health_insurance",
    );
    expectMasked(
      [["a 記号 before の and its 番号", "口座は記号10180の、番号12345671です、ゆうちょ", "10180"]],
      "postal_account",
    );
    expectLeftAlone([
      ["a toll-free number", "暗証番号を忘れたので0120-95-0178に電話しました", "95-0178"],
      ["a character count", "文字数は100字以内です", "100"],
      ["a reading of 大字", "大字の読み方を教えて", "大字"],
      ["a ward alone", "住所は北区、いや、わかりません", "北区"],
      ["a time in English", "Please call me at nine.", "nine"],
    ]);
  });
});
