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
