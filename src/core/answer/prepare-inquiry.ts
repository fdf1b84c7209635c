import type { Department, FaqEntry } from "../faq";
import { maskPii } from "../pii";
import type { FaqIndex, FaqSearchResult } from "../search";
import type { DetectedLanguage, TriageResult } from "../triage";
import { detectLanguage, triageInquiry } from "../triage";
import type { AnswerOptions } from "./types";

/** Default cap on input length; a phone utterance is far shorter. */
export const MAX_INPUT_CHARS = 2000;
const PLACEHOLDER_PATTERN = /［[^］]{1,20}］/gu;

export type InquiryParams = {
  readonly text: string;
  readonly index: FaqIndex;
  readonly departments: readonly Department[];
  readonly options?: AnswerOptions;
};

/** Everything decided before any answer is drafted. */
export type PreparedInquiry = {
  readonly input: string;
  readonly masked: string;
  readonly language: DetectedLanguage;
  readonly retrieval: FaqSearchResult;
  readonly retrieved: readonly FaqEntry[];
  readonly triage: TriageResult;
};

/**
 * Cuts overlong input, masks personal information, retrieves FAQ entries with the MASKED text
 * and triages. Pure and synchronous; shared by the offline and the LLM paths.
 */
export function prepareInquiry(params: InquiryParams): PreparedInquiry {
  const options = params.options ?? {};
  const limit = options.maxInputChars ?? MAX_INPUT_CHARS;
  const tooLong = params.text.length > limit;
  const text = tooLong ? params.text.slice(0, limit) : params.text;
  const mask = maskPii(text, options.mask);
  const language = detectLanguage(text);
  // Placeholders (［氏名1］) say nothing about the question and would match entries about names.
  const query = mask.masked.replace(PLACEHOLDER_PATTERN, " ");
  const retrieval = params.index.search(query, { limit: Math.max(5, options.topK ?? 3) });
  const retrieved = retrieval.hits
    .map((hit) => params.index.getEntry(hit.id))
    .filter((entry): entry is FaqEntry => entry !== undefined);
  const blockedTypes = [
    ...new Set(mask.entities.filter((e) => e.class === "block").map((e) => e.type)),
  ];
  const triage = triageInquiry({
    text: mask.masked,
    pii: { blocked: mask.blocked, blockedTypes },
    retrieval: {
      top: retrieved[0] ?? null,
      confidence: retrieval.confidence,
      coverage: retrieval.coverage,
    },
    departments: params.departments,
    turn: options.turn,
    tooLong,
    options: options.triage,
  });
  return { input: params.text, masked: mask.masked, language, retrieval, retrieved, triage };
}
