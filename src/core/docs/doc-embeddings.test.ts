import { decodeBase64, encodeBase64 } from "./base64";
import { DocEmbeddings } from "./doc-embeddings";
import { fuseRankings } from "./fuse-rankings";

describe("encodeBase64", () => {
  describe("round trip", () => {
    it.each([[[]], [[0]], [[255, 1]], [[1, 2, 3]], [[128, 0, 127, 200, 13]]])(
      "should decode what it encoded for %j",
      (bytes) => {
        const encoded = encodeBase64(Uint8Array.from(bytes));
        expect(Buffer.from(encoded, "base64")).toEqual(Buffer.from(bytes));
        expect(Array.from(decodeBase64(encoded)!)).toEqual(bytes);
      },
    );

    it("should refuse text that is not base64", () => {
      expect(decodeBase64("ab$d")).toBeNull();
    });
  });
});

describe("DocEmbeddings", () => {
  const vectors = [
    [1, 0, 0, 0],
    [0.6, 0.8, 0, 0],
    [0, 0, 3, 4],
  ];

  describe("similarities", () => {
    it("should rank chunks by cosine similarity within the int8 step", () => {
      const embeddings = DocEmbeddings.fromVectors("m", vectors)!;
      const similarities = Array.from(embeddings.similarities([2, 0, 0, 0])!);
      expect(similarities[0]).toBeCloseTo(1, 2);
      expect(similarities[1]).toBeCloseTo(0.6, 2);
      expect(similarities[2]).toBeCloseTo(0, 2);
    });

    it("should refuse a query of other dimensions", () => {
      expect(DocEmbeddings.fromVectors("m", vectors)!.similarities([1, 0])).toBeNull();
    });

    it("should refuse vectors of mixed length", () => {
      expect(DocEmbeddings.fromVectors("m", [[1, 0], [1]])).toBeNull();
    });
  });

  describe("serialization", () => {
    it("should keep model, dimensions and similarities through JSON", () => {
      const embeddings = DocEmbeddings.fromVectors("m", vectors)!;
      const json = JSON.parse(JSON.stringify(embeddings.toJSON()));
      expect(json).toMatchObject({ model: "m", dimensions: 4 });
      expect(typeof json.vectors).toBe("string");
      const restored = DocEmbeddings.fromJSON(json)!;
      expect(restored.similarities([0, 1, 1, 0])).toEqual(embeddings.similarities([0, 1, 1, 0]));
    });

    it("should refuse vectors that do not match the scales", () => {
      const json = DocEmbeddings.fromVectors("m", vectors)!.toJSON();
      expect(DocEmbeddings.fromJSON({ ...json, scales: [1] })).toBeNull();
    });
  });
});

describe("fuseRankings", () => {
  describe("reciprocal rank", () => {
    it("should put an item second in both lists above items first in only one", () => {
      const fused = fuseRankings([
        [0, 1],
        [2, 1],
      ]);
      expect(fused.map((hit) => hit.index)).toEqual([1, 0, 2]);
      expect(fused[0]!.score).toBeCloseTo(2 / 62, 6);
    });

    it("should keep the first ranking's order on ties", () => {
      expect(
        fuseRankings([
          [5, 7],
          [7, 5],
        ]).map((hit) => hit.index),
      ).toEqual([5, 7]);
    });
  });
});
