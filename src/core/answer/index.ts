export type {
  ChatMessage,
  AnswerDraftRequest,
  AnswerDraftReply,
  AnswerDraftResult,
  AnswerModel,
  ModelUsage,
} from "./model";
export type {
  AnswerOptions,
  AnswerMeta,
  BilingualPhrase,
  EmergencyContact,
  EnginePhrases,
  InquiryResult,
} from "./types";
export { PROMPT_VERSION, buildAnswerPrompt } from "./build-prompt";
export { countPromptTokens } from "./count-tokens";
export type { GroundingVerdict } from "./check-grounding";
export { checkGrounding } from "./check-grounding";
export type { InquiryParams, PreparedInquiry } from "./prepare-inquiry";
export { prepareInquiry, MAX_INPUT_CHARS } from "./prepare-inquiry";
export { answerInquiry, answerInquiryOffline } from "./answer-inquiry";
