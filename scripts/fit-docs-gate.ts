/**
 * Fits the manual-search "not found" gate (`npx tsx scripts/fit-docs-gate.ts`): a logistic
 * regression over the gate signals of src/core/docs/score-gate.ts, on the TUNING rows of
 * samples/manuals-questions.csv plus the first blind set (samples/manuals-questions-unseen.csv,
 * now the development set: its first-run figures are recorded in docs/docs-search.md). Held-out
 * rows are never read for fitting and appear only as aggregates; the second blind set is not
 * read at all. Classes are balanced (each weighs half). Deterministic: plain gradient descent from zero, fixed steps. Prints the weights
 * to copy into GATE_WEIGHTS, the trade-off by threshold, and leave-one-out estimates per set.
 */
import type { GateSignals } from "../src/core/docs";
import { DocIndex, GATE_WEIGHTS, MIN_GATE_SCORE, scoreGate } from "../src/core/docs";
import {
  loadManualDocuments,
  readBlindManualQuestions,
  readManualQuestions,
} from "./bench/docs-corpus";

const L2 = 0.1;
const STEPS = 5000;
const LEARNING_RATE = 0.05;
const FEATURES = ["coverage", "missing", "compoundCoverage"] as const;

type Row = { signals: GateSignals; answerable: boolean; set: "tuning" | "dev" };
type Weights = Record<"bias" | (typeof FEATURES)[number], number>;

function fit(rows: readonly Row[]): Weights {
  const w = [0, 0, 0, 0];
  const x = rows.map((row) => [1, ...FEATURES.map((name) => row.signals[name])]);
  // Class-balanced: each class weighs as much in total, so even odds means equal error rates
  // (unanswerable rows are fewer, and an unbalanced fit answers too readily).
  const nAnswerable = rows.filter((row) => row.answerable).length;
  const balance = (row: Row) =>
    rows.length / (2 * (row.answerable ? nAnswerable : rows.length - nAnswerable));
  for (let step = 0; step < STEPS; step += 1) {
    const gradient = [0, 0, 0, 0];
    rows.forEach((row, i) => {
      const logit = x[i]!.reduce((sum, value, j) => sum + value * w[j]!, 0);
      const error = 1 / (1 + Math.exp(-logit)) - (row.answerable ? 1 : 0);
      x[i]!.forEach((value, j) => (gradient[j]! += balance(row) * error * value));
    });
    for (let j = 0; j < w.length; j += 1) {
      w[j]! -= LEARNING_RATE * (gradient[j]! + (j > 0 ? L2 * w[j]! : 0));
    }
  }
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    bias: round(w[0]!),
    coverage: round(w[1]!),
    missing: round(w[2]!),
    compoundCoverage: round(w[3]!),
  };
}

function tally(rows: readonly Row[], weights: Weights, threshold: number): string {
  const answerable = rows.filter((row) => row.answerable);
  const answered = answerable.filter((row) => scoreGate(row.signals, weights) >= threshold);
  const refused = rows.filter(
    (row) => !row.answerable && scoreGate(row.signals, weights) < threshold,
  );
  return `${answered.length}/${answerable.length} answered, ${refused.length}/${rows.length - answerable.length} refused`;
}

async function main(): Promise<void> {
  const index = DocIndex.build(await loadManualDocuments());
  const signalsOf = (question: string): GateSignals => {
    const { gate } = index.search(question, { minCoverage: 0, minGateScore: 0 });
    if (!gate) throw new Error(`no gate signals for: ${question}`);
    return gate;
  };
  const questions = readManualQuestions();
  const rows: Row[] = [
    ...questions
      .filter((q) => !q.heldout)
      .map((q) => ({
        signals: signalsOf(q.question),
        answerable: Boolean(q.doc),
        set: "tuning" as const,
      })),
    ...readBlindManualQuestions("blind-1 (dev)").map((q) => ({
      signals: signalsOf(q.question),
      answerable: Boolean(q.doc),
      set: "dev" as const,
    })),
  ];
  const weights = fit(rows);
  console.log(`fitted on ${rows.length} rows, tuning + dev (L2 ${L2}):`);
  console.log(`  GATE_WEIGHTS = ${JSON.stringify(weights)}`);
  console.log(`  in use       = ${JSON.stringify(GATE_WEIGHTS)}`);
  // Leave-one-out: each row scored by weights fitted without it (cross-validated figures).
  const looScores = rows.map((row, i) =>
    scoreGate(row.signals, fit(rows.filter((_, j) => j !== i))),
  );
  for (const threshold of [0.3, 0.4, 0.5, 0.6, 0.7]) {
    const mark = threshold === MIN_GATE_SCORE ? " (MIN_GATE_SCORE)" : "";
    const loo = (set: Row["set"]) => {
      const idx = rows.map((row, i) => i).filter((i) => rows[i]!.set === set);
      const answered = idx.filter((i) => rows[i]!.answerable && looScores[i]! >= threshold).length;
      const refused = idx.filter((i) => !rows[i]!.answerable && looScores[i]! < threshold).length;
      const nAnswerable = idx.filter((i) => rows[i]!.answerable).length;
      return `${answered}/${nAnswerable} answered, ${refused}/${idx.length - nAnswerable} refused`;
    };
    const of = (set: Row["set"]) => rows.filter((row) => row.set === set);
    console.log(
      `  threshold ${threshold}${mark}: fitted tuning ${tally(of("tuning"), weights, threshold)}, dev ${tally(of("dev"), weights, threshold)}; leave-one-out tuning ${loo("tuning")}, dev ${loo("dev")}`,
    );
  }
  const heldout = questions
    .filter((q) => q.heldout)
    .map((q) => ({
      signals: signalsOf(q.question),
      answerable: Boolean(q.doc),
      set: "tuning" as const,
    }));
  console.log(
    `held-out aggregate with the fitted weights: ${tally(heldout, weights, MIN_GATE_SCORE)}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
