import { RATINGS } from "../../../kintone/apps";
import type { LlmService } from "../../../llm";
import type { PluginConfig } from "../../config";
import type { InquiryDraft } from "../../engine/draft-inquiry";
import { createPluginLlm, draftInquiry } from "../../engine/draft-inquiry";
import { loadEngine } from "../../engine/load-engine";
import { fetchRevision, readText } from "../../kintone/fetch-records";
import type { KintoneApi } from "../../kintone/kintone-global";
import { h } from "../../ui/dom";
import { t } from "../../ui/text";
import { findMissingFields, planDraftWrite, REQUIRED_ROLES } from "./plan-draft-write";
import { renderDraft, renderMaskedWords } from "./render-draft";

type PanelContext = { kintone: KintoneApi; config: PluginConfig; pluginId: string };

/** The 「AI回答案を作成」 panel of a call-log record (create and edit screens). */
export function buildDraftPanel(context: PanelContext): HTMLElement {
  const { kintone, config } = context;
  let llm: LlmService | null | undefined;
  const status = h("p", {
    className: "madoguchi-status",
    attrs: { role: "status", "aria-live": "polite" },
  });
  const output = h("div", { className: "madoguchi-output" });
  const button = h("button", {
    className: "kintoneplugin-button-normal madoguchi-draft-button",
    text: t("M_PLUGIN_DRAFT_BUTTON"),
    attrs: { type: "button" },
    on: { click: () => void run() },
  });
  const panel = h("div", { className: "madoguchi-panel" }, [
    h("div", { className: "madoguchi-toolbar" }, [button, status]),
    output,
  ]);

  const say = (message: string, tone: "info" | "error" = "info") => {
    status.textContent = message;
    status.dataset["tone"] = tone;
  };

  async function run(): Promise<void> {
    const record = kintone.app.record.get()?.record;
    if (!record) return;
    const missing = findMissingFields(record, config);
    const blocking = missing.filter((role) => REQUIRED_ROLES.includes(role));
    if (blocking.length > 0 || !config.apps.faq) {
      say(describeMissing(config, blocking), "error");
      return;
    }
    const words = readText(record, config.callLogFields.callerWords).trim();
    if (!words) {
      say(t("E_PLUGIN_NO_WORDS"), "error");
      return;
    }
    button.disabled = true;
    say(t("M_PLUGIN_DRAFTING"));
    try {
      const engine = await loadEngine(kintone, config);
      if (llm === undefined) llm = createPluginLlm(context);
      const draft = await draftInquiry({ text: words, engine, config, llm });
      output.replaceChildren(
        renderDraft({ draft, engine, config }),
        renderMaskedWords(words, draft),
        renderActions(draft),
      );
      panel.dataset["drafted"] = "true";
      await writeDraft(draft, missing.length > 0 ? describeMissing(config, missing) : null);
    } catch (error) {
      say(t("E_PLUGIN_DRAFT_FAILED", { detail: describeError(error) }), "error");
    } finally {
      button.disabled = false;
    }
  }

  async function writeDraft(draft: InquiryDraft, warning: string | null): Promise<void> {
    const current = kintone.app.record.get()?.record;
    if (!current) return;
    const recordId = kintone.app.record.getId();
    const appId = kintone.app.getId();
    if (recordId !== null && appId !== null) {
      const loaded = String(current["$revision"]?.value ?? "");
      const latest = await fetchRevision(kintone, appId, recordId);
      if (loaded !== "" && latest !== loaded) {
        say(t("E_PLUGIN_EDITED_MEANWHILE"), "error");
        return;
      }
    }
    const plan = planDraftWrite({
      record: current,
      result: draft.result,
      config,
      now: new Date().toISOString(),
    });
    kintone.app.record.set({ record: { ...current, ...plan.updates } });
    const written = plan.draftKept ? t("M_PLUGIN_WRITTEN_KEPT") : t("M_PLUGIN_WRITTEN");
    say(warning ? `${written} ${warning}` : written, warning ? "error" : "info");
  }

  function renderActions(draft: InquiryDraft): HTMLElement {
    const copied = h("span", { className: "madoguchi-hint", attrs: { role: "status" } });
    const copy = h("button", {
      className: "kintoneplugin-button-normal madoguchi-copy",
      text: t("M_PLUGIN_COPY"),
      attrs: { type: "button" },
      on: {
        click: () => {
          void navigator.clipboard
            ?.writeText(draft.result.answer)
            .then(() => (copied.textContent = t("M_PLUGIN_COPIED")))
            .catch(() => (copied.textContent = t("E_PLUGIN_COPY_FAILED")));
        },
      },
    });
    const rate = (value: string, label: string) =>
      h("button", {
        className: "kintoneplugin-button-normal madoguchi-rate",
        text: `${value} ${label}`,
        attrs: {
          type: "button",
          "aria-label": label,
          "aria-pressed": "false",
          "data-rating": value,
        },
        on: { click: (event) => setRating(value, event.currentTarget as HTMLElement) },
      });
    return h("div", { className: "madoguchi-actions" }, [
      copy,
      rate(RATINGS.good, t("M_PLUGIN_RATE_GOOD")),
      rate(RATINGS.bad, t("M_PLUGIN_RATE_BAD")),
      copied,
    ]);
  }

  function setRating(value: string, button: HTMLElement): void {
    const code = config.callLogFields.rating;
    const record = kintone.app.record.get()?.record;
    if (!record || !code || !(code in record)) {
      say(describeMissing(config, ["rating"]), "error");
      return;
    }
    kintone.app.record.set({ record: { ...record, [code]: { ...record[code], value } } });
    for (const other of Array.from(
      button.parentElement?.querySelectorAll(".madoguchi-rate") ?? [],
    )) {
      other.setAttribute("aria-pressed", String(other === button));
    }
    say(t("M_PLUGIN_RATED", { rating: value }));
  }

  return panel;
}

function describeMissing(config: PluginConfig, roles: readonly string[]): string {
  if (!config.apps.faq) return t("E_PLUGIN_FAQ_APP_NOT_SET");
  const list = roles
    .map(
      (role) =>
        `${t(`M_PLUGIN_ROLE_${role.toUpperCase()}` as Parameters<typeof t>[0])}（${
          config.callLogFields[role as keyof PluginConfig["callLogFields"]] || "—"
        }）`,
    )
    .join("、");
  return t("E_PLUGIN_FIELDS_MISSING", { fields: list });
}

/** A short reason for staff; kintone REST errors carry a `message`. */
export function describeError(error: unknown): string {
  if (typeof error === "object" && error !== null && "message" in error) {
    return String((error as { message: unknown }).message);
  }
  return String(error);
}
