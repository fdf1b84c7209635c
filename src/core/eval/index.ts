export type { EvalQuestion } from "./parse-questions-csv";
export { parseQuestionsCsv } from "./parse-questions-csv";
export type { Ratio, EvalMetrics, EvalOutcome, EvalReport } from "./run-eval";
export { judgeOutcome, summarizeEval, HELDOUT_TAG } from "./run-eval";
export { evaluateFaq } from "./evaluate-faq";
