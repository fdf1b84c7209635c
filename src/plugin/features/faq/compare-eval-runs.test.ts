import { compareEvalRuns, parseSnapshot } from "./compare-eval-runs";

const snapshot = (passed: string[], failed: string[], top1: number | null) => ({
  at: "2026-11-20T00:00:00Z",
  passed,
  failed,
  top1,
  answered: null,
});

describe("compareEvalRuns", () => {
  describe("changes between runs", () => {
    it("should list questions fixed and broken since the previous run", () => {
      const changes = compareEvalRuns(
        snapshot(["Q1", "Q2"], ["Q3"], 0.5),
        snapshot(["Q1", "Q3"], ["Q2"], 0.6),
      );
      expect(changes.fixed).toEqual(["Q3"]);
      expect(changes.broken).toEqual(["Q2"]);
      expect(changes.top1Delta).toBeCloseTo(0.1);
    });

    it("should report nothing changed on the first run", () => {
      expect(compareEvalRuns(null, snapshot(["Q1"], [], 1))).toEqual({
        fixed: [],
        broken: [],
        top1Delta: null,
      });
    });
  });

  describe("parseSnapshot", () => {
    it.each([null, "", "{", '{"passed":1}', "[]"])("should treat %p as no previous run", (text) => {
      expect(parseSnapshot(text)).toBeNull();
    });

    it("should read back a stored snapshot", () => {
      const stored = snapshot(["Q1"], ["Q2"], 0.5);
      expect(parseSnapshot(JSON.stringify(stored))).toEqual(stored);
    });
  });
});
