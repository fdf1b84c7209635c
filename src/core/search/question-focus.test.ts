import { findAskingSentences } from "./question-focus";

describe("findAskingSentences", () => {
  describe("a story told before the question", () => {
    it.each([
      ["子どもが先月生まれました。カードはいつできますか?", "カードはいつできますか?"],
      ["引っ越してきたばかりです。転入の手続きで何がいるの", "転入の手続きで何がいるの"],
      ["I moved here last month. How long does the card take?", "How long does the card take?"],
      ["住所を変えました。受け取りはどこですか?平日は仕事です。", "受け取りはどこですか?"],
    ])("should find the question in %j", (text, asking) => {
      expect(findAskingSentences(text)).toBe(asking);
    });

    it("should keep every question, as the last is often a follow-up", () => {
      expect(findAskingSentences("来月から海外です。カードは使えますか?手数料は?")).toBe(
        "カードは使えますか? 手数料は?",
      );
    });
  });

  describe("nothing to focus on", () => {
    it.each([
      ["カードはいつできますか?"],
      ["届いたところなんですけど、しばらく行けないんですよね。"],
      ["カードをなくしました。財布ごとです。"],
      ["電子証明書を入れられますか?お金はかかりますか?"],
    ])("should return null for %j", (text) => {
      expect(findAskingSentences(text)).toBeNull();
    });
  });
});
