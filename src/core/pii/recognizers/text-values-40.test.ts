/**
 * Thirty-fifth round, second part: classes left from earlier rounds, in sentences of our own, and
 * look-alikes that must stay as they are. Every name, number and place is invented.
 */
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("thirty-fifth round, second part: a postal code given far from its word", () => {
  expectMasked(
    [
      [
        "looked up and given after the address",
        "郵便番号が分からなくて。楓ケ丘3丁目12番5号 コーポ楓2階201。はい、064-0822です。",
        "064-0822",
      ],
      [
        "given after an aside",
        "郵便番号ね、ちょっと待って、ハガキを探しますから…あった、これです。はい、931-8442。",
        "931-8442",
      ],
    ],
    "postal_code",
  );
  expectLeftAlone([
    [
      "another label nearer",
      "郵便番号が分からなくて。楓ケ丘3丁目12番5号 コーポ楓2階201。受付番号は064-0822です。",
      "064-0822",
    ],
    [
      "no hyphen, no shape of its own",
      "郵便番号が分からなくて。楓ケ丘3丁目12番5号 コーポ楓2階201。はい、0640822です。",
      "0640822",
    ],
    [
      "the post, not the code's word",
      "書類は郵便で送ってください。楓ケ丘3丁目12番5号 コーポ楓2階201。はい、064-0822です。",
      "064-0822",
    ],
    [
      "beyond the window",
      "郵便局で番号を聞きました。それから、区役所の窓口まで歩いて行って、長い列に並んで、番が来るまで本を読んで待って、それでようやく呼ばれたのが064-0822でした。",
      "064-0822",
    ],
  ]);
});

describe("thirty-fifth round, second part: a postal code read out before the address", () => {
  expectMasked(
    [
      [
        "katakana digits one at a time",
        "今は札幌で、ロク、ゼロ、ゴ、ゼロ、ゼロ、イチ、ナナ、札幌市北区北8条西5丁目2番3号です。",
        "ロク、ゼロ、ゴ、ゼロ、ゼロ、イチ、ナナ",
      ],
      [
        "hiragana digits one at a time",
        "住所言いますね、に、さん、よん、ぜろ、ぜろ、ろく、きゅう、横浜市港北区日吉本町2丁目3番4号です。",
        "に、さん、よん、ぜろ、ぜろ、ろく、きゅう",
      ],
      [
        "read in two groups, a pause before the town",
        "えっと、ナナサンゴのゼロイチニーヨン、金沢市広坂1丁目1の1です。",
        "ナナサンゴのゼロイチニーヨン",
      ],
    ],
    "postal_code",
  );
  expectLeftAlone([
    [
      "a number's own label before it",
      "受付番号、ロク、ゼロ、ゴ、ゼロ、ゼロ、イチ、ナナ、札幌市北区北8条西5丁目2番3号です。",
      "ロク、ゼロ、ゴ",
    ],
    ["two digits only", "あの、に、さん、札幌市北区北8条西5丁目2番3号です。", "に、さん"],
  ]);
});

describe("thirty-fifth round, second part: an unlisted surname and a one-kanji given name as a note's source", () => {
  expectMasked(
    [
      [
        "a city's name as the surname",
        "5/2 包括支援センターみなと 宇都宮 薫 より。訪問希望。",
        "宇都宮 薫",
      ],
      ["an unlisted surname, a call", "5/2 民生委員協議会 梶ヶ谷 彩 から電話。", "梶ヶ谷 彩"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["an ordinal and a chapter", "詳しくは 第三 章 より。", "第三 章"],
    ["a port", "船は 横浜 港 より出航。", "横浜 港"],
    ["no source word after", "5/2 民生委員協議会 梶ヶ谷 彩 まで。", "梶ヶ谷 彩"],
  ]);
});

describe("thirty-fifth round, second part: an unlisted surname and a one-kanji given name before a phone", () => {
  expectMasked(
    [
      [
        "a contact list's entry",
        "【班連絡網】 木場 和夫 06-4410-2231 → 粟 茂 06-4410-7785",
        "粟 茂",
      ],
      ["an unlisted surname", "連絡先：梶ヶ谷 彩 090-4471-2086", "梶ヶ谷 彩"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a desk and its section", "代表 総務 06-4410-2231", "総務"],
    ["a building's wing", "新 館 06-4410-2231", "新 館"],
    ["a section's words", "市民 相談 06-4410-2231", "市民 相談"],
  ]);
});
