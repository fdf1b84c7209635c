/**
 * The contract between the pure engine and a language model.
 *
 * `src/core` builds the prompt and checks what comes back; `src/llm` is the only code that
 * implements {@link AnswerModel} (and masks every outgoing text once more before sending it).
 */

export type ChatMessage = {
  readonly role: "system" | "user" | "assistant";
  readonly content: string;
};

/** What the engine asks a model to do: draft an answer citing only `citableIds`. */
export type AnswerDraftRequest = {
  readonly messages: readonly ChatMessage[];
  /** FAQ ids the model may cite (the retrieved set). */
  readonly citableIds: readonly string[];
  /** Identifies the prompt template, stored with every AI result. */
  readonly promptVersion: string;
};

/** The model's structured reply, before the engine's grounding check. */
export type AnswerDraftReply = {
  readonly answer: string;
  readonly citations: readonly string[];
  readonly needsTransfer: boolean;
  readonly reason: string | null;
};

export type ModelUsage = {
  readonly promptTokens: number;
  readonly completionTokens: number;
};

export type AnswerDraftResult = {
  readonly reply: AnswerDraftReply;
  readonly usage: ModelUsage | null;
  readonly latencyMs: number;
};

/** A language model that can draft grounded answers. Implemented only in `src/llm`. */
export type AnswerModel = {
  readonly provider: string;
  readonly model: string;
  draftAnswer(request: AnswerDraftRequest, signal?: AbortSignal): Promise<AnswerDraftResult>;
};
