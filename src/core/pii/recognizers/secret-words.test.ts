/**
 * Twenty-eighth round: an English or Indonesian word right after PIN or password is the sentence
 * going on (enter the PIN before the card locks), not a secret; a value said with "is", a colon or
 * は still is. Every value is invented.
 */
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("twenty-eighth round: a word after the label without anything that says 'is'", () => {
  expectLeftAlone([
    ["English 'before'", "How many times can I enter the PIN before the card locks?", "before"],
    ["Indonesian 'sebelum'", "Berapa kali boleh salah PIN sebelum kartu terkunci?", "sebelum"],
    ["English 'without'", "Can I change the password without going to the office?", "without"],
  ]);
  expectMasked(
    [
      ["a word said with 'is'", "My password is sunflower, I think.", "sunflower"],
      ["a word after a colon", "password: marmalade", "marmalade"],
      ["letters and digits right after the label", "PIN 4417 was refused.", "4417"],
    ],
    "secret",
  );
});

describe("thirtieth round: a code said in passing after the label", () => {
  expectMasked(
    [
      [
        "a code being chosen",
        "暗証番号を窓口で決めてくださいと言われたので、7391にしようかと思ってます。",
        "7391",
      ],
      [
        "a code let slip in the next sentence",
        "PINを教えろと言われました。教えてません、6620なんて。",
        "6620",
      ],
      [
        "the first of two guesses",
        "暗証番号、6桁のほうを忘れて。たぶん804417か、448017かな。",
        "804417",
      ],
      [
        "the second of two guesses",
        "暗証番号、6桁のほうを忘れて。たぶん804417か、448017かな。",
        "448017",
      ],
    ],
    "secret",
  );
  expectLeftAlone([
    [
      "an amount in the next sentence",
      "暗証番号を3回間違えました。再発行は1000円かかりますか。",
      "1000",
    ],
    ["a year in the next sentence", "暗証番号を忘れました。2024年の春に作ったかな。", "2024"],
    ["another number's label nearer", "暗証番号の件で、受付番号3318か、3319の窓口へ。", "3318"],
    ["a time after the label", "暗証番号の再設定は平日の0930から受け付けます。", "0930"],
  ]);
});

describe("thirty-first round: a code after its length in the next sentence", () => {
  expectMasked(
    [
      ["a code after 数字4桁は", "暗証番号、3回間違えました。数字4桁は2719のはずです。", "2719"],
      ["a code after 4桁は", "暗証番号を忘れました。4桁は8305だったと思います。", "8305"],
    ],
    "secret",
  );
  expectLeftAlone([
    ["a year after the length", "暗証番号の変更。4桁の数字は2028年から必要です。", "2028"],
    ["a count after the length", "暗証番号の説明。4桁は1000通りです。", "1000"],
  ]);
});
