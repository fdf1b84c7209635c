import { clusterQuestions, measureSimilarity, toBigrams } from "./cluster-questions";

describe("clusterQuestions", () => {
  describe("grouping", () => {
    it.each([
      [
        "full and half width",
        "ﾏｲﾅﾝﾊﾞｰｶｰﾄﾞの暗証番号を忘れた",
        "マイナンバーカードの暗証番号を忘れた",
      ],
      ["katakana and hiragana", "ごみの出し方を教えて", "ゴミの出し方を教えて"],
      ["placeholders", "［氏名1］です。犬の登録はどこですか", "犬の登録はどこですか"],
    ])("should put questions that differ only in %s together", (_label, a, b) => {
      expect(clusterQuestions([a, b])).toHaveLength(1);
    });

    it("should keep different topics apart and sort by size", () => {
      const clusters = clusterQuestions([
        "粗大ごみの申し込み方法",
        "犬の登録をしたい",
        "粗大ごみの申込方法は",
        "粗大ごみの申し込みをしたい",
      ]);
      expect(clusters.map((cluster) => cluster.count)).toEqual([3, 1]);
      expect(clusters[0]?.representative).toContain("粗大ごみ");
    });

    it("should skip empty questions and honour the limit", () => {
      expect(clusterQuestions(["", "  ", "a"], { limit: 0 })).toEqual([]);
      expect(clusterQuestions(["", "  "])).toEqual([]);
    });
  });

  describe("measureSimilarity", () => {
    it("should be 1 for the same text and 0 for nothing shared", () => {
      expect(measureSimilarity(toBigrams("住民票の写し"), toBigrams("住民票の写し"))).toBe(1);
      expect(measureSimilarity(toBigrams("住民票"), toBigrams("粗大ごみ"))).toBe(0);
    });
  });
});

describe("clusterQuestions with filler phrases", () => {
  it("should group by topic, not by the greeting callers share", () => {
    const clusters = clusterQuestions([
      "ちょっとお聞きしたいんですが、犬の登録について知りたいです",
      "ちょっとお聞きしたいんですが、粗大ごみについて知りたいです",
      "ちょっとお聞きしたいんですが、住民票について知りたいです",
      "ちょっとお聞きしたいんですが、児童手当について知りたいです",
      "ちょっとお聞きしたいんですが、国民年金について知りたいです",
      "犬の登録ってどこでするんですか",
      "粗大ごみの出し方を教えて",
      "印鑑登録の手続き",
    ]);
    const groups = clusters.map((cluster) => [...cluster.examples].sort().join(" | "));
    expect(groups).toEqual(
      expect.arrayContaining([
        [
          "ちょっとお聞きしたいんですが、犬の登録について知りたいです",
          "犬の登録ってどこでするんですか",
        ]
          .sort()
          .join(" | "),
      ]),
    );
    expect(
      clusters.find((cluster) => cluster.examples.some((e) => e.includes("住民票")))?.count,
    ).toBe(1);
  });
});
