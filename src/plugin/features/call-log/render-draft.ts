import type { PluginConfig } from "../../config";
import type { InquiryDraft } from "../../engine/draft-inquiry";
import type { PluginEngine } from "../../engine/load-engine";
import { h } from "../../ui/dom";
import { t } from "../../ui/text";
import { buildActionBanner, buildMaskedSegments } from "./action-banner";

/** The caller's words with each masked span highlighted and its typed placeholder shown. */
export function renderMaskedWords(text: string, draft: InquiryDraft): HTMLElement {
  const segments = buildMaskedSegments(text, draft.mask.entities);
  const body = h(
    "p",
    { className: "madoguchi-masked" },
    segments.map((segment) =>
      segment.kind === "text"
        ? segment.text
        : h("mark", {
            className: segment.blocked ? "madoguchi-pii madoguchi-pii-block" : "madoguchi-pii",
            text: segment.placeholder,
            attrs: { title: t("M_PLUGIN_MASKED_TITLE") },
          }),
    ),
  );
  const types = [
    ...new Set(draft.mask.entities.map((entity) => entity.placeholder.replace(/\d+］$/, "］"))),
  ];
  return h("section", { className: "madoguchi-section" }, [
    h("h3", { text: t("M_PLUGIN_MASKED_HEADING") }),
    body,
    h("p", {
      className: "madoguchi-hint",
      text:
        types.length > 0
          ? t("M_PLUGIN_MASKED_TYPES", { types: types.join(" ") })
          : t("M_PLUGIN_MASKED_NONE"),
    }),
  ]);
}

/** Banner, answer text, citations and how the draft was made. All text, never HTML. */
export function renderDraft(params: {
  draft: InquiryDraft;
  engine: PluginEngine;
  config: PluginConfig;
}): HTMLElement {
  const { draft, engine, config } = params;
  const { result } = draft;
  const banner = buildActionBanner(result);
  const citations = result.citations.map((id) => {
    const recordId = engine.recordIds.get(id);
    const question = engine.index.getEntry(id)?.question ?? "";
    const label = `${id} ${question}`;
    return h("li", {}, [
      recordId
        ? h("a", {
            className: "madoguchi-citation",
            text: label,
            attrs: {
              href: `/k/${config.apps.faq}/show#record=${recordId}`,
              target: "_blank",
              rel: "noopener",
            },
          })
        : label,
    ]);
  });
  const mode =
    result.mode === "llm"
      ? t("M_PLUGIN_MADE_BY_LLM", { model: result.meta.model ?? "" })
      : t("M_PLUGIN_MADE_BY_OFFLINE");
  const notice = draft.notice
    ? t(draft.notice === "llm_failed" ? "M_PLUGIN_LLM_FALLBACK" : "M_PLUGIN_LLM_CONFIG_FALLBACK")
    : null;
  return h("section", { className: "madoguchi-section" }, [
    h("div", {
      className: `madoguchi-banner madoguchi-banner-${banner.tone}`,
      text: banner.text,
      attrs: { role: banner.tone === "answer" ? "status" : "alert", "data-tone": banner.tone },
    }),
    notice
      ? h("p", { className: "madoguchi-notice", text: notice, attrs: { role: "alert" } })
      : null,
    h("h3", { text: t("M_PLUGIN_DRAFT_HEADING") }),
    h("p", { className: "madoguchi-answer", text: result.answer }),
    citations.length > 0 ? h("h3", { text: t("M_PLUGIN_CITATIONS_HEADING") }) : null,
    citations.length > 0 ? h("ul", { className: "madoguchi-citations" }, citations) : null,
    h("p", {
      className: "madoguchi-meta",
      text: t("M_PLUGIN_DRAFT_META", { mode, ms: Math.max(1, Math.round(draft.elapsedMs)) }),
      attrs: { "data-mode": result.mode },
    }),
  ]);
}
