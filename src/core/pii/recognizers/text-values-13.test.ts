/**
 * Twelfth round (pii-unseen-10 read as a development set): one sentence of our own for each new
 * rule, and look-alikes that must stay unmasked. Every name, number and place is invented.
 */
import { findTypes } from "./test-helpers";
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("twelfth round: addresses said piece by piece", () => {
  expectMasked(
    [
      [
        "the 番 and 号 after a pause",
        "住所は若松区青葉台、えーと、四丁目の、八番の、二号です",
        "若松区青葉台、えーと、四丁目の、八番の、二号",
      ],
      [
        "the last number after 番地の",
        "所在地は桜川区松原町、五丁目、十一番地の、なな。",
        "桜川区松原町、五丁目、十一番地の、なな",
      ],
      [
        "大字 and 字 said apart",
        "住所は長野県北原市大字上野、字坂下204番地。",
        "長野県北原市大字上野、字坂下204番地",
      ],
      [
        "a building after the 番",
        "住所は桜川区松原4丁目15番、メゾン松原の201です",
        "桜川区松原4丁目15番、メゾン松原の201",
      ],
      [
        "a room read in kana",
        "桜川区松原二の五の三、松原グリーンハイツ、にまるさん。",
        "桜川区松原二の五の三、松原グリーンハイツ、にまるさん",
      ],
      [
        "a lot in kana after the town",
        "前の住所は山梨県西川市本町、ひゃくにじゅうばんち、です。",
        "山梨県西川市本町、ひゃくにじゅうばんち",
      ],
      [
        "a lot in kana after its label",
        "住所は桜川区松原三丁目。はい。番地が、にじゅうよんばんち。",
        "にじゅうよんばんち",
      ],
      [
        "an old flat described",
        "住所は桜川区松原2丁目4-6の、ほら、角のアパートの102",
        "桜川区松原2丁目4-6の、ほら、角のアパートの102",
      ],
      [
        "a landmark before the lot",
        "住所は桜川区松原3丁目の、ほら、公園の向かいの、8番地です",
        "桜川区松原3丁目の、ほら、公園の向かいの、8番地",
      ],
      [
        "an office named a sentence before",
        "差出人は区役所でした。届け先は桜川区松原2丁目5番地です。",
        "桜川区松原2丁目5番地",
      ],
      [
        "an English street",
        "My address: 2-4-8 Matsubara-dori, Sakuragawa-ku, Room 302.",
        "2-4-8 Matsubara-dori, Sakuragawa-ku, Room 302",
      ],
      [
        "a Portuguese address",
        "moro em Aoba 4-2-7, Sakuragawa-ku, apartamento 105.",
        "Aoba 4-2-7, Sakuragawa-ku, apartamento 105",
      ],
    ],
    "address",
  );
  expectLeftAlone([
    ["a format example in quotes", "番地は「4-5-6」と書きますか", "4-5-6"],
    ["a floor after the block", "住所は桜川区松原5丁目の、3階です", "3階"],
  ]);

  it("should keep an old and a new address apart", () => {
    const text = "転居です。桜川町4の6の10、桜川町5の1の2 メゾン桜202";
    expect(findTypes(text).filter((found) => found.type === "address")).toHaveLength(2);
  });
});

describe("twelfth round: dates of birth", () => {
  expectMasked(
    [
      [
        "the era year in brackets before 年",
        "1962(昭和37)年3月8日生まれです",
        "1962(昭和37)年3月8日",
      ],
      ["a two-digit year", "誕生日は'79の11月2日です", "'79の11月2日"],
      [
        "a filler inside the year",
        "生年月日は、20、えっと、01年の、7月の4日",
        "20、えっと、01年の、7月の4日",
      ],
      [
        "a pause after the year",
        "誕生日ですか、平成3年の……6月の、えーと、12日です",
        "平成3年の……6月の、えーと、12日",
      ],
      ["a pause after the month", "誕生日は9月の……15日です。年は昭和58年です", "9月の……15日"],
      ["the year said after the day", "誕生日は9月の……15日です。年は昭和58年です", "昭和58年"],
      ["the year before the label", "生まれは昭和49年で、誕生日が3月3日です。", "昭和49年"],
    ],
    "birth_date",
  );
  it("should mask the year of birth said again", () => {
    const text = "昭和49年で、誕生日が3月3日です。昭和49年は寅年です";
    const years = findTypes(text).filter((found) => found.text === "昭和49年");
    expect(years).toEqual([
      { type: "birth_date", text: "昭和49年" },
      { type: "birth_date", text: "昭和49年" },
    ]);
  });
  expectLeftAlone([["a year describing a group", "昭和40年生まれの方は対象です", "昭和40年"]]);
});

