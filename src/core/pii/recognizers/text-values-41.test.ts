/**
 * Thirty-sixth round: classes of pii-unseen-34's misses, in sentences of our own, and look-alikes
 * that must stay as they are. Every name, number and place is invented.
 */
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("thirty-sixth round: an address in English order with the lot before the town", () => {
  expectMasked(
    [
      [
        "a room and a building before the lot",
        "Address: Room 3, Kaede Heights Staff House, 482 Hoshino Daira, Kiri-ku\nPhone: 090-4410-2281",
        "Room 3, Kaede Heights Staff House, 482 Hoshino Daira, Kiri-ku",
      ],
      [
        "a building, then its room",
        "I moved in last week. It's Chalet Momiji Room 12, 77 Hoshino Daira, Kiri-ku.",
        "Chalet Momiji Room 12, 77 Hoshino Daira, Kiri-ku",
      ],
      ["the lot alone", "I live at 1203 Sugitani, Kiri-ku now.", "1203 Sugitani, Kiri-ku"],
      [
        "an address abroad with its postcode",
        "New address: 27 Wattle Street, Fitzroy VIC 3065\nEmail: x@example.com",
        "27 Wattle Street, Fitzroy VIC 3065",
      ],
    ],
    "address",
  );
  expectLeftAlone([
    [
      "a date before the town",
      "The festival is on February 7 Hoshino Daira, Kiri-ku.",
      "7 Hoshino",
    ],
    ["a year after in", "In 2041 Hoshino Daira, Kiri-ku will change.", "2041"],
    ["a town that reads as English", "Call 3 Main Street, Kiri-ku.", "Main Street"],
    ["a street without a postcode", "We met on 14 Wattle Street, it was 2019.", "Wattle Street"],
  ]);
});

describe("thirty-sixth round: a date of birth before a form's next field", () => {
  expectMasked(
    [
      [
        "a moving-out field after the date",
        "氏名：原 健\n生年月日：平成17年8月2日\n転出先：東京都",
        "平成17年8月2日",
      ],
    ],
    "birth_date",
  );
  expectLeftAlone([
    ["the day of moving, glued", "生年月日欄の下：令和8年3月2日転出予定", "令和8年3月2日"],
  ]);
});

describe("thirty-sixth round: the insurance a resident had before, as a label", () => {
  expectMasked(
    [
      ["a 6-digit insurer number", "前の保険：138651\n基礎年金番号：", "138651"],
      ["said in a sentence", "前の保険は06138515です。", "06138515"],
    ],
    "health_insurance",
  );
  expectLeftAlone([["a premium", "前の保険料は138651円でした。", "138651"]]);
});

