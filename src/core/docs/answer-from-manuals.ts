import type { AnswerModel } from "../answer/model";
import { buildDocsPrompt } from "./build-docs-prompt";
import type { GroundingFailure } from "./check-docs-grounding";
import { checkDocsGrounding } from "./check-docs-grounding";
import type { DocIndex } from "./DocIndex";
import type { DocEmbedder, EmbeddingFallback } from "./embed-doc-index";
import { embedQuestion } from "./embed-doc-index";
import { summarizePassages } from "./summarize-passages";
import type { ClosestDocument, DocHit, DocRetrieval } from "./types";

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
  /** `hybrid` when embeddings were fused with BM25 for this question. */
  readonly retrieval: DocRetrieval;
  /** Why an embedder was given but BM25 alone was used; null otherwise. */
  readonly retrievalFallback: EmbeddingFallback | null;
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
  /** Hybrid retrieval: embeds the question when the index holds vectors of the same model. */
  embedder?: DocEmbedder | null;
  signal?: AbortSignal;
  onModelError?: (error: unknown) => void;
  onEmbeddingError?: (error: unknown) => void;
}): Promise<ManualAnswer> {
  const { question, index, model } = params;
  const mode = model ? "llm" : "offline";
  let retrievalFallback: EmbeddingFallback | null = null;
  let queryVector: readonly number[] | null = null;
  if (question && params.embedder) {
    const embedded = await embedQuestion({
      question,
      index,
      embedder: params.embedder,
      ...(params.signal ? { signal: params.signal } : {}),
    });
    queryVector = embedded.vector;
    if (embedded.fallbackReason) {
      retrievalFallback = embedded.fallbackReason;
      if (embedded.error) params.onEmbeddingError?.(embedded.error);
    }
  }
  const search = question
    ? index.search(question, {
        limit: params.limit ?? 3,
        ...(queryVector ? { queryVector } : {}),
      })
    : null;
  const retrieval = search?.retrieval ?? "bm25";
  // A vector the index could not use (other dimensions) is a mismatch, not silent BM25.
  if (queryVector && retrieval !== "hybrid") retrievalFallback = "embedding_mismatch";
  const common = { retrieval, retrievalFallback };
  if (!search || !search.found) {
    const closestDocuments = search && !search.found ? search.closestDocuments : [];
    return {
      results: [],
      answer: null,
      citations: [],
      mode,
      notFound: { closestDocuments },
      fallbackReason: null,
      ...common,
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
          ...common,
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
    ...common,
  };
}
