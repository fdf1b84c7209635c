import { findTypes } from "./test-helpers";

describe("number rules of issue 3 (rounds 2 and 3)", () => {
  describe("short insurance fields", () => {
    it.each([
      ["記号", "保険証の記号は52、番号は3318です", "52"],
      ["枝番", "国保の被保険者証、番号は7712、枝番は02です", "02"],
    ])("should mask the %s of an insurance card", (_label, text, value) => {
      expect(findTypes(text)).toContainEqual({ type: "health_insurance", text: value });
    });

    it("should leave a short number after 番号 unmasked without an insurance cue", () => {
      expect(findTypes("整理券の番号は12です")).toEqual([]);
    });
  });

  describe("corrections", () => {
    // Since the eleventh round a value, its correction and the value said instead are one item.
    it.each([
      ["secret", "暗証番号は4417、いや、4471です", "4417、いや、4471"],
      // Since the twelfth round also a last group said again (最後は…).
      [
        "credit_card",
        "カード番号は4111 1111 1111 1111、あ、最後は1112かも",
        "4111 1111 1111 1111、あ、最後は1112",
      ],
      [
        "credit_card",
        "カード番号、ごーごー…あ、4111 1111 1111 1111です",
        "ごーごー…あ、4111 1111 1111 1111",
      ],
      [
        "passport",
        "パスポートは、エー、ビー、イチニ…いや、AB1234567です",
        "エー、ビー、イチニ…いや、AB1234567",
      ],
      [
        "phone",
        "090の5521の、あ、すみません、5512の7730です",
        "090の5521の、あ、すみません、5512の7730",
      ],
    ])("should mask a corrected %s: %s", (type, text, value) => {
      expect(findTypes(text)).toContainEqual({ type, text: value });
    });

    it.each([
      ["電話は090-1234-5678です、あ、受付は3時までです"],
      ["暗証番号は4417、いや、4桁です"],
      ["カード番号は言えません…あ、手数料は300円です"],
    ])("should not extend a value to an ordinary number: %s", (text) => {
      const types = findTypes(text).map((e) => e.text);
      expect(types.some((value) => /時|桁|300|言え/.test(value))).toBe(false);
    });
  });

  describe("units and account cues", () => {
    it("should mask a grouped phone number followed by a space and a word starting with 日", () => {
      expect(findTypes("電話番号 080-2219-6603 日中はつながりにくい")).toContainEqual({
        type: "phone",
        text: "080-2219-6603",
      });
    });

    it("should still read 日 as a unit after a short number", () => {
      expect(findTypes("有効期限は 3 日です")).toEqual([]);
    });

    it("should mask 7 digits right after 普通 as an account", () => {
      expect(findTypes("普通 5602381 でお願いします")).toContainEqual({
        type: "bank_account",
        text: "5602381",
      });
    });

    it("should not treat 普通 before a count as an account", () => {
      expect(findTypes("普通は3日ほどかかります")).toEqual([]);
    });
  });
});
