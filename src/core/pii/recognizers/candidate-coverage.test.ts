import type { Candidate } from "../types";
import { candidateCoverage } from "./candidate-coverage";

const at = (start: number, end: number): Candidate => ({
  type: "person_name",
  start,
  end,
  score: 0.8,
  evidence: "test",
  key: "",
});

describe("candidateCoverage", () => {
  describe("when spans are asked about", () => {
    const covers = candidateCoverage([at(20, 30), at(0, 5), at(8, 12)]);

    it.each([
      [0, 5],
      [1, 4],
      [9, 12],
      [20, 30],
      [25, 26],
    ])("should say %i–%i is covered", (start, end) => {
      expect(covers(start, end)).toBe(true);
    });

    it.each([
      [4, 6],
      [6, 7],
      [7, 9],
      [11, 13],
      [19, 21],
      [29, 31],
      [31, 32],
    ])("should say %i–%i is not covered", (start, end) => {
      expect(covers(start, end)).toBe(false);
    });
  });

  describe("when a long candidate starts before shorter ones", () => {
    it("should use the farthest end of every earlier candidate", () => {
      const covers = candidateCoverage([at(0, 50), at(10, 12)]);
      expect(covers(30, 40)).toBe(true);
      expect(covers(45, 55)).toBe(false);
    });
  });

  describe("when there is no candidate", () => {
    it("should cover nothing", () => {
      expect(candidateCoverage([])(0, 1)).toBe(false);
    });
  });
});
