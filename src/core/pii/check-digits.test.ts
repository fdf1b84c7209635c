import {
  isLuhnValid,
  isValidCorporateNumber,
  isValidMyNumber,
  m10w21CheckDigit,
  myNumberCheckDigit,
} from "./check-digits";

describe("check digits", () => {
  describe("My Number (mod 11)", () => {
    it.each([
      ["123456789018", true],
      ["200000000000", true],
      ["000111111111", true],
      ["123456789012", false],
      ["12345678901", false],
      ["12345678901a", false],
    ])("should judge %s as %s", (digits, valid) => {
      expect(isValidMyNumber(digits)).toBe(valid);
    });

    it("should compute 0 when the remainder is at most 1", () => {
      expect(myNumberCheckDigit("20000000000")).toBe(0);
    });
  });

  describe("Luhn", () => {
    it.each([
      ["4111111111111111", true],
      ["3530111333300000", true],
      ["4111111111111112", false],
    ])("should judge %s as %s", (digits, valid) => {
      expect(isLuhnValid(digits)).toBe(valid);
    });
  });

  describe("corporate number (mod 9)", () => {
    it.each([
      ["8700110005901", true],
      ["6010701027558", true],
      ["1700110005901", false],
    ])("should judge %s as %s", (digits, valid) => {
      expect(isValidCorporateNumber(digits)).toBe(valid);
    });
  });

  describe("保険者番号 (M10W21)", () => {
    it.each([
      ["13104", 5],
      ["0113001", 2],
    ])("should give %s the check digit %d", (body, check) => {
      expect(m10w21CheckDigit(body)).toBe(check);
    });
  });
});
