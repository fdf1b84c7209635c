/**
 * Evaluation on the PII fixtures (test/fixtures/pii): the targets are ≥ 99 % of
 * personal-information items masked and ≤ 2 % of ordinary items wrongly masked. The held-out
 * file was written after the rules and is reported separately (a looser floor guards it).
 */
import type { MaskingScore } from "../../../test/fixtures/pii/evaluate";
import {
  FIXTURE_PII_TYPES,
  readFixture,
  readPublicNumbers,
  scoreMasking,
} from "../../../test/fixtures/pii/evaluate";

const RECALL_TARGET = 0.99;
const FALSE_POSITIVE_TARGET = 0.02;
// Regression guards, not targets. First runs, before any change they prompted (see docs/pii.md):
// pii-heldout 94.2 % recall (65/69), pii-heldout-2 87.5 % (28/32); 0 ordinary items masked;
// pii-adversarial 86.3 % (139/161), 7/100 ordinary items masked; pii-adversarial-2 80.0 % (40/50).
const HELD_OUT_RECALL_FLOOR = 0.9;
// pii-unseen.jsonl was written blind by another colleague; its first run scored 79.2 % (183/231)
// and 2/89 ordinary items masked. It has been a development set since (round 2 reached 97.4 %,
// round 4 98.7 %, 228/231).
const UNSEEN_RECALL_FLOOR = 0.98;
// pii-unseen-2.jsonl, the second blind set: first run (after round 2) 71.5 % (221/309), 0/148
// ordinary items masked; used as a development set since: round 3 reached 82.5 % (255/309),
// round 4 99.0 % (306/309). Development figures, not estimates for unseen text.
const UNSEEN_2_RECALL_FLOOR = 0.985;
// pii-unseen-3.jsonl, the third blind set, written with a phone book's mix of names: first run
// (after round 3) 91.2 % (333/365), 0/99 ordinary items masked; after round 4 92.6 % (338/365).
// Nobody working on the masker has read it: this is the estimate for new text.
const UNSEEN_3_RECALL_FLOOR = 0.92;
const HELD_OUT_FALSE_POSITIVE_CEILING = 0.05;

/** Prints the figures; the rows themselves only where reading them spoils nothing. */
function report(label: string, score: MaskingScore, options = { rows: true }): void {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  console.log(
    [
      `${label}: recall ${pct(score.recall)} (${score.masked}/${score.items}), type accuracy ${pct(score.typeAccuracy)}`,
      `ordinary items masked ${pct(score.hazardRate)} (${score.hazardsMasked}/${score.hazards}), lines with unexpected masks ${pct(score.unexpectedLineRate)} (${score.linesWithUnexpected}/${score.lines})`,
      ...(options.rows ? score.misses.map((miss) => `  missed: ${miss}`) : []),
      ...(options.rows ? score.falsePositives.map((fp) => `  false positive: ${fp}`) : []),
    ].join("\n"),
  );
}

describe("maskPii on the PII test set", () => {
  const publicNumbers = readPublicNumbers();

  describe("tuning set", () => {
    const cases = readFixture("pii-cases.jsonl");
    const negatives = readFixture("pii-negatives.jsonl");

    it("should have enough lines and cover every type several times", () => {
      expect(cases.length).toBeGreaterThanOrEqual(300);
      expect(negatives.length).toBeGreaterThanOrEqual(200);
      const counts = new Map<string, number>();
      for (const line of cases)
        for (const e of line.entities) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
      for (const type of FIXTURE_PII_TYPES) {
        expect([type, counts.get(type) ?? 0]).toEqual([type, expect.any(Number)]);
        expect(counts.get(type) ?? 0).toBeGreaterThanOrEqual(3);
      }
    });

    it("should mask at least 99% of personal-information items", () => {
      const score = scoreMasking(cases, { publicNumbers });
      report("pii-cases", score);
      expect(score.recall).toBeGreaterThanOrEqual(RECALL_TARGET);
    });

    it("should wrongly mask at most 2% of ordinary items and lines", () => {
      const score = scoreMasking(negatives, { publicNumbers });
      report("pii-negatives", score);
      expect(score.hazardRate).toBeLessThanOrEqual(FALSE_POSITIVE_TARGET);
      expect(score.unexpectedLineRate).toBeLessThanOrEqual(FALSE_POSITIVE_TARGET);
    });
  });

  describe("held-out sets (written after the rules)", () => {
    it.each([
      ["pii-heldout.jsonl"],
      ["pii-heldout-2.jsonl"],
      ["pii-adversarial.jsonl"],
      ["pii-adversarial-2.jsonl"],
      ["pii-adversarial-3.jsonl"],
    ])("should report %s separately and stay above a floor", (file) => {
      const heldout = readFixture(file);
      const positives = heldout.filter((line) => line.entities.length > 0);
      const negatives = heldout.filter((line) => line.entities.length === 0);
      const positiveScore = scoreMasking(positives, { publicNumbers });
      const negativeScore = scoreMasking(negatives, { publicNumbers });
      report(`${file} positives`, positiveScore);
      report(`${file} negatives`, negativeScore);
      expect(positiveScore.recall).toBeGreaterThanOrEqual(HELD_OUT_RECALL_FLOOR);
      expect(negativeScore.hazardRate).toBeLessThanOrEqual(HELD_OUT_FALSE_POSITIVE_CEILING);
    });
  });

  describe("sets written blind by colleagues who never saw the masker", () => {
    // The unread set's missed rows are not printed, so that it stays unread.
    it.each([
      ["pii-unseen.jsonl", "development set", UNSEEN_RECALL_FLOOR, true],
      ["pii-unseen-2.jsonl", "development set", UNSEEN_2_RECALL_FLOOR, true],
      ["pii-unseen-3.jsonl", "unread: the estimate for new text", UNSEEN_3_RECALL_FLOOR, false],
    ] as const)("should report %s (%s) and stay above its floor", (file, role, floor, rows) => {
      const score = scoreMasking(readFixture(file), { publicNumbers });
      report(`${file} (${role})`, score, { rows });
      expect(score.recall).toBeGreaterThanOrEqual(floor);
      expect(score.hazardRate).toBeLessThanOrEqual(FALSE_POSITIVE_TARGET);
    });
  });
});
