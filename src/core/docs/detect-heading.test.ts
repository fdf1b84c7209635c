import { detectHeading } from "./detect-heading";

describe("detectHeading", () => {
  describe("headings", () => {
    it.each([
      ["# 扶養照会の手引き", 1, "扶養照会の手引き"],
      ["## 2. 照会の対象とする者", 2, "2. 照会の対象とする者"],
      ["2. 照会の対象とする者", 2, "2. 照会の対象とする者"],
      ["2.3 照会してはならない場合", 3, "2.3 照会してはならない場合"],
      ["２．３　照会してはならない場合", 3, "2.3 照会してはならない場合"],
      ["1.2.1 細目", 4, "1.2.1 細目"],
      ["第3章 医療扶助", 2, "第3章 医療扶助"],
    ])("should read %s as level %i", (line, level, title) => {
      expect(detectHeading(line)).toEqual({ level, title });
    });
  });

  describe("body text", () => {
    it.each([
      ["(1) 生活保護受給者、社会福祉施設の入所者、長期入院患者"],
      ["2人世帯44,000円、3人から5人世帯48,000円"],
      ["1. 申請の意思が示された場合には、速やかに申請書を交付しなければならない。"],
      ["2024 年度の改正について"],
      [""],
    ])("should not read %p as a heading", (line) => {
      expect(detectHeading(line)).toBeNull();
    });
  });
});
