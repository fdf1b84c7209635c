import type { SummaryRecord, SummaryTemplate } from "../../../core";
import { draftSummaryOffline, maskPii, SUMMARY_TEMPLATES } from "../../../core";
import type { PluginConfig } from "../../config";
import { createPluginLlm } from "../../engine/draft-inquiry";
import { readText } from "../../kintone/fetch-records";
import type { KintoneApi } from "../../kintone/kintone-global";
import { showDialog } from "../../ui/dialog";
import { h } from "../../ui/dom";
import { t } from "../../ui/text";
import { describeError } from "../call-log/draft-panel";
import type { PreviewRow } from "./build-consultation-draft";
import { buildConsultationUpdates, buildPreviewRows } from "./build-consultation-draft";

type Context = { kintone: KintoneApi; config: PluginConfig; pluginId: string };

/** Template choice, audio (LLM mode) and 「相談記録の下書きを作成」, with a confirm preview. */
export function buildConsultationPanel(context: Context): HTMLElement {
  const { kintone, config } = context;
  const templates = SUMMARY_TEMPLATES.filter((template) => config.templates.includes(template.id));
  const select = h(
    "select",
    { className: "madoguchi-template", attrs: { "aria-label": t("M_PLUGIN_TEMPLATE") } },
    templates.map((template) =>
      h("option", { text: template.name, attrs: { value: template.id } }),
    ),
  );
  const audio = h("input", {
    attrs: { type: "file", accept: "audio/*", "aria-label": t("M_PLUGIN_AUDIO") },
  });
  const status = h("p", { className: "madoguchi-status", attrs: { role: "status" } });
  const say = (text: string, tone: "info" | "error" = "info") => {
    status.textContent = text;
    status.dataset["tone"] = tone;
  };
  const button = h("button", {
    className: "kintoneplugin-button-normal madoguchi-summary-button",
    text: t("M_PLUGIN_SUMMARY_BUTTON"),
    attrs: { type: "button" },
    on: { click: () => void run() },
  });

  async function run(): Promise<void> {
    const record = kintone.app.record.get()?.record;
    const template = templates.find((each) => each.id === select.value);
    if (!record || !template) return;
    if (!(config.consultationFields.transcript in record)) {
      say(t("E_PLUGIN_FIELDS_MISSING", { fields: config.consultationFields.transcript }), "error");
      return;
    }
    button.disabled = true;
    try {
      const llm = config.mode === "llm" ? createPluginLlm(context) : null;
      let transcript = readText(record, config.consultationFields.transcript);
      const file = audio.files?.[0];
      if (file && llm) {
        say(t("M_PLUGIN_TRANSCRIBING"));
        transcript = (
          await llm.transcribeAudio({
            audio: file,
            filename: file.name,
            mimeType: file.type,
            audience: "staff",
          })
        ).text;
      } else if (file) {
        say(t("M_PLUGIN_AUDIO_NEEDS_LLM"), "error");
      }
      if (!transcript.trim()) {
        say(t("E_PLUGIN_NO_TRANSCRIPT"), "error");
        return;
      }
      say(t("M_PLUGIN_SUMMARIZING"));
      let draft: SummaryRecord;
      let mode: "offline" | "llm" = "offline";
      let notice: string | null = null;
      if (llm) {
        try {
          draft = (await llm.summarizeTranscript({ template, transcript, audience: "staff" }))
            .record;
          mode = "llm";
        } catch (error) {
          notice = t("M_PLUGIN_SUMMARY_FALLBACK", { detail: describeError(error) });
          draft = draftSummaryOffline({ template, transcript, year: new Date().getFullYear() });
        }
      } else {
        draft = draftSummaryOffline({ template, transcript, year: new Date().getFullYear() });
      }
      const rows = buildPreviewRows(template, draft, config.publicNumbers);
      const ok = await showDialog({
        title: t("M_PLUGIN_SUMMARY_PREVIEW", { name: template.name }),
        body: renderPreview(rows, mode, notice),
        confirmLabel: t("M_PLUGIN_SUMMARY_APPLY"),
        cancelLabel: t("M_PLUGIN_CANCEL"),
      });
      if (!ok) {
        say(t("M_PLUGIN_SUMMARY_CANCELLED"));
        return;
      }
      apply(template, draft, transcript, mode, llm?.model ?? null);
    } catch (error) {
      say(t("E_PLUGIN_DRAFT_FAILED", { detail: describeError(error) }), "error");
    } finally {
      button.disabled = false;
    }
  }

  function apply(
    template: SummaryTemplate,
    draft: SummaryRecord,
    transcript: string,
    mode: "offline" | "llm",
    model: string | null,
  ): void {
    const current = kintone.app.record.get()?.record;
    if (!current) return;
    const maskedTypes = [
      ...new Set(
        maskPii(transcript, { publicNumbers: config.publicNumbers }).entities.map((e) =>
          e.placeholder.replace(/\d+］$/, "］"),
        ),
      ),
    ];
    const updates = buildConsultationUpdates({
      template,
      draft,
      existing: current,
      mode,
      model,
      maskedTypes,
      now: new Date().toISOString(),
    });
    const transcriptCode = config.consultationFields.transcript;
    const merged = {
      ...current,
      ...updates,
      [transcriptCode]: { ...current[transcriptCode], value: transcript },
    };
    kintone.app.record.set({ record: merged as typeof current });
    say(t("M_PLUGIN_SUMMARY_APPLIED"));
  }

  return h("div", { className: "madoguchi-panel" }, [
    h("div", { className: "madoguchi-toolbar" }, [
      h("label", { className: "madoguchi-label", text: t("M_PLUGIN_TEMPLATE") }, [select]),
      config.mode === "llm"
        ? h("label", { className: "madoguchi-label", text: t("M_PLUGIN_AUDIO") }, [audio])
        : null,
      button,
    ]),
    status,
  ]);
}

function renderPreview(
  rows: readonly PreviewRow[],
  mode: "offline" | "llm",
  notice: string | null,
): HTMLElement {
  const cell = (row: PreviewRow) => {
    if (!row.value)
      return h("td", { className: "madoguchi-empty", text: t("M_PLUGIN_SUMMARY_EMPTY") });
    const parts: (Node | string)[] = [];
    let at = 0;
    for (const [start, end] of row.pii) {
      if (start < at) continue;
      parts.push(
        row.value.slice(at, start),
        h("mark", {
          className: "madoguchi-pii",
          text: row.value.slice(start, end),
          attrs: { title: t("M_PLUGIN_PII_IN_VALUE") },
        }),
      );
      at = end;
    }
    parts.push(row.value.slice(at));
    return h("td", { className: "madoguchi-value" }, parts);
  };
  return h("div", {}, [
    h("p", {
      className: "madoguchi-hint",
      text: mode === "llm" ? t("M_PLUGIN_SUMMARY_BY_LLM") : t("M_PLUGIN_SUMMARY_BY_OFFLINE"),
    }),
    notice ? h("p", { className: "madoguchi-notice", text: notice }) : null,
    h(
      "table",
      { className: "madoguchi-table madoguchi-preview" },
      rows.map((row) => h("tr", {}, [h("th", { text: row.label }), cell(row)])),
    ),
  ]);
}
