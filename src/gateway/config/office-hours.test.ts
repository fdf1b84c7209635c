import { describeOfficeHours, isWithinOfficeHours, parseOfficeHours } from "./office-hours";

describe("parseOfficeHours", () => {
  describe("valid settings", () => {
    it.each([
      ["mon-fri 08:30-17:15", [1, 2, 3, 4, 5], 510, 1035],
      ["MON,WED,FRI 9:00-12:00", [1, 3, 5], 540, 720],
      ["sat-sun 10:00-16:00", [0, 6], 600, 960],
      ["fri-mon 00:00-24:00", [0, 1, 5, 6], 0, 1440],
    ])("should read %s", (text, days, start, end) => {
      expect(parseOfficeHours(text)).toEqual({
        kind: "weekly",
        days,
        start,
        end,
        timeZone: "Asia/Tokyo",
      });
    });

    it("should read always", () => {
      expect(parseOfficeHours("always")).toEqual({ kind: "always" });
    });
  });

  describe("invalid settings", () => {
    it.each([
      "",
      "weekdays 9-5",
      "mon-fri 17:00-09:00",
      "mon-xyz 08:30-17:15",
      "mon-fri 08:30-25:00",
    ])("should reject %p with E_GATEWAY_CONFIG", (text) => {
      expect(() => parseOfficeHours(text)).toThrow(
        expect.objectContaining({ code: "E_GATEWAY_CONFIG" }),
      );
    });
  });
});

describe("isWithinOfficeHours", () => {
  const hours = parseOfficeHours("mon-fri 08:30-17:15");
  it.each([
    ["Monday 08:29 JST", "2025-06-15T23:29:00Z", false],
    ["Monday 08:30 JST", "2025-06-15T23:30:00Z", true],
    ["Friday 17:14 JST", "2025-06-20T08:14:00Z", true],
    ["Friday 17:15 JST", "2025-06-20T08:15:00Z", false],
    ["Saturday noon JST", "2025-06-21T03:00:00Z", false],
    ["Sunday 23:00 JST (still Sunday in UTC)", "2025-06-15T14:00:00Z", false],
  ])("should judge %s", (_label, iso, expected) => {
    expect(isWithinOfficeHours(hours, new Date(iso))).toBe(expected);
  });
});

describe("describeOfficeHours", () => {
  it.each([
    ["mon-fri 08:30-17:15", "ja", "平日の8時30分から17時15分まで"],
    ["mon-fri 08:30-17:15", "en", "on weekdays from 8:30 to 17:15"],
    ["sat 10:00-12:00", "ja", "土曜日の10時から12時まで"],
  ] as const)("should say %s in %s", (text, lang, expected) => {
    expect(describeOfficeHours(parseOfficeHours(text), lang)).toBe(expected);
  });
});
