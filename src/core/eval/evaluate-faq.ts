import type { AnswerOptions } from "../answer";
import { answerInquiryOffline } from "../answer";
import type { Department } from "../faq";
import type { FaqIndex } from "../search";
import type { EvalQuestion } from "./parse-questions-csv";
import type { EvalReport } from "./run-eval";
import { judgeOutcome, summarizeEval } from "./run-eval";

/**
 * Runs every question through the offline engine and summarizes. Pure, so the plugin's FAQ
 * workbench can run the same regression test in the browser.
 */
export function evaluateFaq(params: {
  readonly questions: readonly EvalQuestion[];
  readonly index: FaqIndex;
  readonly departments: readonly Department[];
  readonly options?: AnswerOptions;
}): EvalReport {
  const outcomes = params.questions.map((question) =>
    judgeOutcome(
      question,
      answerInquiryOffline({
        text: question.question,
        index: params.index,
        departments: params.departments,
        options: params.options,
      }),
    ),
  );
  return summarizeEval(outcomes);
}
