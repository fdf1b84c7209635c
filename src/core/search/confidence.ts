/** Inputs of the confidence estimate, all from one retrieval. */
export type ConfidenceSignals = {
  readonly topScore: number;
  readonly secondScore: number;
  /** Share of the query's weighted IDF found in the top entry (0–1). */
  readonly coverage: number;
  /** Weighted IDF matched by the top entry (absolute evidence). */
  readonly matchedWeight: number;
};

/**
 * Calibration constants. Coverage below `COVERAGE_FLOOR` means most of what the caller said is
 * not in the entry (an off-topic or unknown question); at `COVERAGE_FULL` it is explained.
 * The margin over the runner-up scales the result between `MARGIN_BASE` and 1: a clear winner
 * is trusted more than a near tie. A short query can be fully "covered" by a few common
 * syllables, so the matched evidence must also reach `EVIDENCE_FULL`. Checked against top-1 accuracy in `scripts/bench/engine.ts`.
 */
export const CONFIDENCE_CALIBRATION = {
  COVERAGE_FLOOR: 0.1,
  COVERAGE_FULL: 0.5,
  MARGIN_BASE: 0.6,
  MARGIN_FULL: 0.3,
  EVIDENCE_FULL: 10,
} as const;

/** Maps retrieval signals to a confidence in [0, 1] that the top entry is the right one. */
export function computeConfidence(signals: ConfidenceSignals): number {
  const { COVERAGE_FLOOR, COVERAGE_FULL, MARGIN_BASE, MARGIN_FULL, EVIDENCE_FULL } =
    CONFIDENCE_CALIBRATION;
  if (signals.topScore <= 0) return 0;
  const margin = Math.max(0, signals.topScore - signals.secondScore) / signals.topScore;
  const covered = clamp01((signals.coverage - COVERAGE_FLOOR) / (COVERAGE_FULL - COVERAGE_FLOOR));
  const absolute = Math.min(covered, clamp01(signals.matchedWeight / EVIDENCE_FULL));
  const relative = MARGIN_BASE + (1 - MARGIN_BASE) * Math.min(1, margin / MARGIN_FULL);
  return round3(absolute * relative);
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
