/**
 * Thirteenth round (pii-unseen-11 read as a development set): sentences of our own for each new
 * rule, and look-alikes that must stay unmasked. Every name, number and place is invented.
 */
import { findTypes } from "./test-helpers";
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("thirteenth round: addresses", () => {
  expectMasked(
    [
      [
        "the caller's home said after an office",
        "集会所は若葉町二丁目の児童館の隣ですが、うちは若葉町二丁目五番八号です",
        "若葉町二丁目五番八号",
      ],
      [
        "the caller's home after a library named with its block",
        "市立図書館(若葉町1丁目2番)の向かいの、若葉町1丁目7番3号の者です。",
        "若葉町1丁目7番3号",
      ],
      [
        "my home on the same street as the office",
        "支所は柳通2-2-2で、私の家は同じ柳通5-14-9です",
        "柳通5-14-9",
      ],
      [
        "the kind of building, its name and the room",
        "住所は若葉町三丁目八番一号のマンション、コーポ若葉の305です",
        "若葉町三丁目八番一号のマンション、コーポ若葉の305",
      ],
      [
        "a wing and room after the building",
        "自宅は若葉町二丁目四番地の六、若葉第一ハイツ、B棟の204です",
        "若葉町二丁目四番地の六、若葉第一ハイツ、B棟の204",
      ],
      [
        "a building and 号室 where the caller lives",
        "駅前のマンション、グランシエル若葉の1203号室に住んでいます",
        "グランシエル若葉の1203号室",
      ],
      [
        "a block and room after a postal code",
        "〒987-6543 柳区若葉台2-8-14-303",
        "柳区若葉台2-8-14-303",
      ],
      ["a town ending in 橋 before its lot", "石田橋の三百五番地です", "石田橋の三百五番地"],
      [
        "a city said with の before the town",
        "住所は北原市の本郷町七番地の二",
        "北原市の本郷町七番地の二",
      ],
      [
        "ten said as とお before 番",
        "住所は北原市本郷三丁目とお番四号です",
        "北原市本郷三丁目とお番四号",
      ],
      [
        "a 丁目 taken back",
        "柳区若葉台四丁目、あ、違う、三丁目の十二番五号です",
        "柳区若葉台四丁目、あ、違う、三丁目の十二番五号",
      ],
      [
        "an English address with its building",
        "Address: 2-5-9 Wakaba, Yanagi-ku, Room 402, Maple Heights Wakaba",
        "2-5-9 Wakaba, Yanagi-ku, Room 402, Maple Heights Wakaba",
      ],
    ],
    "address",
  );
  expectLeftAlone([
    ["a block template", "番地は「〇丁目〇番〇号」の形で書いてください", "〇丁目〇番〇号"],
    [
      "an office's address before the caller's",
      "図書館の住所は若葉町1丁目2番です",
      "若葉町1丁目2番",
    ],
  ]);
});

describe("thirteenth round: public numbers and mailboxes", () => {
  expectLeftAlone([
    ["an office's postal code", "北原市役所の郵便番号は〒123-4567です", "123-4567"],
    [
      "a postal code heading an office's address",
      "〒123-4567 北原市本町1-1(北原市役所)の三階へ",
      "123-4567",
    ],
    ["a city's mailbox", "送り先は kosodate@city-kitahara.example.jp です", "kosodate@"],
  ]);
  expectMasked(
    [["a person's mail at a city's domain", "t.yanagi@city-kitahara.example.jp", "t.yanagi"]],
    "email",
  );
});

