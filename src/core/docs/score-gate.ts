/**
 * The "not found" gate: whether one of the best passages answers the question, from lexical
 * signals that need no model. Coverage alone cannot tell a paraphrased answerable question from
 * one that uses the manuals' words but asks what they do not say (生活扶助の基準額 against a
 * passage on 住宅扶助の基準 and 上限額); whole compounds and words found nowhere in the
 * manuals can.
 */

import type { DocGateVerdict } from "./types";

/** What the gate looks at, each 0–1 and IDF-weighted over the question's terms. */
export type GateSignals = {
  /** Share of the key terms found in the best candidate passage. */
  readonly coverage: number;
  /** Share of the key words that no passage of the index contains (out-of-corpus vocabulary). */
  readonly missing: number;
  /** Share of the question's kanji compounds found whole in that passage; 1 without any. */
  readonly compoundCoverage: number;
};

/**
 * Logistic-regression weights over {@link GateSignals}, fitted on the tuning rows of
 * samples/manuals-questions.csv plus the first blind set (the development set) by
 * `npx tsx scripts/fit-docs-gate.ts` (class-balanced, L2 0.1). Refit and copy the printed values
 * when the signals, the variant tables or the sample questions change.
 */
export const GATE_WEIGHTS = {
  bias: -4.83,
  coverage: 3.75,
  missing: -7.72,
  compoundCoverage: 4.11,
} as const;

/**
 * Answered when the gate's score is at least this: even odds, the classes being balanced in the
 * fit (0.4 and 0.5 give the same leave-one-out figures on the fitting rows).
 */
export const MIN_GATE_SCORE = 0.5;

/** The combined gate score in 0–1: the fitted model's probability that the manuals answer. */
export function scoreGate(
  signals: GateSignals,
  weights: Readonly<Record<keyof typeof GATE_WEIGHTS, number>> = GATE_WEIGHTS,
): number {
  const logit =
    weights.bias +
    weights.coverage * signals.coverage +
    weights.missing * signals.missing +
    weights.compoundCoverage * signals.compoundCoverage;
  return 1 / (1 + Math.exp(-logit));
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/** The signals and the score, rounded for results and logs. */
export function explainGate(signals: GateSignals): DocGateVerdict {
  return {
    coverage: round3(signals.coverage),
    missing: round3(signals.missing),
    compoundCoverage: round3(signals.compoundCoverage),
    score: round3(scoreGate(signals)),
  };
}
