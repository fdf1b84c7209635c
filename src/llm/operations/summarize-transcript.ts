import type { SummaryCheck, SummaryRecord, SummaryTemplate } from "../../core/summary";
import { buildSummarySchema, checkSummaryRecord } from "../../core/summary";
import { chatModelName } from "../create-openai-client";
import type { LlmContext, LlmResultMeta } from "../llm-context";
import { buildMeta } from "../llm-context";
import type { Audience } from "../pii-guard";
import { createPiiGuard } from "../pii-guard";
import { buildSummarySystemPrompt, SUMMARY_PROMPT_VERSION } from "../prompts";
import { badResponse, requestStructured } from "../request-structured";

export type SummaryOutcome = {
  readonly templateId: string;
  /** The draft record; for staff with the masked values restored. */
  readonly record: SummaryRecord;
  readonly check: SummaryCheck;
  readonly meta: LlmResultMeta;
};

/**
 * Drafts a consultation record from a (masked) transcript, in the template's structure.
 * @throws PiiBlockedError when the transcript holds block-class PII (nothing is sent)
 */
export async function summarizeTranscript(
  context: LlmContext,
  params: {
    template: SummaryTemplate;
    transcript: string;
    audience: Audience;
    signal?: AbortSignal;
  },
): Promise<SummaryOutcome> {
  const startedAt = performance.now();
  const { template } = params;
  const guard = createPiiGuard(context.maskOptions);
  const [system, user] = guard.protectAll([buildSummarySystemPrompt(template), params.transcript]);
  const messages = [
    { role: "system", content: system ?? "" },
    { role: "user", content: user ?? "" },
  ] as const;
  const model = chatModelName(context.config);
  const { value, usage } = await requestStructured({
    context,
    model,
    messages,
    schemaName: `record_${template.id}`,
    schema: buildSummarySchema(template),
    ...(params.signal ? { signal: params.signal } : {}),
  });
  const check = checkSummaryRecord(template, value);
  if (check.violations.length > 0) {
    const first = check.violations[0];
    throw badResponse(`schema: ${first?.path} ${first?.problem}`);
  }
  const record: Record<string, SummaryRecord[string]> = {};
  for (const [code, fieldValue] of Object.entries(value as SummaryRecord)) {
    record[code] =
      typeof fieldValue === "string" ? guard.restore(fieldValue, params.audience) : fieldValue;
  }
  const meta = buildMeta({
    context,
    model,
    promptVersion: SUMMARY_PROMPT_VERSION,
    startedAt,
    usage,
    piiMasked: guard.stats.masked,
  });
  return { templateId: template.id, record, check, meta };
}