describe("thirty-sixth round: surnames of Nagano and old-form spellings", () => {
  expectMasked(
    [
      ["a caller's Nagano surname", "こんにちは、両角です、先週も電話した者です。", "両角"],
      ["a Nagano surname in an officer's bracket", "市民課（倉科）：確認いたします。", "倉科"],
      ["an old-form 澤 after 担当", "次回は3/2。担当：唐澤。", "唐澤"],
      ["an old-form 條 in a note", "2/12 上條 ハル（76）より灯油の相談。", "上條 ハル"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["小口 as a word", "小口現金で払いました。", "小口"],
    ["a town ending in 台", "燃えないごみの日って何曜日でしたっけ。白樺台です。", "白樺台"],
  ]);
});

describe("thirty-sixth round: names in a chat turn and in a visit note", () => {
  expectMasked(
    [
      ["a resident's tag before the name", "住民：宮坂です。ごみの日はいつですか？", "宮坂"],
      ["a health nurse's title glued", "2/9 独居高齢者の見守り。保健師百瀬が訪問。", "百瀬"],
      [
        "the hamlet and the age in the bracket",
        "2/4 宮坂 ふみ（奥沢、90）より灯油の相談。",
        "宮坂 ふみ",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a day in the resident's turn", "住民：火曜日です。", "火曜日"],
    ["the title before a visit", "保健師訪問が決まりました。", "訪問"],
    ["no name before the bracket", "2/4 雪見 中央（会場、2）より搬送。", "中央"],
  ]);
});

describe("thirty-sixth round: names in Latin letters", () => {
  expectMasked(
    [
      ["a surname with Mc", "Hi, it's Ewan McKenzie. I'm at the lodge.", "Ewan McKenzie"],
      [
        "capitals before a card after a comma",
        "2/6 国保加入。HARRIS OWEN、在留カードQK40917283ZT、シーズン雇用。",
        "HARRIS OWEN",
      ],
      [
        "the first of several counted",
        "Two of our interns, Mia Carter and Noah Fisher, start on Monday.",
        "Mia Carter",
      ],
      [
        "the last of a list after and",
        "Two of our interns, Mia Carter and Noah Fisher, start on Monday.",
        "Noah Fisher",
      ],
      ["a Vietnamese name with Thị", "Em hỏi giúp cho Trần Thị Mai được không?", "Trần Thị Mai"],
      ["a Thai self-introduction", "สวัสดีครับ ผมชื่อ Anan Srisuk ครับ", "Anan Srisuk"],
      [
        "an officer in a desk's tag",
        "Resident: Thanks.\nTax Section (Arai): Please bring it.",
        "Arai",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    [
      "a card after a procedure",
      "2/6 国保加入手続き、在留カードQK40917283ZT確認。",
      "国保加入手続き",
    ],
    [
      "a place ending the list",
      "Two of our workers, Maria Lopez and Tokyo Station, came.",
      "Tokyo Station",
    ],
    ["a street named after a person", "Đường Lê Văn Sỹ ở quận 3.", "Lê Văn Sỹ"],
    ["a hotel's name in Thai", "โรงแรมชื่อ Yukimi Kogen ค่ะ", "Yukimi Kogen"],
    ["a language in a desk's tag", "Information Desk (English): Hello.", "English"],
  ]);
});

describe("thirty-sixth round: a password said as the current one, a caller from a cooperative", () => {
  expectMasked(
    [["the current one in the next sentence", "暗証番号を変えたいです。今のは8254です。", "8254"]],
    "secret",
  );
  expectMasked(
    [["a cooperative's staff", "もしもし、農協の熊谷です。講習会の件でお電話しました。", "熊谷"]],
    "person_name",
  );
  expectLeftAlone([
    ["a year in the next sentence", "暗証番号の件です。今のは2026年度の話です。", "2026"],
    ["a place of the cooperative", "もしもし、JAさくらの選果場です。", "選果場"],
    ["a lost thing", "落とし物したんですけど、水筒です。", "水筒"],
    ["an illness after a kin word", "娘がアレルギーで、給食が心配です。", "アレルギー"],
  ]);
});

describe("thirty-sixth round: a child's glued full name before the parent, recent given names", () => {
  expectMasked(
    [
      ["an unlisted surname glued", "2/3 水泳教室。麦倉陽菜の保護者より欠席の連絡。", "麦倉陽菜"],
      ["a recent given name", "2/3 水泳教室。田中伊織の保護者より欠席の連絡。", "田中伊織"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a class's parents", "2/3 水泳教室。年長組の保護者より欠席の連絡。", "年長組"],
    ["a club's parents", "2/3 放課後児童クラブの父母が来庁。", "クラブ"],
  ]);
});

describe("thirty-sixth round: a Latin name in a numbered roster", () => {
  expectMasked(
    [["a later item", "参加者：1. 佐藤 健 2. 山田 花子 3. Rahul Verma", "Rahul Verma"]],
    "person_name",
  );
  expectLeftAlone([
    ["a place as an item", "参加者：1. 佐藤 健 2. Tokyo Station", "Tokyo Station"],
    ["a thing as an item", "会場：1. 佐藤 健 2. Room Service", "Room Service"],
  ]);
});
