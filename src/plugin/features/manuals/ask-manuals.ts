import type { AnswerModel } from "../../../core";
import type { DocSearchResult, ManualAnswer } from "../../../core/docs";
import { answerFromManuals } from "../../../core/docs";
import type { ManualLibrary } from "./load-manual-library";
import { resolveFollowUp } from "./resolve-follow-up";

/** Passages shown per question. */
export const PASSAGES_PER_QUESTION = 3;

/** One question and what the manuals said. */
export type ManualTurn = {
  readonly question: string;
  /** What was searched: the question, with the earlier turn's key terms when it is a follow-up. */
  readonly query: string;
  readonly carried: readonly string[];
  /** Ranked passages with highlight ranges, or not found with the closest documents. */
  readonly search: DocSearchResult;
  /** The answer (offline extractive, or the model's when grounded) with its citations. */
  readonly answer: ManualAnswer;
  /** Why the model's answer is not shown, with the model's error for `model_error`. */
  readonly modelError: unknown;
};

/**
 * Answers one question of a conversation: resolves it against the earlier turn, ranks the
 * passages (with highlights, for display) and gets the answer, offline or from the model.
 * The model's answer is used only if it cites the passages it was given (the core's grounding
 * check); otherwise the offline answer comes back with the reason.
 */
export async function askManuals(params: {
  library: ManualLibrary;
  question: string;
  previous: ManualTurn | null;
  model: AnswerModel | null;
  signal?: AbortSignal;
}): Promise<ManualTurn> {
  const { index } = params.library;
  const followUp = resolveFollowUp({
    index,
    previousQuery: params.previous?.query ?? null,
    question: params.question,
  });
  const search = index.search(followUp.query, { limit: PASSAGES_PER_QUESTION });
  let modelError: unknown = null;
  const answer = await answerFromManuals({
    question: followUp.query,
    index,
    limit: PASSAGES_PER_QUESTION,
    model: params.model,
    ...(params.signal ? { signal: params.signal } : {}),
    onModelError: (error) => {
      modelError = error;
    },
  });
  return {
    question: params.question,
    query: followUp.query,
    carried: followUp.carried,
    search,
    answer,
    modelError,
  };
}
