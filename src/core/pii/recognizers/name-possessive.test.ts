/**
 * A possessive の, a particle and an ordinary word (私のはまだ?: "is mine not ready yet?"), and うち
 * + の + a particle ("ours"): no kana surname hides there. Sentences of our own; every name is
 * invented.
 */
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("name-possessive", () => {
  describe("a particle and an ordinary word after a possessive の", () => {
    expectLeftAlone([
      ["mine, は and まだ with a question mark", "申請して一か月です。私のはまだ?", "はまだ"],
      ["mine, は and まだ before a verb", "私のはまだ届いてないんですが", "はまだ"],
      ["my wife's, は and まだ before です", "娘の分は来ましたが、妻のはまだです", "はまだ"],
      ["my son's, は and まだ", "息子のはまだですか", "はまだ"],
      ["my husband's, が and もう", "夫のがもう届いたので、受け取りに行きます", "がもう"],
      ["mine, は and ない", "家族の通知は来たのに、私のはないです", "はない"],
      ["written わたしの", "わたしのはまだ来てません", "はまだ"],
    ]);
  });

  describe("any particle after the caller's own 私の", () => {
    expectLeftAlone([["は and a word", "私のはやしですか、それとも役所のですか", "はやし"]]);
  });

  describe("うち + の + a particle is ours, not the surname 内野", () => {
    expectLeftAlone([
      ["は and まだ with a question mark", "うちのはまだ?もう二週間です", "うちの"],
      ["も and まだ before です", "うちのもまだです。いつ届きますか", "うちの"],
      ["が and まだ before です", "うちのがまだです", "うちの"],
      ["は and a question word", "うちのはいつですか", "うちの"],
    ]);
  });

  describe("a kana name with its cue after a possessive stays masked", () => {
    expectMasked(
      [
        ["a staff member before さん", "担当のはまださんに伝えてください", "はまだ"],
        ["our staff member before さん", "うちのはまださんが伺います", "はまだ"],
        ["a self-introduction after a kin word", "妻のはまだと申します", "はまだ"],
        ["a surname after a kin word and が", "母のはしもとが電話に出ます", "はしもと"],
        ["a child's given name", "娘のはるかが来年入学です", "はるか"],
        ["the caller's name after 私、", "私、はまだです", "はまだ"],
        ["内野 before さん", "うちのさんです", "うちの"],
        ["内野 after a label", "名前はうちのです", "うちの"],
      ],
      "person_name",
    );
  });
});
