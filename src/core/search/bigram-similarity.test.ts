import { BigramSimilarity } from "./bigram-similarity";

describe("BigramSimilarity", () => {
  const similarity = BigramSimilarity.build([
    "暗証番号を忘れました",
    "カードをなくしました",
    "住所が変わりました",
  ]);

  it("should score the entry sharing the caller's wording highest", () => {
    const score = similarity.scorer("暗証番号忘れた");
    expect(score(0)).toBeGreaterThan(score(1));
    expect(score(0)).toBeGreaterThan(score(2));
  });

  it("should give 1 for the same text and 0 for nothing shared", () => {
    expect(similarity.scorer("カードをなくしました")(1)).toBeCloseTo(1, 10);
    expect(similarity.scorer("hello")(0)).toBe(0);
  });

  it("should ignore width, case, spaces and punctuation", () => {
    const plain = similarity.scorer("住所が変わりました")(2);
    expect(similarity.scorer("住所が　変わりました。")(2)).toBeCloseTo(plain, 10);
  });

  it("should score 0 for an index it does not hold and for an empty query", () => {
    expect(similarity.scorer("住所")(9)).toBe(0);
    expect(similarity.scorer("")(0)).toBe(0);
  });
});
