import type { EvalMetrics, EvalReport, Ratio } from "../../core";
import { FaqIndex, evaluateFaq, parseQuestionsCsv } from "../../core";
import type { MessageKey } from "../../messages";
import { formatBilingual, formatMessage } from "../../messages";
import { parseCliOptions } from "../cli-options";
import { loadEngineData, readTextFile, reportCsvErrors } from "../engine-data";
import { ENGINE_PHRASES } from "../engine-phrases";
import type { CliCommand, CliIo } from "../io";

const OPTION_SPEC = {
  values: ["faq", "questions", "departments", "variants"],
  flags: ["json"],
} as const;

/** Metric rows of the text report, in order, with their message keys. */
const METRIC_ROWS: readonly [keyof EvalMetrics, MessageKey][] = [
  ["top1", "M_EVAL_TOP1"],
  ["top3", "M_EVAL_TOP3"],
  ["action", "M_EVAL_ACTION"],
  ["answered", "M_EVAL_ANSWERED"],
  ["needlessTransfer", "M_EVAL_NEEDLESS"],
  ["transferred", "M_EVAL_TRANSFER"],
  ["department", "M_EVAL_DEPARTMENT"],
  ["crisisRecall", "M_EVAL_CRISIS"],
];

/** `madoguchi eval`: the FAQ regression test for city staff (offline engine). */
export const evalCommand: CliCommand = {
  path: ["eval"],
  summary: formatBilingual("M_ENGINE_EVAL_SUMMARY"),
  run: runEval,
};

async function runEval(argv: string[], io: CliIo): Promise<number> {
  const options = parseCliOptions(argv, OPTION_SPEC);
  if (options.unknown.length > 0) {
    io.stderr.write(
      `${formatBilingual("E_CLI_BAD_OPTION", { detail: options.unknown.join(" ") })}\n`,
    );
    return 2;
  }
  const { faq, questions: questionsFile } = options.values;
  if (!faq || !questionsFile) {
    io.stderr.write(`${formatBilingual("E_EVAL_QUESTIONS_REQUIRED")}\n`);
    return 2;
  }
  const data = await loadEngineData(io, {
    faq,
    departments: options.values.departments,
    variants: options.values.variants,
  });
  if (!data) return 1;
  let questionsText: string;
  try {
    questionsText = await readTextFile(io, questionsFile);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr.write(`${formatBilingual("E_ENGINE_FILE_READ", { file: questionsFile, detail })}\n`);
    return 1;
  }
  const parsed = parseQuestionsCsv(questionsText);
  reportCsvErrors(io, questionsFile, parsed.errors);
  const index = FaqIndex.build(data.entries, { variants: data.variants });
  const report = evaluateFaq({
    questions: parsed.questions,
    index,
    departments: data.departments,
    options: { phrases: ENGINE_PHRASES },
  });
  io.stdout.write(
    options.flags.has("json") ? `${JSON.stringify(toJson(report))}\n` : formatReport(report),
  );
  return 0;
}

function toJson(report: EvalReport) {
  return {
    overall: report.overall,
    tuning: report.tuning,
    heldout: report.heldout,
    byTag: report.byTag,
    calibration: report.calibration,
    failures: report.outcomes.filter((o) => !o.passed).map(describeFailure),
  };
}

function describeFailure(outcome: EvalReport["outcomes"][number]) {
  const { question, result } = outcome;
  return {
    id: question.id,
    line: question.line,
    question: question.question,
    tags: question.tags,
    failed: outcome.failures,
    expected: {
      faqIds: question.expectedFaqIds,
      action: question.expectedAction,
      department: question.expectedDepartment,
    },
    got: {
      top: result.candidates.map((c) => c.id),
      action: result.action,
      department: result.department,
      reasons: result.reasons,
      confidence: result.confidence,
    },
  };
}

function percent(ratio: Ratio): string {
  return ratio.rate === null
    ? "-"
    : `${(ratio.rate * 100).toFixed(1)}% (${ratio.correct}/${ratio.total})`;
}

function label(key: MessageKey): string {
  return `${formatMessage(key, "ja")} / ${formatMessage(key, "en")}`;
}

function formatReport(report: EvalReport): string {
  const lines: string[] = [`# ${label("M_EVAL_TITLE")}`, ""];
  lines.push(`| | all | tuning | heldout |`, `|---|---|---|---|`);
  for (const [metric, key] of METRIC_ROWS) {
    const cells = [report.overall, report.tuning, report.heldout].map((m) => percent(m[metric]));
    lines.push(`| ${label(key)} | ${cells.join(" | ")} |`);
  }
  lines.push("", `## ${label("M_EVAL_BY_TAG")}`, "");
  for (const [tag, ratio] of Object.entries(report.byTag))
    lines.push(`- ${tag}: ${percent(ratio)}`);
  const failures = report.outcomes.filter((o) => !o.passed);
  lines.push("", `## ${label("M_EVAL_FAILURES")} (${failures.length})`, "");
  const expected = formatMessage("M_EVAL_EXPECTED");
  const got = formatMessage("M_EVAL_GOT");
  for (const failure of failures.map(describeFailure)) {
    const want = [
      failure.expected.action,
      failure.expected.department,
      failure.expected.faqIds.join(";"),
    ];
    const have = [
      failure.got.action,
      failure.got.department,
      failure.got.top.join(";"),
      failure.got.reasons.join(","),
    ];
    lines.push(`- ${failure.id} 「${failure.question.slice(0, 80)}」`);
    lines.push(
      `  ${expected}: ${want.filter(Boolean).join(" ")} / ${got}: ${have.filter(Boolean).join(" ")}`,
    );
  }
  return `${lines.join("\n")}\n`;
}
