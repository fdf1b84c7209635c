import { buildSnippet, findHighlights, markSnippet } from "./build-snippet";

describe("buildSnippet", () => {
  describe("highlights", () => {
    it.each([
      [
        "same script",
        "家賃の上限額は単身37,000円である。",
        "家賃の上限",
        "【家賃】の【上限】額は単身37,000円である。",
      ],
      [
        "katakana query, katakana text",
        "ハローワークの窓口は2階にある。",
        "ハローワーク",
        "【ハローワーク】の窓口は2階にある。",
      ],
      [
        "a hiragana-only word, read as grammar (not marked)",
        "ジェネリック医薬品を使う。",
        "じぇねりっく",
        "ジェネリック医薬品を使う。",
      ],
      [
        "a long-vowel mark, which folding drops",
        "タクシーの利用は、医師の意見で必要な場合に限る。",
        "タクシー代",
        "【タクシー】の利用は、医師の意見で必要な場合に限る。",
      ],
      [
        "full-width digits in the query",
        "申請から14日以内に決定する。",
        "１４日",
        "申請から【14日】以内に決定する。",
      ],
      [
        "half-width katakana in the text",
        "ｹｰｽ記録を入力する。",
        "ケース記録",
        "【ｹｰｽ記録】を入力する。",
      ],
      ["grammar only", "することができる。", "することは", "することができる。"],
    ])("should mark matches (%s)", (_, text, question, expected) => {
      expect(markSnippet(buildSnippet(text, question))).toBe(expected);
    });

    it("should return offsets into the snippet text, not markup", () => {
      const snippet = buildSnippet("<b>訪問</b>は毎月行う。", "訪問");
      expect(snippet.text).toBe("<b>訪問</b>は毎月行う。");
      expect(snippet.highlights).toEqual([{ start: 3, end: 5 }]);
    });
  });

  describe("windows", () => {
    it("should cut a long passage around the densest matches, with ellipses", () => {
      const text = `${"前置きの文章です。".repeat(20)}葬祭扶助は葬儀の前に申請を受ける。${"後書きの文章です。".repeat(20)}`;
      const snippet = buildSnippet(text, "葬祭扶助の申請", 60);
      expect(snippet.text.startsWith("…")).toBe(true);
      expect(snippet.text.endsWith("…")).toBe(true);
      expect(snippet.text).toContain("葬祭扶助は葬儀の前に申請を受ける。");
      expect(snippet.text.length).toBeLessThanOrEqual(62);
      for (const range of snippet.highlights) {
        expect(["葬祭扶助", "申請"]).toContain(snippet.text.slice(range.start, range.end));
      }
    });
  });

  describe("findHighlights", () => {
    it("should merge overlapping bigram matches into one range", () => {
      expect(findHighlights("扶養照会書を送る", "扶養照会")).toEqual([{ start: 0, end: 4 }]);
    });
  });
});
