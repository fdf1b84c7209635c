import { renderForSpeech } from "./render-for-speech";

describe("renderForSpeech", () => {
  describe("numbers", () => {
    it.each([
      ["toll-free", "0120-95-0178へ", "ゼロイチニーゼロのキュウゴーのゼロイチナナハチへ"],
      [
        "full-width digits",
        "０１２０－９５－０１７８",
        "ゼロイチニーゼロのキュウゴーのゼロイチナナハチ",
      ],
      ["bracketed area code", "(092)123-4567", "ゼロキュウニーのイチニーサンのヨンゴーロクナナ"],
      ["emergency number", "119番に電話", "イチイチキュウ番に電話"],
      [
        "emergency number in a list",
        "救急 119、警察 110。",
        "救急 イチイチキュウ、警察 イチイチゼロ。",
      ],
      ["a fee that looks like one", "110円です。", "110円です。"],
      ["postal code", "〒219-8732", "郵便番号ニーイチキュウのハチナナサンニー"],
      ["times and ranges", "8:30～17:15", "8時30分から17時15分"],
      ["on the hour", "9:00から", "9時から"],
    ])("should read %s", (_label, text, spoken) => {
      expect(renderForSpeech(text)).toBe(spoken);
    });

    it("should leave fees and counts alone", () => {
      expect(renderForSpeech("手数料は1,000円です。")).toBe("手数料は1,000円です。");
    });
  });

  describe("symbols and URLs", () => {
    it.each([
      [
        "URL",
        "詳しくは https://www.example.jp/mynumber/ をご覧ください。",
        "詳しくは 市のホームページ をご覧ください。",
      ],
      ["brackets", "「交付通知書」をお持ちください。", "交付通知書をお持ちください。"],
      ["parenthetical", "電子証明書（署名用）を更新します。", "電子証明書、署名用を更新します。"],
      ["note mark", "※予約が必要です。", "予約が必要です。"],
      ["reading", "J-LISのQRコード", "ジェイリスのキューアールコード"],
    ])("should handle %s", (_label, text, spoken) => {
      expect(renderForSpeech(text)).toBe(spoken);
    });

    it("should use the city's readings and URL pointer", () => {
      const spoken = renderForSpeech("青葉川市の窓口 www.example.jp", {
        readings: { 青葉川市: "あおばがわし" },
        urlReading: "市の公式サイト",
      });
      expect(spoken).toBe("あおばがわしの窓口 市の公式サイト");
    });
  });

  describe("long sentences", () => {
    it("should split a long sentence at a comma near its middle", () => {
      const text =
        "交付通知書が届いたら、本人確認書類と通知カードを持って、住民票のある区の市民課で受け取ってください。";
      const spoken = renderForSpeech(text, { maxSentenceChars: 30 });
      expect(spoken.split("。").filter(Boolean).length).toBeGreaterThan(1);
      expect(spoken.replace(/[、。]/g, "")).toBe(text.replace(/[、。]/g, ""));
    });
  });
});
