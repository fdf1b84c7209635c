import { normalizeNumber } from "./normalize-value";
import { normalizeDateTime, normalizeTime, isValidDate } from "./time";

describe("normalizeNumber", () => {
  describe("numeric input", () => {
    it.each([
      ["12", "12"],
      [12, "12"],
      ["+3", "3"],
      ["-0.5", "-0.5"],
      ["1.5e1", "15"],
      [" 7 ", "7"],
      ["", ""],
    ])("should turn %j into %j", (input, expected) => {
      expect(normalizeNumber(input)).toBe(expected);
    });

    it.each(["abc", "１２", "1,000", "12分", "0x10", "NaN"])("should refuse %j", (input) => {
      expect(normalizeNumber(input)).toBeUndefined();
    });
  });
});

describe("date and time values", () => {
  describe("normalisation", () => {
    it.each([
      ["2026-04-01T09:30:00+09:00", "2026-04-01T00:30:00Z"],
      ["2026-04-01T00:30:45Z", "2026-04-01T00:30:00Z"],
      ["2026-04-01T00:30Z", "2026-04-01T00:30:00Z"],
      ["2026/04/01 09:30", undefined],
    ])("should normalise the date-time %j to %j", (input, expected) => {
      expect(normalizeDateTime(input)).toBe(expected);
    });

    it.each([
      ["9:05", "09:05"],
      ["23:59:59", "23:59"],
      ["24:00", undefined],
    ])("should normalise the time %j to %j", (input, expected) => {
      expect(normalizeTime(input)).toBe(expected);
    });

    it.each([
      ["2026-02-28", true],
      ["2026-02-29", false],
      ["2028-02-29", true],
      ["2026-4-1", false],
    ])("should judge the date %j valid: %j", (input, expected) => {
      expect(isValidDate(input)).toBe(expected);
    });
  });
});
