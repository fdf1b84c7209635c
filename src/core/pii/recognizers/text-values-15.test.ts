/**
 * Thirteenth round, second pass (pii-unseen-7 to -10 and the training sets): sentences of our own
 * for each new rule, and look-alikes that must stay unmasked. Every name, number and place is
 * invented.
 */
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("thirteenth round, second pass: dates of birth read in kana", () => {
  expectMasked(
    [
      [
        "an era date with spaces before ねん and がつ",
        "生年月日は へいせい じゅうさん ねん ろくがつ ようか です",
        "へいせい じゅうさん ねん ろくがつ ようか",
      ],
      [
        "an era date with the day in kana digits and にち",
        "うまれは しょうわ よんじゅうご ねん さん がつ じゅうに にち です",
        "しょうわ よんじゅうご ねん さん がつ じゅうに にち",
      ],
      [
        "a western year read with せん and ひゃく",
        "生年月日は せんきゅうひゃく ななじゅうに ねん くがつ はつか です",
        "せんきゅうひゃく ななじゅうに ねん くがつ はつか",
      ],
      [
        "a year of the 2000s read with にせん",
        "誕生日は、にせんじゅうよねん、しちがつ、ついたちです",
        "にせんじゅうよねん、しちがつ、ついたち",
      ],
    ],
    "birth_date",
  );
  expectLeftAlone([
    ["a price read with せん", "手数料は せんきゅうひゃく えん です", "せんきゅうひゃく"],
  ]);
});

describe("thirteenth round, second pass: a bare 記号番号", () => {
  expectMasked(
    [
      ["symbol and number joined by a hyphen", "記号番号は、271-5903です", "271-5903"],
      ["followed by a verb", "記号番号は63-1188になってます", "63-1188"],
    ],
    "health_insurance",
  );
  expectLeftAlone([
    ["a pension book's shape", "記号番号は 4821-305716 です", "4821-305716"],
    ["a ゆうちょ account's shape", "記号番号は 13570-246813 です", "13570-246813"],
  ]);
});

describe("thirteenth round, second pass: the person at the head of a staff note", () => {
  expectMasked(
    [
      ["a name before a date of birth", "（受付）桑畑美咲　1987年3月9日生　転入", "桑畑美咲"],
      ["a name before an address", "（職員メモ）砂越大翔、北原市本町2-4-6在住。不在。", "砂越大翔"],
      ["a name before a phone", "【受付】鷺沼陽菜 090-3141-5926 粗大ごみ", "鷺沼陽菜"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a procedure at the head of a note", "（受付）介護認定　令和6年4月1日", "介護認定"],
    [
      "an office at the head of a note",
      "（職員メモ）高齢福祉、北原市本町2-4-6へ訪問。",
      "高齢福祉",
    ],
  ]);
});

describe("thirteenth round, second pass: a household with a spaced honorific", () => {
  expectMasked(
    [["a surname, a spaced 様 and 宅", "訪問先 北原市本町2-4-6 柿崎 様宅", "柿崎"]],
    "person_name",
  );
  expectLeftAlone([["a title before 様宅", "本日 区長 様宅 訪問", "区長"]]);
});

describe("thirteenth round, second pass: kana block numbers", () => {
  expectMasked(
    [
      [
        "a ward, a town and three kana numbers with no address word",
        "えっと 北原区 の 柿木町 の、に の じゅうろく の さん です",
        "北原区 の 柿木町 の、に の じゅうろく の さん",
      ],
      [
        "a pause written with dots before the kana numbers",
        "住所は、北原市若葉台……えー、じゅうよんの、さんの、いち。",
        "若葉台……えー、じゅうよんの、さんの、いち",
      ],
    ],
    "address",
  );
  expectLeftAlone([["counting in a town", "北原市の本町でいち、に、さんと数えました", "いち"]]);
});

describe("thirteenth round, second pass: the name a message or a booking is under", () => {
  expectMasked(
    [
      [
        "a listed surname before からで in a message",
        "係の方に伝えてください、三好からで、折り返しは夕方以降に",
        "三好",
      ],
      [
        "a surname before から電話 in a message",
        "伝言お願いします、松井 から電話あったって",
        "松井",
      ],
      ["a surname before と言えば分かります", "高田 と言えば分かると思います", "高田"],
      ["a member of staff who dealt with it", "結局 森本 が 対応 したそうです", "森本"],
      ["the name a booking is under", "予約は 梶ヶ谷 で入れてあります", "梶ヶ谷"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a prefecture the caller calls from", "千葉から連絡します", "千葉"],
    ["an office that dealt with it", "窓口 が 対応 しました", "窓口"],
    ["a week a booking is for", "予約は 来週 で入れてあります", "来週"],
  ]);
});

describe("thirteenth round, second pass: a spaced full name after a kin word", () => {
  expectMasked(
    [
      [
        "a kin word, a space, a surname and a given name in katakana",
        "緊急連絡先:叔母 江端 キヨ 電話 080-2718-2818",
        "江端 キヨ",
      ],
      ["after a kin word and の", "世帯主は夫の 柏倉 大和 です", "柏倉 大和"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a company after a kin word", "兄の 大手 メーカー に勤めています", "大手"],
    ["paperwork after a kin word", "母の 介護 認定 の 結果", "介護"],
  ]);
});

describe("thirteenth round, second pass: the reply to a request for the name", () => {
  expectMasked(
    [
      [
        "a name in hiragana on the next turn",
        "【職員】お名前をお願いします。【市民】いわいあおいです。",
        "いわいあおい",
      ],
      [
        "surname and given name in hiragana after はい",
        "では、おなまえ を、ひらがな で。はい、よしずみ、かなた",
        "よしずみ、かなた",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a yes after the request", "お名前をお願いします。はい、そうです", "そう"],
    ["an answer that is a verb", "お名前を教えてください。はい、わかりました", "わかりました"],
  ]);
});
