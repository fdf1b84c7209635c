import { DocIndex } from "./DocIndex";
import { summarizePassages } from "./summarize-passages";
import { SMALL_MANUALS } from "./__fixtures__/small-manuals";

const DOCUMENTS = SMALL_MANUALS;

describe("DocIndex", () => {
  const index = DocIndex.build(DOCUMENTS);

  describe("search", () => {
    it.each([
      ["単身の家賃の上限はいくら", "housing.md", "1.1 上限額"],
      ["引っ越しのとき敷金は出る？", "housing.md", "2.1 敷金"],
      ["ケースワーカーは記録をいつまでに入力する", "visits.pdf", "2.1 期限"],
      ["ｹｰｽ記録の入力期限", "visits.pdf", "2.1 期限"],
      ["一人暮らしだと家賃はいくらまで見てもらえる？", "housing.md", "1.1 上限額"],
    ])("should rank the right passage first for %s", (question, doc, section) => {
      const result = index.search(question);
      expect(result.found).toBe(true);
      if (!result.found) return;
      expect(result.hits[0]!.chunk.doc).toBe(doc);
      expect(result.hits[0]!.chunk.sectionPath.at(-1)).toBe(section);
    });

    it("should give the location and a highlighted snippet", () => {
      const result = index.search("ケース記録の入力期限");
      if (!result.found) throw new Error("not found");
      expect(result.hits[0]).toMatchObject({
        location: "p.2 > 2. 記録 > 2.1 期限",
        title: "訪問調査",
      });
      expect(result.hits[0]!.snippet.highlights.length).toBeGreaterThan(0);
    });

    it("should say not found, with the closest documents, when the manuals lack the words", () => {
      const result = index.search("冬季加算はいつからですか");
      expect(result.found).toBe(false);
      if (result.found) return;
      expect(result.closestDocuments.length).toBeLessThanOrEqual(3);
    });

    it("should say not found when the manuals' words are there but a compound asked about is not", () => {
      // 住宅扶助 and 上限額 are in the manual; 生活扶助 and 基準額 are not.
      const result = index.search("単身世帯の生活扶助の基準額はいくら");
      expect(result.found).toBe(false);
      expect(result.gate?.compoundCoverage).toBeLessThan(1);
      if (result.found) return;
      expect(result.closestDocuments[0]?.doc).toBe("housing.md");
    });

    it("should explain the gate with its signals and score", () => {
      const result = index.search("単身の家賃の上限はいくら");
      expect(result.found).toBe(true);
      expect(result.gate).toMatchObject({ missing: 0, compoundCoverage: 1 });
      expect(result.gate?.score).toBeGreaterThanOrEqual(0.5);
    });

    it("should not find anything for an empty question", () => {
      expect(index.search("").found).toBe(false);
    });
  });

  describe("serialization", () => {
    it("should answer the same after a JSON round trip", () => {
      const restored = DocIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
      expect(restored).not.toBeNull();
      for (const question of ["敷金", "家庭訪問の頻度", "冬季加算"]) {
        expect(restored!.search(question)).toEqual(index.search(question));
      }
    });

    it("should refuse an index written by another version", () => {
      expect(DocIndex.fromJSON({ ...index.toJSON(), version: -1 })).toBeNull();
    });
  });

  describe("summarizePassages", () => {
    it("should quote the best sentence of each strong passage with a citation mark", () => {
      const result = index.search("引越し費用の確認方法");
      if (!result.found) throw new Error("not found");
      const answer = summarizePassages(result.hits, "引越し費用の確認方法");
      expect(answer?.text.split("\n")[0]).toBe("引越し費用は見積書で確認する。［1］");
      expect(answer?.sources[0]!.chunk.sectionPath.at(-1)).toBe("2.1 敷金");
    });

    it("should return null rather than an uncited answer when there are no passages", () => {
      expect(summarizePassages([], "何か")).toBeNull();
    });
  });
});
