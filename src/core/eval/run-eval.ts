import type { InquiryResult } from "../answer";
import type { EvalQuestion } from "./parse-questions-csv";

/** A count of successes over cases. */
export type Ratio = {
  readonly correct: number;
  readonly total: number;
  readonly rate: number | null;
};

export type EvalMetrics = {
  readonly top1: Ratio;
  readonly top3: Ratio;
  readonly action: Ratio;
  /** Must-transfer rows that were transferred. */
  readonly transferred: Ratio;
  /** Must-transfer rows with an expected department that went there. */
  readonly department: Ratio;
  readonly crisisRecall: Ratio;
  /** Answerable rows that were answered (not transferred or sent back). */
  readonly answered: Ratio;
  /** Answerable rows answered with an acceptable citation. */
  readonly answeredCorrectly: Ratio;
  readonly needlessTransfer: Ratio;
};

export type EvalOutcome = {
  readonly question: EvalQuestion;
  readonly result: InquiryResult;
  readonly passed: boolean;
  readonly failures: readonly string[];
};

export type EvalReport = {
  readonly overall: EvalMetrics;
  readonly tuning: EvalMetrics;
  readonly heldout: EvalMetrics;
  readonly byTag: Readonly<Record<string, Ratio>>;
  /** Top-1 accuracy per confidence band: is the confidence calibrated? */
  readonly calibration: readonly { readonly band: string; readonly top1: Ratio }[];
  readonly outcomes: readonly EvalOutcome[];
};

/** The tag that marks held-out rows (never used for tuning). */
export const HELDOUT_TAG = "heldout";
const BANDS = [0, 0.2, 0.4, 0.6, 0.8, 1.0001] as const;

/** Judges one row: its action, its top FAQ and its department against the expectations. */
export function judgeOutcome(question: EvalQuestion, result: InquiryResult): EvalOutcome {
  const failures: string[] = [];
  if (question.expectedAction && result.action !== question.expectedAction) failures.push("action");
  const top = result.candidates[0]?.id;
  if (question.expectedAction === "answer" && question.expectedFaqIds.length > 0) {
    if (!top || !question.expectedFaqIds.includes(top)) failures.push("faq");
  }
  if (question.expectedAction === "transfer" && question.expectedDepartment) {
    if (result.department !== question.expectedDepartment) failures.push("department");
  }
  return { question, result, passed: failures.length === 0, failures };
}

/** Aggregates judged rows into the figures city staff and the benchmark report. */
export function summarizeEval(outcomes: readonly EvalOutcome[]): EvalReport {
  const tuning = outcomes.filter((o) => !o.question.tags.includes(HELDOUT_TAG));
  const heldout = outcomes.filter((o) => o.question.tags.includes(HELDOUT_TAG));
  const byTag: Record<string, Ratio> = {};
  const tags = [...new Set(outcomes.flatMap((o) => o.question.tags))].sort();
  for (const tag of tags) {
    byTag[tag] = ratio(
      outcomes.filter((o) => o.question.tags.includes(tag)),
      (o) => o.passed,
    );
  }
  const withFaq = outcomes.filter((o) => o.question.expectedFaqIds.length > 0);
  const calibration = BANDS.slice(0, -1).map((low, i) => {
    const high = BANDS[i + 1] as number;
    const inBand = withFaq.filter((o) => o.result.confidence >= low && o.result.confidence < high);
    return {
      band: `${low.toFixed(1)}–${Math.min(1, high).toFixed(1)}`,
      top1: ratio(inBand, isTop1),
    };
  });
  return {
    overall: computeMetrics(outcomes),
    tuning: computeMetrics(tuning),
    heldout: computeMetrics(heldout),
    byTag,
    calibration,
    outcomes,
  };
}

function computeMetrics(outcomes: readonly EvalOutcome[]): EvalMetrics {
  const withFaq = outcomes.filter((o) => o.question.expectedFaqIds.length > 0);
  const expecting = (action: string) =>
    outcomes.filter((o) => o.question.expectedAction === action);
  const mustTransfer = expecting("transfer");
  const answerable = expecting("answer");
  return {
    top1: ratio(withFaq, isTop1),
    top3: ratio(withFaq, (o) =>
      o.result.candidates.slice(0, 3).some((c) => o.question.expectedFaqIds.includes(c.id)),
    ),
    action: ratio(
      outcomes.filter((o) => o.question.expectedAction),
      (o) => o.result.action === o.question.expectedAction,
    ),
    transferred: ratio(mustTransfer, (o) => o.result.action === "transfer"),
    department: ratio(
      mustTransfer.filter((o) => o.question.expectedDepartment),
      (o) =>
        o.result.action === "transfer" && o.result.department === o.question.expectedDepartment,
    ),
    crisisRecall: ratio(expecting("emergency"), (o) => o.result.action === "emergency"),
    answered: ratio(answerable, (o) => o.result.action === "answer"),
    answeredCorrectly: ratio(
      answerable.filter((o) => o.question.expectedFaqIds.length > 0),
      (o) =>
        o.result.action === "answer" &&
        o.result.citations.some((id) => o.question.expectedFaqIds.includes(id)),
    ),
    needlessTransfer: ratio(answerable, (o) => o.result.action === "transfer"),
  };
}

function isTop1(o: EvalOutcome): boolean {
  const top = o.result.candidates[0]?.id;
  return top !== undefined && o.question.expectedFaqIds.includes(top);
}

function ratio<T>(items: readonly T[], test: (item: T) => boolean): Ratio {
  const correct = items.filter(test).length;
  return { correct, total: items.length, rate: items.length > 0 ? correct / items.length : null };
}
