/**
 * Twenty-eighth round, pii-unseen-26 read: sentences of our own for the classes of its misses and
 * masked ordinary words, and look-alikes that must stay as they are. Every name, number and place
 * is invented.
 */
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("twenty-eighth round: whoever stands before a bracket with their date of birth", () => {
  expectMasked(
    [
      ["a kanji full name in a note", "6/2 窓口。里見康弘（S41.3.8生、60）。転入。", "里見康弘"],
      ["a kana given name glued on", "6/3 窓口。宇野ちえ子（S30.1.4生、71）。", "宇野ちえ子"],
      ["a hiragana given name", "6/3 来庁。浅田ゆみ（H3.2.1生、35）。", "浅田ゆみ"],
      ["a katakana given name", "6/3 窓口。杉山ハツヨ（S12.5.6生）。", "杉山ハツヨ"],
      [
        "a Latin name with diacritics",
        "6/4 窓口。Đặng Văn Tú（2001-04-09生、25）。在留カード確認。",
        "Đặng Văn Tú",
      ],
      [
        "a dotted katakana name",
        "6/5 窓口。ロサリオ・メンドーサ（1988-07-21生、38）国保加入。",
        "ロサリオ・メンドーサ",
      ],
      ["after the age", "6/6 来庁。相沢正敏（66、S35.2.3生）。", "相沢正敏"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a kin word", "電話。本人（S41.3.8生）の母より。", "本人"],
    ["a child by its place in the family", "長男（H20.5.5生）の児童手当。", "長男"],
    ["the honorific after a found name", "6/2 窓口。里見和弘様（S41.3.8生）。", "様"],
  ]);
});
