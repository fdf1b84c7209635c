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
