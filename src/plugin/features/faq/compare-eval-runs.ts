import type { EvalReport } from "../../../core";

/** What one run keeps for the next comparison (stored in the browser). */
export type EvalSnapshot = {
  readonly at: string;
  readonly passed: readonly string[];
  readonly failed: readonly string[];
  readonly top1: number | null;
  readonly answered: number | null;
};

export type EvalChanges = {
  readonly fixed: readonly string[];
  readonly broken: readonly string[];
  readonly top1Delta: number | null;
};

/** Reduces a report to the ids that passed and failed and the headline rates. */
export function snapshotReport(report: EvalReport, at: string): EvalSnapshot {
  return {
    at,
    passed: report.outcomes.filter((o) => o.passed).map((o) => o.question.id),
    failed: report.outcomes.filter((o) => !o.passed).map((o) => o.question.id),
    top1: report.overall.top1.rate,
    answered: report.overall.answeredCorrectly.rate,
  };
}

/** Questions that now pass (fixed) or now fail (broken) compared with the previous run. */
export function compareEvalRuns(previous: EvalSnapshot | null, current: EvalSnapshot): EvalChanges {
  if (!previous) return { fixed: [], broken: [], top1Delta: null };
  const before = new Set(previous.passed);
  const failedBefore = new Set(previous.failed);
  return {
    fixed: current.passed.filter((id) => failedBefore.has(id)),
    broken: current.failed.filter((id) => before.has(id)),
    top1Delta:
      previous.top1 === null || current.top1 === null ? null : current.top1 - previous.top1,
  };
}

/** Reads a stored snapshot; anything malformed counts as "no previous run". */
export function parseSnapshot(text: string | null): EvalSnapshot | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<EvalSnapshot>;
    if (
      !Array.isArray(value.passed) ||
      !Array.isArray(value.failed) ||
      typeof value.at !== "string"
    )
      return null;
    return {
      at: value.at,
      passed: value.passed.filter((id): id is string => typeof id === "string"),
      failed: value.failed.filter((id): id is string => typeof id === "string"),
      top1: typeof value.top1 === "number" ? value.top1 : null,
      answered: typeof value.answered === "number" ? value.answered : null,
    };
  } catch {
    return null;
  }
}
