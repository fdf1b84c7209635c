import type { EvalReport, Ratio } from "../../../core";
import { evaluateFaq, parseQuestionsCsv } from "../../../core";
import type { PluginConfig } from "../../config";
import { buildAnswerOptions } from "../../engine/draft-inquiry";
import { loadEngine, resetEngine } from "../../engine/load-engine";
import type { KintoneApi } from "../../kintone/kintone-global";
import { h } from "../../ui/dom";
import { t } from "../../ui/text";
import { compareEvalRuns, parseSnapshot, snapshotReport } from "./compare-eval-runs";

const STORAGE_PREFIX = "madoguchi.faq-eval";

/** The FAQ regression test in the browser: paste or pick the test-question CSV, run, see what changed. */
export function buildEvalPanel(context: {
  kintone: KintoneApi;
  config: PluginConfig;
}): HTMLElement {
  const key = `${STORAGE_PREFIX}.${context.kintone.app.getId() ?? ""}`;
  const csv = h("textarea", {
    className: "kintoneplugin-input-text madoguchi-eval-csv",
    attrs: {
      rows: "4",
      placeholder: "id,question,expected_faq_ids,expected_action,expected_department,note,tags",
      "aria-label": t("M_PLUGIN_EVAL_CSV"),
    },
  });
  csv.value = localStorage.getItem(`${key}.csv`) ?? "";
  const file = h("input", {
    attrs: { type: "file", accept: ".csv,text/csv", "aria-label": t("M_PLUGIN_EVAL_FILE") },
  });
  file.addEventListener("change", () => {
    const chosen = file.files?.[0];
    if (chosen) void chosen.arrayBuffer().then((bytes) => (csv.value = decodeCsv(bytes)));
  });
  const result = h("div", { className: "madoguchi-eval-result", attrs: { "aria-live": "polite" } });
  const run = h("button", {
    className: "kintoneplugin-button-normal madoguchi-eval-run",
    text: t("M_PLUGIN_EVAL_RUN"),
    attrs: { type: "button" },
    on: { click: () => void execute() },
  });

  async function execute(): Promise<void> {
    const parsed = parseQuestionsCsv(csv.value);
    if (parsed.questions.length === 0) {
      result.replaceChildren(
        h("p", {
          className: "madoguchi-status",
          text: t("E_PLUGIN_EVAL_EMPTY"),
          attrs: { "data-tone": "error" },
        }),
      );
      return;
    }
    run.disabled = true;
    resetEngine(); // the FAQ may have just been edited: test the current entries
    try {
      const engine = await loadEngine(context.kintone, context.config);
      const report = evaluateFaq({
        questions: parsed.questions,
        index: engine.index,
        departments: engine.departments,
        options: buildAnswerOptions(context.config),
      });
      const snapshot = snapshotReport(report, new Date().toISOString());
      const changes = compareEvalRuns(parseSnapshot(localStorage.getItem(key)), snapshot);
      localStorage.setItem(key, JSON.stringify(snapshot));
      localStorage.setItem(`${key}.csv`, csv.value);
      result.replaceChildren(renderReport(report, changes, parsed.errors.length));
    } catch (error) {
      result.replaceChildren(
        h("p", {
          className: "madoguchi-status",
          text: String(error),
          attrs: { "data-tone": "error" },
        }),
      );
    } finally {
      run.disabled = false;
    }
  }

  return h("section", { className: "madoguchi-card madoguchi-eval" }, [
    h("h3", { text: t("M_PLUGIN_EVAL_TITLE") }),
    h("p", { className: "madoguchi-hint", text: t("M_PLUGIN_EVAL_HINT") }),
    csv,
    h("div", { className: "madoguchi-toolbar" }, [file, run]),
    result,
  ]);
}

function renderReport(
  report: EvalReport,
  changes: ReturnType<typeof compareEvalRuns>,
  badRows: number,
): HTMLElement {
  const rate = (ratio: Ratio) =>
    ratio.rate === null
      ? "—"
      : `${Math.round(ratio.rate * 100)}%（${ratio.correct}/${ratio.total}）`;
  const row = (label: string, value: string) =>
    h("tr", {}, [h("th", { text: label }), h("td", { text: value })]);
  const delta =
    changes.top1Delta === null
      ? t("M_PLUGIN_EVAL_FIRST")
      : t("M_PLUGIN_EVAL_DELTA", { points: Math.round(changes.top1Delta * 100) });
  const failures = report.outcomes.filter((o) => !o.passed).slice(0, 10);
  return h("div", {}, [
    h("table", { className: "madoguchi-table" }, [
      row(t("M_PLUGIN_EVAL_TOP1"), rate(report.overall.top1)),
      row(t("M_PLUGIN_EVAL_ANSWERED"), rate(report.overall.answeredCorrectly)),
      row(t("M_PLUGIN_EVAL_TRANSFERRED"), rate(report.overall.transferred)),
      row(t("M_PLUGIN_EVAL_CHANGE"), delta),
      row(t("M_PLUGIN_EVAL_FIXED"), changes.fixed.join("、") || "—"),
      row(t("M_PLUGIN_EVAL_BROKEN"), changes.broken.join("、") || "—"),
    ]),
    badRows > 0
      ? h("p", {
          className: "madoguchi-notice",
          text: t("E_PLUGIN_EVAL_BAD_ROWS", { count: badRows }),
        })
      : null,
    failures.length > 0 ? h("h4", { text: t("M_PLUGIN_EVAL_FAILURES") }) : null,
    h(
      "ul",
      { className: "madoguchi-list" },
      failures.map((o) =>
        h("li", {
          text: `${o.question.id} ${o.question.question} → ${o.result.candidates[0]?.id ?? o.result.action}`,
        }),
      ),
    ),
  ]);
}

/** UTF-8 unless the bytes are not valid UTF-8 (then Shift_JIS, as Excel saves CSV). */
function decodeCsv(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("shift_jis").decode(bytes);
  }
}
