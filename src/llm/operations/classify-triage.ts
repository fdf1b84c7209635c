import type { JsonSchema } from "../../core/summary";
import { chatModelName } from "../create-openai-client";
import type { LlmContext, LlmResultMeta } from "../llm-context";
import { buildMeta } from "../llm-context";
import { createPiiGuard } from "../pii-guard";
import { buildTriageSystemPrompt, TRIAGE_PROMPT_VERSION } from "../prompts";
import { requestStructured } from "../request-structured";

export const TRIAGE_ACTIONS = ["answer", "transfer", "emergency", "clarify"] as const;
/** Reason codes the model may choose from (the engine's stable codes plus `answerable`). */
export const TRIAGE_REASON_CODES = [
  "answerable",
  "personal_status",
  "human_requested",
  "complaint",
  "crisis",
  "other_department",
  "out_of_scope",
  "injection",
  "no_question",
  "low_confidence",
] as const;

export type TriageSuggestion = {
  readonly action: (typeof TRIAGE_ACTIONS)[number];
  readonly reason: (typeof TRIAGE_REASON_CODES)[number];
  readonly department: string | null;
  /** A short quote from the (masked) input that the decision rests on. */
  readonly evidence: string;
  readonly meta: LlmResultMeta;
};

/**
 * Asks the model for a second opinion on routing: an action, a reason code and a department
 * among `departments`. An assist only: the rule-based triage in core stays authoritative.
 * @throws PiiBlockedError when the text holds block-class PII (nothing is sent)
 */
export async function classifyTriage(
  context: LlmContext,
  params: { text: string; departments: readonly string[]; signal?: AbortSignal },
): Promise<TriageSuggestion> {
  const startedAt = performance.now();
  const guard = createPiiGuard(context.maskOptions);
  const [system, user] = guard.protectAll([
    buildTriageSystemPrompt(params.departments),
    params.text,
  ]);
  const messages = [
    { role: "system", content: system ?? "" },
    { role: "user", content: user ?? "" },
  ] as const;
  const model = chatModelName(context.config);
  const { value, usage } = await requestStructured({
    context,
    model,
    messages,
    schemaName: "triage_suggestion",
    schema: buildTriageSchema(params.departments),
    ...(params.signal ? { signal: params.signal } : {}),
  });
  const reply = value as Omit<TriageSuggestion, "meta">;
  const meta = buildMeta({
    context,
    model,
    promptVersion: TRIAGE_PROMPT_VERSION,
    startedAt,
    usage,
    piiMasked: guard.stats.masked,
  });
  // Evidence stays masked: triage results may be shown on citizen channels and logs.
  return { ...reply, meta };
}

function buildTriageSchema(departments: readonly string[]): JsonSchema {
  return {
    type: "object",
    properties: {
      action: { type: "string", enum: [...TRIAGE_ACTIONS] },
      reason: { type: "string", enum: [...TRIAGE_REASON_CODES] },
      department: { type: ["string", "null"], enum: [...departments, null] },
      evidence: { type: "string", description: "判断の根拠となった語句（入力から短く抜き出す）。" },
    },
    required: ["action", "reason", "department", "evidence"],
    additionalProperties: false,
  };
}
