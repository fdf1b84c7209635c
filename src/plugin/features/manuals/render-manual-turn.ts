import type { DocHit, Snippet } from "../../../core/docs";
import { formatLocation } from "../../../core/docs";
import type { KintoneApi } from "../../kintone/kintone-global";
import { h } from "../../ui/dom";
import { t } from "../../ui/text";
import { describeError } from "../call-log/draft-panel";
import type { ManualTurn } from "./ask-manuals";
import { downloadFile, toFileUrl } from "./download-file";
import type { ManualEntry, ManualLibrary } from "./load-manual-library";

type RenderContext = { kintone: KintoneApi; appId: string; library: ManualLibrary };

/** Snippet text with its highlight ranges as <mark>, built from text nodes only. */
export function renderSnippet(snippet: Snippet): HTMLElement {
  const parts: (Node | string)[] = [];
  let cursor = 0;
  for (const range of snippet.highlights) {
    if (range.start > cursor) parts.push(snippet.text.slice(cursor, range.start));
    parts.push(
      h("mark", { className: "madoguchi-hit", text: snippet.text.slice(range.start, range.end) }),
    );
    cursor = range.end;
  }
  parts.push(snippet.text.slice(cursor));
  return h("p", { className: "madoguchi-manual-snippet" }, parts);
}

function recordLink(context: RenderContext, entry: ManualEntry | undefined, text: string) {
  if (!entry) return h("span", { text });
  return h("a", {
    className: "madoguchi-manual-record",
    text,
    attrs: {
      href: `/k/${context.appId}/show#record=${entry.recordId}`,
      target: "_blank",
      rel: "noopener",
    },
  });
}

/** Opens the file at the page; the fetch carries the header kintone wants of scripts. */
function openFile(context: RenderContext, fileKey: string, page: number | null): void {
  const opened = window.open("", "_blank");
  downloadFile(context.kintone, fileKey)
    .then((response) => response.blob())
    .then((blob) => {
      const url = `${URL.createObjectURL(blob)}${page ? `#page=${page}` : ""}`;
      if (opened) opened.location.href = url;
    })
    .catch(() => opened?.close());
}

function fileLink(context: RenderContext, entry: ManualEntry | undefined, hit: DocHit) {
  if (!entry?.file) return null;
  const { fileKey } = entry.file;
  const page = hit.chunk.page;
  const where = page !== null ? `p.${page}` : entry.file.name;
  return h("a", {
    className: "madoguchi-manual-file",
    text: t("M_MANUALS_OPEN_FILE", { location: where }),
    attrs: {
      href: `${toFileUrl(context.kintone, fileKey)}${page !== null ? `#page=${page}` : ""}`,
      target: "_blank",
      rel: "noopener",
      ...(page !== null ? { "data-page": String(page) } : {}),
    },
    on: {
      click: (event) => {
        event.preventDefault();
        openFile(context, fileKey, page);
      },
    },
  });
}

function renderPassage(context: RenderContext, hit: DocHit, number: number): HTMLElement {
  const entry = context.library.byDoc.get(hit.chunk.doc);
  return h("li", { className: "madoguchi-manual-passage", attrs: { "data-doc": hit.chunk.doc } }, [
    h("div", { className: "madoguchi-manual-source" }, [
      h("span", { className: "madoguchi-cite-mark", text: `［${number}］` }),
      recordLink(context, entry, entry?.title || hit.title),
      h("span", { className: "madoguchi-manual-location", text: formatLocation(hit.chunk) }),
      fileLink(context, entry, hit),
    ]),
    renderSnippet(hit.snippet),
  ]);
}

const FALLBACK_KEYS = {
  uncited: "M_MANUALS_FALLBACK_UNCITED",
  unknown_citation: "M_MANUALS_FALLBACK_UNKNOWN_CITATION",
  empty: "M_MANUALS_FALLBACK_EMPTY",
} as const;

