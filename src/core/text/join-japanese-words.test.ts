import { joinJapaneseWords } from "./join-japanese-words";

describe("joinJapaneseWords", () => {
  it.each([
    ["カード が 割れて しもうた", "カードが割れてしもうた"],
    ["もう 機械 じゃ なくて 人 と 話したい", "もう機械じゃなくて人と話したい"],
    ["暗証番号 を 3 回", "暗証番号を3 回"],
    ["はい、 そうです。 ありがとう", "はい、そうです。ありがとう"],
  ])("should join %j", (text, joined) => {
    expect(joinJapaneseWords(text)).toBe(joined);
  });

  it.each([["i want to talk to a person"], ["my card カード"], ["0120 95 0178"]])(
    "should keep the spaces of %j",
    (text) => {
      expect(joinJapaneseWords(text)).toBe(text);
    },
  );
});
