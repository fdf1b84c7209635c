import type { AnswerModel, InquiryResult } from "../../core";
import { FaqIndex, PROMPT_VERSION, answerInquiry } from "../../core";
import { createAnswerModelFromEnv } from "../../llm";
import { formatBilingual, formatMessage } from "../../messages";
import { parseCliOptions } from "../cli-options";
import { loadEngineData, loadEngineDataFromApps } from "../engine-data";
import { ENGINE_PHRASES } from "../engine-phrases";
import type { CliCommand, CliIo } from "../io";
import { forEachLine } from "../json-lines";

/** What `answer` takes from the environment; tests and the LLM wiring inject their own. */
export type AnswerCommandDeps = {
  /** The configured model, or null for offline mode (may throw a ConfigError). */
  readonly createModel: (env: CliIo["env"]) => AnswerModel | null;
  readonly clock: () => number;
};

const DEFAULT_DEPS: AnswerCommandDeps = {
  createModel: (env) => createAnswerModelFromEnv(env),
  clock: () => performance.now(),
};

const OPTION_SPEC = { values: ["faq", "departments", "variants"], flags: ["offline"] } as const;

/** `madoguchi answer`: one caller utterance per stdin line → one JSON result per stdout line. */
export function createAnswerCommand(deps: AnswerCommandDeps = DEFAULT_DEPS): CliCommand {
  return {
    path: ["answer"],
    summary: formatBilingual("M_ENGINE_ANSWER_SUMMARY"),
    run: (argv, io) => runAnswer(argv, io, deps),
  };
}

export const answerCommand = createAnswerCommand();

async function runAnswer(argv: string[], io: CliIo, deps: AnswerCommandDeps): Promise<number> {
  const options = parseCliOptions(argv, OPTION_SPEC);
  if (options.unknown.length > 0) {
    io.stderr.write(
      `${formatBilingual("E_CLI_BAD_OPTION", { detail: options.unknown.join(" ") })}\n`,
    );
    return 2;
  }
  const faqFile = options.values.faq;
  const fromApps = !faqFile && !options.values.departments;
  if (!fromApps && (!faqFile || !options.values.departments)) {
    io.stderr.write(`${formatBilingual("E_ENGINE_SOURCE_REQUIRED")}\n`);
    return 2;
  }
  const data = fromApps
    ? await loadEngineDataFromApps(io)
    : await loadEngineData(io, {
        faq: faqFile ?? "",
        departments: options.values.departments,
        variants: options.values.variants,
      });
  // Without a reachable FAQ source the command was not given what it needs: a usage error.
  if (!data) return fromApps ? 2 : 1;
  let model: AnswerModel | null = null;
  if (!options.flags.has("offline")) {
    try {
      model = deps.createModel(io.env);
    } catch (error) {
      io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
  }
  const index = FaqIndex.build(data.entries, { variants: data.variants });
  const engineOptions = { phrases: ENGINE_PHRASES, clock: deps.clock };
  await forEachLine(
    io,
    (line): Promise<InquiryResult> =>
      answerInquiry({
        text: line,
        index,
        departments: data.departments,
        options: engineOptions,
        model,
      }),
    (error, line) => buildErrorResult(line, error),
  );
  return 0;
}

/** A result line for an input the engine could not handle: hand it to a person. */
function buildErrorResult(input: string, error: unknown): Record<string, unknown> {
  const detail = error instanceof Error ? error.message : String(error);
  const answer = formatMessage("M_ENGINE_TRANSFER_NO_DEPARTMENT");
  return {
    input,
    masked: "",
    action: "transfer",
    department: null,
    reasons: ["low_confidence"],
    answer,
    speech: answer,
    citations: [],
    confidence: 0,
    mode: "offline",
    promptTokens: 0,
    meta: {
      provider: null,
      model: null,
      promptVersion: PROMPT_VERSION,
      latencyMs: null,
      usage: null,
    },
    fallback: { reason: "engine_error" },
    error: formatBilingual("E_ENGINE_LINE_FAILED", { detail }),
  };
}
