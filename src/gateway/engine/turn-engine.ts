import type { AnswerModel, Department, EnginePhrases, FaqIndex, InquiryResult } from "../../core";
import { answerInquiry, answerInquiryOffline } from "../../core";
import { MESSAGES } from "../../messages";
import type { TurnRecord } from "../sessions/types";
import { buildFollowUpQuery, shouldUseFollowUp } from "./follow-up";

/** The FAQ index and departments the gateway answers from. */
export type GatewayEngineData = {
  readonly index: FaqIndex;
  readonly departments: readonly Department[];
};

/** Answers one caller utterance in the context of its session. */
export type TurnEngine = {
  answerTurn(params: {
    readonly text: string;
    /** 1-based number of this turn in the session (the turn limit counts it). */
    readonly turn: number;
    readonly previous: TurnRecord | undefined;
    readonly signal?: AbortSignal;
  }): Promise<InquiryResult>;
  /** The FAQ question of an entry id (for the call log). */
  describeCitation(id: string): string | null;
};

const PHRASES: EnginePhrases = {
  transfer: MESSAGES.M_ENGINE_TRANSFER,
  transferNoDepartment: MESSAGES.M_ENGINE_TRANSFER_NO_DEPARTMENT,
  clarify: MESSAGES.M_ENGINE_CLARIFY,
  clarifyTooLong: MESSAGES.M_ENGINE_CLARIFY_TOO_LONG,
  emergency: MESSAGES.M_ENGINE_EMERGENCY,
};

/**
 * The engine as the citizen channels use it: `answerInquiry` (with the model when given; its
 * audience is the citizen, so placeholders are never restored) with the session's turn number.
 * A short follow-up is also tried after the previous answered question (offline, cheap); the
 * model then sees only the version that was chosen.
 */
export function createTurnEngine(params: {
  readonly data: GatewayEngineData;
  readonly model: AnswerModel | null;
  readonly maxTurns: number;
  readonly clock?: () => number;
}): TurnEngine {
  const { data, model } = params;
  const clock = params.clock ?? (() => performance.now());
  const inquiry = (text: string, turn: number) => ({
    text,
    index: data.index,
    departments: data.departments,
    options: { phrases: PHRASES, clock, turn, triage: { maxTurns: params.maxTurns } },
  });
  return {
    async answerTurn({ text, turn, previous, signal }) {
      const alone = answerInquiryOffline(inquiry(text, turn));
      const query = buildFollowUpQuery(text, previous);
      const inContext = query ? answerInquiryOffline(inquiry(query, turn)) : null;
      const useContext = inContext !== null && shouldUseFollowUp(alone, inContext);
      let result: InquiryResult = useContext ? inContext : alone;
      if (model && result.action === "answer") {
        result = await answerInquiry({
          ...inquiry(useContext && query ? query : text, turn),
          model,
          signal,
        });
      }
      // The log keeps what the caller said, not the joined query.
      return useContext ? { ...result, input: alone.input, masked: alone.masked } : result;
    },
    describeCitation(id) {
      return data.index.getEntry(id)?.question ?? null;
    },
  };
}
