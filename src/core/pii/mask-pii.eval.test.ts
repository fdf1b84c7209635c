/**
 * Evaluation on the PII fixtures (test/fixtures/pii): the targets are ≥ 99 % of
 * personal-information items masked and ≤ 2 % of ordinary items wrongly masked. The held-out
 * file was written after the rules and is reported separately (a looser floor guards it).
 */
import type { MaskingScore } from "../../../test/fixtures/pii/evaluate";
import { readFixture, readPublicNumbers, scoreMasking } from "../../../test/fixtures/pii/evaluate";

const RECALL_TARGET = 0.99;
const FALSE_POSITIVE_TARGET = 0.02;
// Regression guards, not targets. First runs, before any change they prompted (see docs/pii.md):
// pii-heldout 94.2 % recall (65/69), pii-heldout-2 87.5 % (28/32); 0 ordinary items masked.
const HELD_OUT_RECALL_FLOOR = 0.9;
const HELD_OUT_FALSE_POSITIVE_CEILING = 0.05;

function report(label: string, score: MaskingScore): void {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  console.log(
    [
      `${label}: recall ${pct(score.recall)} (${score.masked}/${score.items}), type accuracy ${pct(score.typeAccuracy)}`,
      `ordinary items masked ${pct(score.hazardRate)} (${score.hazardsMasked}/${score.hazards}), lines with unexpected masks ${pct(score.unexpectedLineRate)} (${score.linesWithUnexpected}/${score.lines})`,
      ...score.misses.map((miss) => `  missed: ${miss}`),
      ...score.falsePositives.map((fp) => `  false positive: ${fp}`),
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
      for (const type of [
        "my_number",
        "phone",
        "email",
        "postal_code",
        "address",
        "birth_date",
        "bank_account",
        "postal_account",
        "credit_card",
        "health_insurance",
        "pension_number",
        "drivers_license",
        "passport",
        "residence_card",
        "secret",
        "person_name",
      ]) {
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
    it.each([["pii-heldout.jsonl"], ["pii-heldout-2.jsonl"]])(
      "should report %s separately and stay above a floor",
      (file) => {
        const heldout = readFixture(file);
        const positives = heldout.filter((line) => line.entities.length > 0);
        const negatives = heldout.filter((line) => line.entities.length === 0);
        const positiveScore = scoreMasking(positives, { publicNumbers });
        const negativeScore = scoreMasking(negatives, { publicNumbers });
        report(`${file} positives`, positiveScore);
        report(`${file} negatives`, negativeScore);
        expect(positiveScore.recall).toBeGreaterThanOrEqual(HELD_OUT_RECALL_FLOOR);
        expect(negativeScore.hazardRate).toBeLessThanOrEqual(HELD_OUT_FALSE_POSITIVE_CEILING);
      },
    );
  });
});