describe("twelfth round: corrections and numbers in pieces", () => {
  expectMasked(
    [
      [
        "an address taken back",
        "メールは taro77@example.com……あ、違う、taro78@example.com です",
        "taro77@example.com……あ、違う、taro78@example.com",
      ],
    ],
    "email",
  );
  expectMasked(
    [
      [
        "the last group said again",
        "電話は080-2211-5098……あ、すみません、最後は5089です。080-2211-5089。",
        "080-2211-5098……あ、すみません、最後は5089です。080-2211-5089",
      ],
    ],
    "phone",
  );
  expectMasked(
    [
      [
        "digits read one by one",
        "郵便番号は、6、0、4、の、8、5、7、1です",
        "6、0、4、の、8、5、7、1",
      ],
    ],
    "postal_code",
  );
  expectMasked(
    [["a staff note's MN", "来庁 本人MN408172639541 写し受領", "408172639541"]],
    "my_number",
  );
  expectMasked(
    [["letters, a filler, digits", "パスポートはTR、えっと、4821937です", "TR、えっと、4821937"]],
    "passport",
  );
  expectMasked(
    [["a 記号 in kanji", "国保の保険証、記号が桜北、番号が2207です", "桜北"]],
    "health_insurance",
  );
  expectLeftAlone([
    ["a map symbol", "地図の記号が寺です", "寺"],
    ["a count read out", "番号札は、3、5、7です", "3、5、7"],
  ]);
});

describe("twelfth round: names in forms, notes and explanations", () => {
  expectMasked(
    [
      ["a katakana given name after a surname", "登録者は祖母の宮坂 ハルです", "宮坂 ハル"],
      ["the surname before a given name", "名前は沢渡 悠真。学生です", "沢渡 悠真"],
      ["方書 in quotes", "方書は「川村方」でお願いします", "川村"],
      ["方書 after a colon", "住所:桜川区松原1丁目2番3号 (方書: 平野方)", "平野"],
      [
        "a staff member after the section",
        "保険年金課の長浜です、先日のお問い合わせの件で",
        "長浜",
      ],
      ["a staff member after 担当", "担当:窓口 早川 来庁者:本人 用件:転出届", "早川"],
      ["a relative in a note", "TEL 不在時は夫 村井 たかし へ 折返し", "村井 たかし"],
      ["a relative in brackets", "緊急連絡先:090-1234-5678(次女 今村 彩)", "今村 彩"],
      ["a surname explained kanji by kanji", "杉森の杉に、森林の森です", "杉森"],
      ["the kanji of a name listed", "漢字は小坂に、誠実の誠です", "小坂"],
      ["a reading field", "氏名(フリガナ):ミヤモト ケンタ", "ミヤモト ケンタ"],
      [
        "a relative in English",
        "My name is Laura Chen, and my husband is Marco Bellini.",
        "Marco Bellini",
      ],
      ["a surname field in Latin letters", "名前は、姓が Novak、名が Petra です", "Novak"],
      ["a given-name field in Latin letters", "名前は、姓が Novak、名が Petra です", "Petra"],
      ["a Tagalog introduction", "Ana Lopez Cruz po ako, taga-Sakuragawa.", "Ana Lopez Cruz"],
      ["a one-kanji name said again", "翼が、えっと、息子の翼が熱を出して", "翼"],
      ["a name spelled, then said whole", "名前の読みは、さ、か、い、です。さかい。", "さかい"],
      ["a kana given name after the surname", "名前は、たかはし、ゆうこ。", "たかはし、ゆうこ"],
      ["a relative's name in hiragana", "母の名前はけいこ、父はひろし。", "ひろし"],
      ["a katakana name after 私は", "私はアニタ。フィリピンから来ました", "アニタ"],
      ["a dotted name after 私", "私、ベトナムのグエン・ヴァン・ナムです", "グエン・ヴァン・ナム"],
      ["a name badge", "名札に岡野って書いてありました", "岡野"],
      ["a name and its reading", "娘は凛、りん、って読みます", "凛"],
      ["a reading after the name", "娘は凛、りん、って読みます", "りん"],
      [
        "a Latin name read in katakana",
        "名前は、姓が Santos、名が Pedro です。ペドロ・サントス。",
        "ペドロ・サントス",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a memorial named after a person", "山田太郎記念館の場所を教えてください", "山田太郎"],
    ["a statue named after a person", "鈴木健太郎像の前で待ち合わせです", "鈴木健太郎"],
    ["a job after 私は", "私はパートです。", "パート"],
    [
      "a sender nobody reads",
      "送信元は no-reply@ward.example.com でした",
      "no-reply@ward.example.com",
    ],
    ["a word after a section", "市民課の場合です", "場合"],
    ["an honorific after a name", "申込者 徳山 様 / 収集日 12月4日", "様"],
  ]);
});
