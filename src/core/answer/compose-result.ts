import type { Department } from "../faq";
import { renderForSpeech } from "../speech";
import { buildAnswerPrompt, PROMPT_VERSION } from "./build-prompt";
import { countPromptTokens } from "./count-tokens";
import type { PreparedInquiry } from "./prepare-inquiry";
import type {
  AnswerMeta,
  AnswerOptions,
  BilingualPhrase,
  EnginePhrases,
  InquiryResult,
} from "./types";

export const OFFLINE_META: AnswerMeta = {
  provider: null,
  model: null,
  promptVersion: PROMPT_VERSION,
  latencyMs: null,
  usage: null,
};

/**
 * The offline result: for `answer`, the top entry's approved text verbatim with its citation;
 * otherwise the caller-supplied phrase for the action. `promptTokens` is what the LLM prompt
 * would cost for this utterance (0 when nothing would be sent).
 */
export function composeOfflineResult(
  prepared: PreparedInquiry,
  departments: readonly Department[],
  options: AnswerOptions = {},
): InquiryResult {
  const { triage } = prepared;
  const top = prepared.retrieved[0];
  const topK = prepared.retrieved.slice(0, options.topK ?? 3);
  const answering = triage.action === "answer" && top !== undefined;
  const department = departments.find((d) => d.name === triage.department);
  const contacts = triage.crisis?.contacts ?? [];
  const answer = answering
    ? top.answer
    : phraseFor(prepared, options.phrases, department, contacts);
  const promptTokens = answering
    ? countPromptTokens(buildAnswerPrompt({ maskedQuestion: prepared.masked, entries: topK }))
    : 0;
  return {
    input: prepared.input,
    masked: prepared.masked,
    action: triage.action,
    department: triage.department,
    reasons: triage.reasons.map((reason) => reason.code),
    answer,
    speech: renderForSpeech(answer, options.speech),
    citations: answering ? [top.id] : [],
    confidence: prepared.retrieval.confidence,
    mode: "offline",
    promptTokens,
    reasonDetails: triage.reasons,
    language: prepared.language,
    extension: department?.extension || null,
    emergencyContacts: contacts,
    candidates: prepared.retrieval.hits.slice(0, 3),
    meta: OFFLINE_META,
    fallback: null,
  };
}

function phraseFor(
  prepared: PreparedInquiry,
  phrases: EnginePhrases | undefined,
  department: Department | undefined,
  contacts: readonly { name: string; number: string }[],
): string {
  if (!phrases) return "";
  const { action, reasons } = prepared.triage;
  const pick = (): BilingualPhrase => {
    if (action === "emergency") return phrases.emergency;
    if (action === "clarify") {
      return reasons.some((r) => r.code === "too_long") ? phrases.clarifyTooLong : phrases.clarify;
    }
    return department ? phrases.transfer : phrases.transferNoDepartment;
  };
  const values: Record<string, string> = {
    department: department?.name ?? "",
    extension: department?.extension ?? "",
    contacts: contacts.map((c) => `${c.name} ${c.number}`).join("、"),
  };
  const fill = (template: string) =>
    template.replace(/\{(\w+)\}/g, (w, k: string) => values[k] ?? w);
  const phrase = pick();
  // Callers who wrote in another language hear both, Japanese first.
  return prepared.language === "ja" || prepared.language === "unknown"
    ? fill(phrase.ja)
    : `${fill(phrase.ja)} / ${fill(phrase.en)}`;
}
