import { GATE_WEIGHTS, MIN_GATE_SCORE, scoreGate } from "./score-gate";

describe("scoreGate", () => {
  describe("combined signals", () => {
    it("should answer when a passage covers the key terms and the compounds", () => {
      expect(scoreGate({ coverage: 0.8, missing: 0, compoundCoverage: 1 })).toBeGreaterThanOrEqual(
        MIN_GATE_SCORE,
      );
    });

    it("should refuse when the question's compounds are not in the passage, however covered", () => {
      expect(scoreGate({ coverage: 1, missing: 0, compoundCoverage: 0 })).toBeLessThan(
        MIN_GATE_SCORE,
      );
    });

    it("should refuse when much of the vocabulary appears nowhere in the manuals", () => {
      const covered = scoreGate({ coverage: 0.5, missing: 0, compoundCoverage: 1 });
      const outside = scoreGate({ coverage: 0.5, missing: 0.5, compoundCoverage: 1 });
      expect(outside).toBeLessThan(covered);
      expect(outside).toBeLessThan(MIN_GATE_SCORE);
    });

    it("should grow with coverage", () => {
      const low = scoreGate({ coverage: 0.1, missing: 0, compoundCoverage: 1 });
      const high = scoreGate({ coverage: 0.6, missing: 0, compoundCoverage: 1 });
      expect(low).toBeLessThan(MIN_GATE_SCORE);
      expect(high).toBeGreaterThan(low);
    });
  });

  describe("weights", () => {
    it("should use the weights it is given", () => {
      const signals = { coverage: 0, missing: 0, compoundCoverage: 0 };
      const weights = { ...GATE_WEIGHTS, bias: 0 };
      expect(scoreGate(signals, weights)).toBeCloseTo(0.5);
    });
  });
});
