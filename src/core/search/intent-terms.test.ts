import { foldForMatch } from "../text";
import { findIntents } from "./intent-terms";

describe("findIntents", () => {
  describe("question kinds in different words", () => {
    it.each([
      ["申請方法を教えてください", "how"],
      ["どうやって申請すればいいですか", "how"],
      ["カードはドコで受け取れますか", "where"],
      ["いつまで使えますか", "when"],
      ["何年もつんですか", "when"],
      ["再発行っていくら?", "cost"],
      ["手数料はかかりますか", "cost"],
      ["何がいりますか", "bring"],
      ["何を持っていけばいいですか", "bring"],
      ["What do I need to bring?", "bring"],
    ])("should find the intent of %j (%s)", (text, intent) => {
      expect(findIntents(foldForMatch(text))).toContain(intent);
    });
  });

  describe("statements", () => {
    it("should find no intent in a plain statement", () => {
      expect(findIntents(foldForMatch("カードをなくしました"))).toEqual([]);
    });
  });
});
