import type { AnswerModel } from "../../../core";
import { createAnswerModel } from "../../../llm";
import type { PluginConfig } from "../../config";
import { createPluginLlm } from "../../engine/draft-inquiry";
import type { KintoneApi } from "../../kintone/kintone-global";
import { h } from "../../ui/dom";
import { t } from "../../ui/text";
import { describeError } from "../call-log/draft-panel";
import type { ManualTurn } from "./ask-manuals";
import { askManuals } from "./ask-manuals";
import type { ManualLibrary } from "./load-manual-library";
import { loadManualLibrary } from "./load-manual-library";
import { renderManualTurn } from "./render-manual-turn";

type PanelContext = { kintone: KintoneApi; config: PluginConfig; pluginId: string };

function status(text: string, tone: "info" | "error" = "info", busy = false): HTMLElement {
  return h("p", { className: "madoguchi-status", attrs: { "data-tone": tone } }, [
    busy ? h("span", { className: "madoguchi-spinner", attrs: { "aria-hidden": "true" } }) : null,
    text,
  ]);
}

function describeLibrary(library: ManualLibrary): HTMLElement[] {
  const lines: HTMLElement[] = [];
  if (library.index.chunks.length === 0) lines.push(status(t("M_MANUALS_NO_INDEX"), "error"));
  else {
    const documents = library.index.documents.length;
    lines.push(status(t("M_MANUALS_READY", { documents, chunks: library.index.chunks.length })));
  }
  if (library.unindexed.length > 0) {
    const titles = library.unindexed.map((entry) => entry.title || `#${entry.recordId}`);
    lines.push(
      h("p", {
        className: "madoguchi-notice madoguchi-manual-index-notice",
        text: t("M_MANUALS_INDEX_NOTICE", { titles: titles.join("、") }),
      }),
    );
  }
  return lines;
}

/**
 * The manual search panel: a question box, the conversation (each follow-up understood in the
 * context of the earlier turn until 「新しい質問」), answers with cited passages. LLM mode when
 * the plug-in settings configure a model; offline otherwise.
 */
export function buildManualsPanel(context: PanelContext & { appId: string }): HTMLElement {
  const { kintone, config } = context;
  let turns: ManualTurn[] = [];
  let model: AnswerModel | null = null;
  let modelNotice: HTMLElement | null = null;
  if (config.mode === "llm") {
    const llm = createPluginLlm(context);
    if (llm) model = createAnswerModel(llm, { audience: "staff" });
    else
      modelNotice = h("p", {
        className: "madoguchi-notice",
        text: t("M_MANUALS_LLM_CONFIG_INVALID"),
      });
  }
  const input = h("input", {
    className: "kintoneplugin-input-text madoguchi-manual-input",
    attrs: {
      type: "text",
      placeholder: t("M_MANUALS_PLACEHOLDER"),
      "aria-label": t("M_MANUALS_TITLE"),
    },
  });
  const ask = h("button", {
    className: "kintoneplugin-button-normal madoguchi-manual-ask",
    text: t("M_MANUALS_ASK"),
    attrs: { type: "button" },
  });
  const reset = h("button", {
    className: "kintoneplugin-button-normal madoguchi-manual-reset",
    text: t("M_MANUALS_NEW_QUESTION"),
    attrs: { type: "button", disabled: "" },
  });
  const state = h("div", { className: "madoguchi-manual-state" });
  const conversation = h("div", {
    className: "madoguchi-manual-conversation",
    attrs: { "aria-live": "polite" },
  });
  const setBusy = (busy: boolean) => {
    input.disabled = busy;
    ask.disabled = busy;
    reset.disabled = busy || turns.length === 0;
  };
  const load = () => loadManualLibrary(kintone, context.appId);

  const submit = async () => {
    const question = input.value.trim();
    if (!question || ask.disabled) return;
    setBusy(true);
    state.replaceChildren(status(t("M_MANUALS_SEARCHING"), "info", true));
    try {
      const library = await load();
      const turn = await askManuals({ library, question, previous: turns.at(-1) ?? null, model });
      turns = [...turns, turn];
      conversation.append(renderManualTurn({ kintone, appId: context.appId, library }, turn));
      state.replaceChildren(...describeLibrary(library));
      input.value = "";
      input.placeholder = t("M_MANUALS_FOLLOW_UP_PLACEHOLDER");
    } catch (error) {
      state.replaceChildren(
        status(t("E_MANUALS_SEARCH_FAILED", { detail: describeError(error) }), "error"),
      );
    } finally {
      setBusy(false);
      input.focus();
    }
  };
  ask.addEventListener("click", () => void submit());
  input.addEventListener("keydown", (event) => {
    // Enter while composing Japanese confirms the conversion; it must not search.
    if (event.key === "Enter" && !event.isComposing) void submit();
  });
  reset.addEventListener("click", () => {
    turns = [];
    conversation.replaceChildren();
    input.placeholder = t("M_MANUALS_PLACEHOLDER");
    setBusy(false);
    input.focus();
  });

  // Load the indexes as the list opens, so the first question only searches.
  state.replaceChildren(status(t("M_MANUALS_LOADING_INDEX"), "info", true));
  load()
    .then((library) => state.replaceChildren(...describeLibrary(library)))
    .catch((error: unknown) =>
      state.replaceChildren(
        status(t("E_MANUALS_LOAD_FAILED", { detail: describeError(error) }), "error"),
      ),
    );

  return h("div", { className: "madoguchi-panel madoguchi-manuals" }, [
    h("h2", { className: "madoguchi-manual-title", text: t("M_MANUALS_TITLE") }),
    modelNotice,
    h("div", { className: "madoguchi-toolbar" }, [input, ask, reset]),
    state,
    conversation,
  ]);
}
