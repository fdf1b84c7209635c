import type { AnswerModel } from "../answer/model";
import { buildDocsPrompt } from "./build-docs-prompt";
import type { GroundingFailure } from "./check-docs-grounding";
import { checkDocsGrounding } from "./check-docs-grounding";
import type { DocIndex } from "./DocIndex";
import { summarizePassages } from "./summarize-passages";
import type { ClosestDocument, DocHit } from "./types";

/** One passage as callers show it (the `results` of `madoguchi search`). */
export type ManualResult = {
  readonly doc: string;
  readonly location: string;
  readonly snippet: string;
  readonly score: number;
};

/** An answer from the manuals: never a text without citations. */
export type ManualAnswer = {
  readonly results: readonly ManualResult[];
  /** Extractive (offline) or generated (llm) text with ［n］ marks, or null. */
  readonly answer: string | null;
  /** `doc location` of each source, in the order of the ［n］ marks. */
  readonly citations: readonly string[];
  readonly mode: "offline" | "llm";
  /** Set when no passage is relevant enough: the manuals do not answer the question. */
  readonly notFound: { readonly closestDocuments: readonly ClosestDocument[] } | null;
  /** Why a model's answer was not used (the offline answer is given instead). */
  readonly fallbackReason: GroundingFailure | "model_error" | null;
};

function cite(hit: DocHit): string {
  return `${hit.chunk.doc} ${hit.location}`;
}

/** Replaces the model's [C2] marks with ［n］ in order of first use; returns the cited hits. */
function renumberCitations(answer: string, cited: readonly string[], hits: readonly DocHit[]) {
  const order = cited.map((label) => hits[Number(label.slice(1)) - 1]!);
  const text = answer.replace(/\[C(\d+)\]/g, (_, n: string) => `［${cited.indexOf(`C${n}`) + 1}］`);
  return { text, sources: order };
}

/**
 * Answers a caseworker's question from the manuals. Offline: the best passages, quoted with
 * citations. With a model: its answer only if it passes {@link checkDocsGrounding}; otherwise
 * the offline answer, with the reason. Nothing relevant: no answer, the closest documents.
 */
export async function answerFromManuals(params: {
  question: string;
  index: DocIndex;
  limit?: number;
  model?: AnswerModel | null;
  signal?: AbortSignal;
  onModelError?: (error: unknown) => void;
}): Promise<ManualAnswer> {
  const { question, index, model } = params;
  const mode = model ? "llm" : "offline";
  const search = question ? index.search(question, { limit: params.limit ?? 3 }) : null;
  if (!search || !search.found) {
    const closestDocuments = search && !search.found ? search.closestDocuments : [];
    return {
      results: [],
      answer: null,
      citations: [],
      mode,
      notFound: { closestDocuments },
      fallbackReason: null,
    };
  }
  const results = search.hits.map((hit) => ({
    doc: hit.chunk.doc,
    location: hit.location,
    snippet: hit.snippet.text,
    score: hit.score,
  }));
  let fallbackReason: ManualAnswer["fallbackReason"] = null;
  if (model) {
    const request = buildDocsPrompt(question, search.hits);
    try {
      const { reply } = await model.draftAnswer(request, params.signal);
      const check = checkDocsGrounding(reply, request.citableIds);
      if (check.ok) {
        const { text, sources } = renumberCitations(reply.answer, check.citations, search.hits);
        return {
          results,
          answer: text,
          citations: sources.map(cite),
          mode: "llm",
          notFound: null,
          fallbackReason,
        };
      }
      fallbackReason = check.reason;
    } catch (error) {
      params.onModelError?.(error);
      fallbackReason = "model_error";
    }
  }
  const extractive = summarizePassages(search.hits, question);
  return {
    results,
    answer: extractive?.text ?? null,
    citations: extractive?.sources.map(cite) ?? [],
    mode: "offline",
    notFound: null,
    fallbackReason,
  };
}