function renderNotice(turn: ManualTurn): HTMLElement | null {
  const reason = turn.answer.fallbackReason;
  if (!reason) return null;
  const text =
    reason === "model_error"
      ? t("M_MANUALS_FALLBACK_MODEL_ERROR", { detail: describeError(turn.modelError) })
      : t(FALLBACK_KEYS[reason]);
  return h("p", {
    className: "madoguchi-notice madoguchi-manual-fallback",
    text,
    attrs: { "data-reason": reason },
  });
}

/** The answer; its ［n］ marks are the numbers of the cited passages in the list below. */
function renderAnswer(turn: ManualTurn, hits: readonly DocHit[]): HTMLElement | null {
  const { answer } = turn;
  if (!answer.answer) return null;
  const label =
    answer.mode === "llm"
      ? t("M_MANUALS_ANSWER_LLM", { count: answer.citations.length })
      : t("M_MANUALS_ANSWER_OFFLINE");
  // Citations name `doc location`; show them as the passage numbers of this list.
  const numbers = answer.citations.map(
    (citation) => hits.findIndex((hit) => `${hit.chunk.doc} ${hit.location}` === citation) + 1,
  );
  const parts: (Node | string)[] = [];
  for (const piece of answer.answer.split(/(［\d+］)/)) {
    const mark = /^［(\d+)］$/.exec(piece);
    if (!mark) parts.push(piece);
    else {
      const number = numbers[Number(mark[1]) - 1] ?? 0;
      parts.push(
        h("span", { className: "madoguchi-cite-mark", text: number > 0 ? `［${number}］` : piece }),
      );
    }
  }
  return h("div", { className: "madoguchi-manual-answer", attrs: { "data-mode": answer.mode } }, [
    h("div", { className: "madoguchi-manual-answer-label", text: label }),
    h("p", { className: "madoguchi-manual-answer-text" }, parts),
  ]);
}

function renderNotFound(context: RenderContext, turn: ManualTurn): HTMLElement {
  const closest = turn.search.found ? [] : turn.search.closestDocuments;
  return h("div", { className: "madoguchi-manual-not-found" }, [
    h("p", { className: "madoguchi-manual-not-found-message", text: t("M_MANUALS_NOT_FOUND") }),
    closest.length > 0
      ? h("div", {}, [
          h("span", { text: t("M_MANUALS_CLOSEST") }),
          h(
            "ul",
            { className: "madoguchi-manual-closest" },
            closest.map((document) => {
              const entry = context.library.byDoc.get(document.doc);
              return h("li", {}, [recordLink(context, entry, entry?.title || document.title)]);
            }),
          ),
        ])
      : h("p", { text: t("M_MANUALS_NO_CLOSEST") }),
  ]);
}

/** One turn of the conversation: the question, then the answer with its passages. */
export function renderManualTurn(context: RenderContext, turn: ManualTurn): HTMLElement {
  const hits = turn.search.found ? turn.search.hits : [];
  return h(
    "section",
    { className: "madoguchi-manual-turn", attrs: { "data-mode": turn.answer.mode } },
    [
      h("p", { className: "madoguchi-manual-question" }, [
        h("span", { className: "madoguchi-manual-question-label", text: t("M_MANUALS_YOU") }),
        turn.question,
      ]),
      turn.carried.length > 0
        ? h("p", {
            className: "madoguchi-manual-context",
            text: t("M_MANUALS_CONTEXT", { terms: turn.carried.join("・") }),
          })
        : null,
      renderNotice(turn),
      turn.search.found ? renderAnswer(turn, hits) : renderNotFound(context, turn),
      hits.length > 0
        ? h(
            "ol",
            {
              className: "madoguchi-manual-passages",
              attrs: { "aria-label": t("M_MANUALS_PASSAGES") },
            },
            [...hits.map((hit, at) => renderPassage(context, hit, at + 1))],
          )
        : null,
    ],
  );
}
