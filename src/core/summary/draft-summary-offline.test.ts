import { draftSummaryOffline } from "./draft-summary-offline";
import { findSummaryTemplate } from "./summary-templates";
import { checkSummaryRecord } from "./build-summary-schema";

const TRANSCRIPT = [
  "職員: 本日は2026年11月20日、お電話でのご相談ですね。",
  "相談者: 隣の空き家のことで電話しました。近隣住民です。",
  "相談者: 一戸建てで、庭の草木が伸びて道路にはみ出しています。",
  "職員: 所有者の方に連絡して、現地を確認します。",
].join("\n");

describe("draftSummaryOffline", () => {
  const template = findSummaryTemplate("空き家");
  if (!template) throw new Error("空き家 template missing");

  describe("extractive values", () => {
    it("should copy dates and mentioned choices from the transcript", () => {
      const record = draftSummaryOffline({ template, transcript: TRANSCRIPT });
      expect(record["consultation_date"]).toBe("2026-11-20");
      expect(record["consultant_relation"]).toBe("近隣住民");
      expect(record["building_type"]).toBe("一戸建て");
    });

    it("should only quote text that is in the transcript", () => {
      const record = draftSummaryOffline({ template, transcript: TRANSCRIPT });
      for (const value of Object.values(record)) {
        if (typeof value !== "string" || /^\d{4}-/.test(value)) continue;
        for (const line of value.split("\n")) expect(TRANSCRIPT).toContain(line);
      }
    });

    it("should leave everything null for an empty transcript and still fit the schema types", () => {
      const record = draftSummaryOffline({ template, transcript: "" });
      expect(
        Object.values(record).every(
          (value) => value === null || (Array.isArray(value) && value.length === 0),
        ),
      ).toBe(true);
      const check = checkSummaryRecord(template, record);
      expect(check.violations.filter((v) => !/required|null/.test(v.problem))).toEqual([]);
    });

    it("should read a date without a year only when the year is given", () => {
      const text = "11月3日に来所されました。";
      expect(draftSummaryOffline({ template, transcript: text })["consultation_date"]).toBeNull();
      expect(
        draftSummaryOffline({ template, transcript: text, year: 2026 })["consultation_date"],
      ).toBe("2026-11-03");
    });
  });
});

describe("draftSummaryOffline with speaker labels", () => {
  const template = findSummaryTemplate("空き家");
  if (!template) throw new Error("空き家 template missing");
  const record = draftSummaryOffline({ template, transcript: TRANSCRIPT });

  it("should quote the caller's side for what the caller said", () => {
    expect(String(record["consultation_summary"])).toContain("隣の空き家のことで電話しました。");
    expect(String(record["consultation_summary"])).not.toContain("所有者の方に連絡して");
  });

  it("should quote the staff side for what staff did", () => {
    expect(String(record["response_summary"])).toContain(
      "所有者の方に連絡して、現地を確認します。",
    );
  });
});
