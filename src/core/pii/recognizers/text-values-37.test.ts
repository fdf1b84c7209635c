/**
 * Thirty-third round, pii-unseen-31 read: sentences of our own for the classes of its misses, and
 * look-alikes that must stay as they are. Every name, number and place is invented.
 */
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("thirty-third round: a ゆうちょ account named as ゆうちょの口座, its 記号 and 番号 a sentence later", () => {
  const yucho = "ゆうちょ銀行の口座を登録したいんですけど。坂口 みどりです。記号は16020、番号は5531201です。";
  expectMasked(
    [
      ["the 記号 after the caller's name", yucho, "16020"],
      ["the 番号 after the caller's name", yucho, "5531201"],
    ],
    "postal_account",
  );
  expectMasked(
    [
      [
        "a bank's account after an earlier ゆうちょ",
        "ゆうちょで払いました。銀行の口座を変えたいんですけど。坂口です。番号は5531207です。",
        "5531207",
      ],
    ],
    "bank_account",
  );
  expectLeftAlone([
    [
      "a 記号 under another bank",
      "みちのく銀行の口座を登録したいんですけど。坂口 みどりです。記号は16020、番号は5531201です。",
      "16020",
    ],
  ]);
});
