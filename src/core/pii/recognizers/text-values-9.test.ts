import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

/**
 * 2026-12-04 (eighth round): phone calls as speech recognition writes them — words spaced, digits
 * said one by one, Latin letters read out in katakana. Values of our own.
 */
describe("speech-recognition text (2026-12-04, eighth round)", () => {
  describe("name cues split by spaces", () => {
    expectMasked(
      [
        ["と 申します", "はい もしもし 宇佐見 と 申します 保育園 の 件 で", "宇佐見"],
        ["と 申し ます", "わたくし 堀之内 と 申し ます", "堀之内"],
        ["と いいます", "えっと 柴崎 と いいます 住民票 の", "柴崎"],
        ["って いいます", "私 桐生 って いいます", "桐生"],
        ["a spaced label and particle", "名前 は 森下 です", "森下"],
        ["はい before a spaced copula", "はい 堀江 です 転入 の 件 で", "堀江"],
        ["a spaced kin word", "妻 の 柴崎 が 窓口 に 行きます", "柴崎"],
        ["the house one speaks for, spaced", "高橋 の 妻 です 書類 の 件 で", "高橋"],
        ["spaced readings", "五月女 と 書いて そうとめ です", "そうとめ"],
      ],
      "person_name",
    );
    expectLeftAlone([
      ["と before 申し込む (apply)", "窓口に行かないと申し込めない", "かない"],
      ["と 申し 込め, spaced", "窓口 に 行かない と 申し 込め ない", "行かない"],
      ["a spaced honorific is no reading", "柴崎 さん に 伝えて ください", "さん"],
      ["a spaced copula is no reading", "名前 は 高橋 みどり です", "です"],
      ["a label before a spaced が", "名前 が 変わった ので", "変わった"],
      ["a label before a spaced の", "名前 の 変更 を したい", "変更"],
      ["a kin word before an ordinary word", "母 は 元気 です", "元気"],
      ["a spaced kin word before an event", "父 の 件 で 相談", "件"],
    ]);
  });

  describe("self-introductions by full name", () => {
    expectMasked(
      [
        ["a hiragana given name at the start", "森下あかねです、保育園の申し込みで", "森下あかね"],
        ["after もしもし", "もしもし 森下あかねです", "森下あかね"],
        ["after はい, spaced", "はい 佐藤 ユカリ です 転入 の 件", "佐藤 ユカリ"],
        ["a katakana given name", "高橋ミドリです 転入の件です", "高橋ミドリ"],
        ["after こんにちは", "こんにちは、中村さやかです", "中村さやか"],
        ["a spaced hiragana given name", "山本 はるか です 児童手当 の", "山本 はるか"],
      ],
      "person_name",
    );
    expectLeftAlone([
      ["なんです after a surname", "高橋なんです 予約の件", "なん"],
      ["のほうです after a surname", "高橋のほうです", "のほう"],
      ["an ordinary word before です", "大丈夫です", "大丈夫"],
      ["an ordinary word at the start", "ありがとうです", "ありがとう"],
      ["kana not after a surname", "はい それです", "それ"],
    ]);
  });

  describe("addresses said with spaces", () => {
    expectMasked(
      [
        [
          "a town and its 丁目 before 越して",
          "来月 ひばりが丘 4丁目 に 引っ越す 予定 です",
          "ひばりが丘 4丁目",
        ],
        [
          "a ward, a hiragana town and 住んで",
          "南区 あおば台 2丁目 に 住んで ます",
          "あおば台 2丁目",
        ],
        ["unspaced, before 暮らして", "西区かえで野5丁目で暮らしています", "西区かえで野5丁目"],
        ["spaced counters", "住所 は 柳町 3 丁目 12 番 5 号 です", "柳町 3 丁目 12 番 5 号"],
        [
          "blocks joined by a spaced の",
          "住んでる の は 若松区本町 5 の 7 です",
          "若松区本町 5 の 7",
        ],
        [
          "a ward's town spaced off its block",
          "博多区香椎 2-3-19 に 住んでいます",
          "博多区香椎 2-3-19",
        ],
        ["a spaced room counter", "住所 は 京町 9-2-4 コーポ京町 301 号室 です", "301 号室"],
      ],
      "address",
    );
    expectLeftAlone([
      ["a 丁目 with no town", "3丁目の角を曲がって", "3丁目"],
      ["a town's 丁目 as a place", "桜台町3丁目の公園で遊んだ", "3丁目"],
      ["a spaced 丁目 with no town before 越して", "3丁目 に 越して きました", "3丁目"],
      ["a crossing", "駅前 2丁目 の 交差点 で 事故", "2丁目"],
    ]);
  });

  describe("secrets said digit by digit", () => {
    expectMasked(
      [
        ["spaced digits, no は", "暗証番号 7 3 0 9 で いけますか", "7 3 0 9"],
        ["spaced digits after は", "暗証番号 は 0 4 1 7 です", "0 4 1 7"],
        ["digits in pairs", "暗証番号 は 28 64 です", "28 64"],
        ["later in the sentence", "暗証番号 忘れ ちゃって たしか 2 2 8 6 やった", "2 2 8 6"],
        ["said before the label", "5 5 8 0 が 暗証番号 です", "5 5 8 0"],
      ],
      "secret",
    );
    expectLeftAlone([
      ["the length of the code", "暗証番号 4桁 です", "4"],
      ["the length, spaced", "暗証番号 は 4 桁 です", "4"],
      ["a count of attempts", "暗証番号 を 3 回 間違えて ロック された", "3"],
      ["a year", "暗証番号 の 変更 は 2025 年 から", "2025"],
      ["a password rule", "パスワード は 8 文字 以上", "8"],
    ]);
  });

  describe("ID numbers with letters read out in katakana", () => {
    expectMasked(
      [
        [
          "spaced letters and groups",
          "在留カード の 番号 は ティー ワイ 5512 0987 エックス ゼット",
          "ティー ワイ 5512 0987 エックス ゼット",
        ],
        [
          "glued letters",
          "在留カードの番号はエービー12345678シーディーです",
          "エービー12345678シーディー",
        ],
        [
          "digits one by one",
          "在留 カード 番号 ダブリュー ケー 5 5 1 2 0 9 8 7 エイチ ジェー",
          "5 5 1 2 0 9 8 7",
        ],
        [
          "written and spoken letters",
          "在留カードは AB 2468 1357 エフ ジー です",
          "AB 2468 1357 エフ ジー",
        ],
      ],
      "residence_card",
    );
    expectMasked(
      [
        [
          "a passport, spaced",
          "パスポート 番号 エム ケー 0 7 5 2 9 1 4 です",
          "エム ケー 0 7 5 2 9 1 4",
        ],
      ],
      "passport",
    );
    expectLeftAlone([
      ["letters said as a word, no card named", "オーケー 1234 5678 オーケー", "1234 5678"],
      ["a price", "カード の ケース 12345678 円", "12345678"],
    ]);
  });
});
