import { escapeRegExp } from "./escape-reg-exp";

describe("escapeRegExp", () => {
  it.each(["1.5倍", "(税込)", "a+b*c?", "[氏名1]", "$^|{}\\", "ふつうの文字"])(
    "should match %s literally and nothing wider",
    (text) => {
      const pattern = new RegExp(`^${escapeRegExp(text)}$`, "u");
      expect(pattern.test(text)).toBe(true);
      expect(pattern.test(`${text}x`)).toBe(false);
    },
  );
});
