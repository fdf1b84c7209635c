import { PiiBlockedError } from "../errors";
import { createPiiGuard } from "./pii-guard";

describe("createPiiGuard", () => {
  describe("protect", () => {
    it("should number placeholders across all texts of one call", () => {
      const guard = createPiiGuard();
      const first = guard.protect("電話番号は090-1234-5678です。");
      const second = guard.protect("別の番号は080-2233-4455、最初の番号は090-1234-5678です。");
      expect(first).toBe("電話番号は［電話番号1］です。");
      expect(second).toBe("別の番号は［電話番号2］、最初の番号は［電話番号1］です。");
      expect(guard.stats).toEqual({ texts: 2, masked: 3 });
    });

    it("should throw PiiBlockedError with the types, never the values", () => {
      const guard = createPiiGuard();
      const error = (() => {
        try {
          guard.protect("マイナンバーは123456789018です。");
        } catch (caught) {
          return caught;
        }
        return null;
      })();
      expect(error).toBeInstanceOf(PiiBlockedError);
      expect((error as PiiBlockedError).types).toEqual(["my_number"]);
      expect((error as PiiBlockedError).message).not.toContain("123456789018");
    });

    it.each([
      ["full-width digits", "番号は０９０１２３４５６７８です"],
      ["spaces between groups", "番号は 0 9 0 1 2 3 4 5 6 7 8 です"],
      ["long digit runs", "控えの番号 12345678901 をお伝えします"],
    ])("should leave no run of 10+ digits (%s)", (_label, text) => {
      const masked = createPiiGuard().protect(text);
      expect(masked.normalize("NFKC").replace(/\D/g, " ")).not.toMatch(/\d{10,}/);
    });

    it.each([
      ["toll-free", "マイナンバー総合フリーダイヤル 0120-95-0178 にお電話ください。"],
      ["navi-dial", "お問い合わせは0570-01-0000まで。"],
      ["fees and dates", "手数料は1,000円で、令和7年3月31日までに申請してください。"],
    ])("should keep public information readable (%s)", (_label, text) => {
      expect(createPiiGuard().protect(text)).toBe(text);
    });

    it("should keep numbers the city configures as public", () => {
      const text = "市民課の直通は093-582-0000です。";
      expect(createPiiGuard({ publicNumbers: ["093-582-0000"] }).protect(text)).toBe(text);
    });
  });

  describe("protectAll", () => {
    it("should not reuse a placeholder that the texts already contain", () => {
      const guard = createPiiGuard();
      const [faq, question] = guard.protectAll([
        "市民課の直通は093-582-1234です。",
        "電話は［電話番号1］です。折り返してください。",
      ]);
      expect(faq).toBe("市民課の直通は［電話番号2］です。");
      expect(question).toBe("電話は［電話番号1］です。折り返してください。");
      expect(guard.restore("［電話番号1］に折り返します。", "staff")).toBe(
        "［電話番号1］に折り返します。",
      );
      expect(guard.restore("［電話番号2］", "staff")).toBe("093-582-1234");
    });
  });

  describe("restore", () => {
    it("should put values back for staff only", () => {
      const guard = createPiiGuard();
      guard.protect("連絡先は090-1234-5678です。");
      expect(guard.restore("［電話番号1］に折り返します。", "staff")).toBe(
        "090-1234-5678に折り返します。",
      );
      expect(guard.restore("［電話番号1］に折り返します。", "citizen")).toBe(
        "［電話番号1］に折り返します。",
      );
    });

    it("should leave placeholders it did not issue untouched", () => {
      const guard = createPiiGuard();
      guard.protect("連絡先は090-1234-5678です。");
      expect(guard.restore("［氏名7］様", "staff")).toBe("［氏名7］様");
    });
  });
});