describe("thirteenth round: names", () => {
  expectMasked(
    [
      ["a name on a door plate", "表札には柚木と書いてありました", "柚木"],
      ["the officer taking the call", "はい、納税課、担当の水無瀬が承ります", "水無瀬"],
      ["the officer said twice", "こちらは保険課の梶、梶が伺います", "梶"],
      ["a child's name before っていう娘", "それと、みお、っていう娘がいます", "みお"],
      ["a caller with a role", "私は司法書士の栗栖と申します", "栗栖"],
      ["a caller after a field word", "申請者は私、松代です。", "松代"],
      ["the caller by where they live", "二丁目のアパートに住む鹿島田です", "鹿島田"],
      ["a spaced full name after a kin word", "母は榎戸 修子です", "榎戸 修子"],
      ["a spaced full name after a profession", "行政書士 樽見 和也(事務所)", "樽見 和也"],
      ["a staff note's person", "TEL 本人 勅使河原 住所 柳区若葉台2-8-14", "勅使河原"],
      ["a relative's name and its reading", "伯母は神楽、かぐら、と読みます。", "神楽"],
      ["the reading of it", "伯母は神楽、かぐら、と読みます。", "かぐら"],
      [
        "a name in kana with an honorific after a label",
        "名前は、確か、ほづみさん、です",
        "ほづみ",
      ],
      ["a household item of a list", "祖父の源蔵、祖母のトメ、父の昭一の三人", "源蔵"],
      ["a one-kanji child in a list", "長男の翼と次男の光の分です", "翼"],
      [
        "the family's surname with another given name",
        "夫の柚原和人と、義母の柚原タエです",
        "柚原和人",
      ],
      ["a katakana surname said twice", "ｶｼﾞﾜﾗ ﾀｹｼ　ｶｼﾞﾜﾗ ﾐﾂｺ", "ｶｼﾞﾜﾗ ﾐﾂｺ"],
      [
        "the surname alone before the full name",
        "パートをしていた梶です、はい、梶ゆかりです",
        "梶",
      ],
      ["a hiragana name said again", "娘は、ひなのといいますが、ひなのが熱を出して", "ひなの"],
      ["a surname explained and said again", "祖母は、東雲、東の雲で東雲です", "東雲"],
      ["a given name after 下は", "大伴、大きいの大の伴で大伴、下は芳造です", "芳造"],
      ["a surname written with ツ", "氏名:六ツ川 優斗", "六ツ川 優斗"],
      ["a relative's name in English", "my daughter, Ms. Lena Brandt, will come", "Lena Brandt"],
      ["a surname in capitals after a kin word", "his son KITAHARA Ren came", "KITAHARA Ren"],
      ["a spouse field", "Applicant: Omar Haddad (spouse: Leila Haddad)", "Leila Haddad"],
      ["a newborn", "we want to register our newborn, Noah Brandt.", "Noah Brandt"],
      ["a Latin name after a Japanese kin word", "妻のLE THI MAIと一緒に来ます", "LE THI MAI"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["an occupation after 私は", "私は会社員です", "会社員"],
    ["an occupation after 私、", "私、看護師です", "看護師"],
    ["a place after 私、", "私、大阪です", "大阪"],
    ["the section taking the call", "担当の課がお受けします", "課"],
    ["a word after a spaced surname", "本人 梶 不在時は妻へ", "不在時"],
    ["an acronym after a kin word", "母のNHK ONEの契約について", "NHK"],
    ["a small word before capitals", "my son MIKE said", "son"],
  ]);
});

describe("thirteenth round: numbers, e-mail and dates of birth", () => {
  expectMasked(
    [["a phone written with slashes", "折返し 080/4411/2857 夕方以降", "080/4411/2857"]],
    "phone",
  );
  expectMasked(
    [
      ["a PIN after its length", "暗証番号は 4 桁で、5 2 9 0 です", "5 2 9 0"],
      ["a PIN read in kana", "暗証番号、えっと、ごーなないちさんだったと思う", "ごーなないちさん"],
    ],
    "secret",
  );
  expectMasked(
    [
      [
        "a mail host said as メール",
        "アドレスは、はると、アットマーク、メール、ドット、イグザンプル、ドット、ネットです",
        "はると、アットマーク、メール、ドット、イグザンプル、ドット、ネット",
      ],
    ],
    "email",
  );
  expectMasked(
    [
      ["a day said as a kana word", "生年月日は、昭和の、五十年の、三月、とおか", "とおか"],
      ["dates listed before 生まれ", "上から2015年4月2日、2018年6月30日生まれです", "2015年4月2日"],
    ],
    "birth_date",
  );
  expectLeftAlone([
    ["a date with slashes", "受付は 05/12/2024 です", "05/12/2024"],
    ["a PIN's length only", "暗証番号がわからない", "暗証番号"],
    [
      "a deadline before a birth date",
      "締切は2024年5月3日、2017年9月28日生まれの方",
      "2024年5月3日",
    ],
  ]);

  it("should keep a postal code read digit by digit", () => {
    expect(findTypes("郵便番号は 7 3 1 4 4 0 3")).toEqual([
      { type: "postal_code", text: "7 3 1 4 4 0 3" },
    ]);
  });
});
