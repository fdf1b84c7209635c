/**
 * Forty-first round: classes of pii-unseen-39's misses, in sentences of our own, and look-alikes
 * that must stay as they are. Every name, number and place is invented.
 */
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("forty-first round: Japanese names", () => {
  expectMasked(
    [
      ["a Miyazaki surname said alone", "はい、興梠です。回覧板の件で。", "興梠"],
      ["a Miyazaki surname in a section's tag", "福祉課（戸高）：承知しました。", "戸高"],
      [
        "a Miyazaki surname after a commissioner's post",
        "先週、児童委員の稲用さんに相談。",
        "稲用",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([["a Miyazaki district alone", "米良の山道は通れますか。", "米良"]]);
});
