/**
 * Thirty-fourth round, pii-unseen-32 read: sentences of our own for the classes of its misses, and
 * look-alikes that must stay as they are. Every name, number and place is invented.
 */
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("thirty-fourth round: full names in capitals in Japanese notes", () => {
  const list = "転入3件。LE VAN AN、PHAM THI HOA、DO MINH DUC。";
  expectMasked(
    [
      [
        "after the date, before the note's word",
        "9/2 KOWALSKI MAREK 転入。在留カード確認。",
        "KOWALSKI MAREK",
      ],
      ["after the date, before katakana", "9/3 SANTOS ANA パスポート確認、転入。", "SANTOS ANA"],
      [
        "glued after a kin word opening a sentence",
        "母親入院。妻SILVA CLARAが同行。",
        "SILVA CLARA",
      ],
      [
        "before の and the residence card",
        "寮の担当です。PHAM VAN TOANの在留カードを紛失しました。",
        "PHAM VAN TOAN",
      ],
      ["the first of a list joined by 、", list, "LE VAN AN"],
      ["the second of the list", list, "PHAM THI HOA"],
      ["the last of the list", list, "DO MINH DUC"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a card's name in capitals after the date", "9/2 MY NUMBER CARD 交付。", "MY NUMBER CARD"],
    ["a club in capitals after the date", "9/2 ENGLISH CLUB 来庁。", "ENGLISH CLUB"],
    ["languages in capitals listed", "対応言語：ENGLISH ONLY、CHINESE ONLY", "ENGLISH ONLY"],
  ]);
});

describe("thirty-fourth round: a name in simplified characters opening a note without kana", () => {
  expectMasked([["a note's person", "9/1 刘洋 転入 受付。", "刘洋"]], "person_name");
  expectLeftAlone([["a Chinese word in a Chinese line", "9/1 马上 办理 受理。", "马上"]]);
});

describe("thirty-fourth round: the officer in brackets after the desk heading a chat's reply", () => {
  expectMasked(
    [["a listed surname", "青葉区役所 市民課（山口）：窓口でお待ちしています。", "山口"]],
    "person_name",
  );
  expectLeftAlone([
    ["a scheme in brackets", "青葉区役所 保険年金課（国保）：窓口でお待ちしています。", "国保"],
  ]);
});

describe("thirty-fourth round: Latin full names after a greeting and Vietnamese 'của'", () => {
  expectMasked(
    [
      ["a caller again after Hi", "Hi, Marta Nowak again. My card is lost.", "Marta Nowak"],
      ["a caller here after Hello", "Hello, Tom Berg here. I called yesterday.", "Tom Berg"],
      [
        "a roommate of a full name",
        "Alo, em là Trần Thu, bạn cùng phòng của Phạm Minh Châu. Châu bị ốm.",
        "Phạm Minh Châu",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a team greeted again", "Hi, Team again. The meeting is at 3.", "Team"],
    ["an office here", "Hello, Ward Office here. Please call back.", "Ward Office"],
    ["an office of a ward", "Em gọi cho văn phòng của Phường Aoba.", "Phường Aoba"],
    ["a company's child", "Con của Công Ty Aoba đến.", "Công Ty Aoba"],
  ]);
});

describe("thirty-fourth round: a shrine named in English is a place", () => {
  expectLeftAlone([
    ["a shrine's festival", "Aoyama Shrine's autumn festival starts on Friday.", "Aoyama Shrine"],
    ["a temple's garden", "Kinkaku Temple's garden is open.", "Kinkaku Temple"],
  ]);
  expectMasked(
    [["a person's passport", "Hiroko Tanabe's passport was found.", "Hiroko Tanabe"]],
    "person_name",
  );
});
