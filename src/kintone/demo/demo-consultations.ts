import type { SummaryRecord } from "../../core";
import { SUMMARY_TEMPLATES, draftSummaryOffline } from "../../core";
import {
  CONSULTATION_FIELDS,
  DRAFT_STATUSES,
  TEMPLATE_TYPE_LABELS,
  toConsultationFieldCode,
} from "../apps";
import type { RecordInput } from "../records/record-values";
import { DEMO_TRANSCRIPTS } from "./demo-transcripts";

const DAY_MS = 86_400_000;

function toFieldValue(value: SummaryRecord[string]): unknown {
  if (value === null) return undefined;
  if (Array.isArray(value)) return [...value];
  return String(value);
}

/**
 * Demo consultation records: each fictional transcript drafted by the offline summarizer into
 * its template's fields, as staff would see an AI draft before confirming.
 */
export function buildDemoConsultations(now: Date): RecordInput[] {
  return DEMO_TRANSCRIPTS.map((demo) => {
    const templateIndex = SUMMARY_TEMPLATES.findIndex(
      (template) => template.id === demo.templateId,
    );
    const template = SUMMARY_TEMPLATES[templateIndex];
    if (!template) throw new Error(`unknown template ${demo.templateId}`);
    const date = new Date(now.getTime() - demo.daysAgo * DAY_MS);
    const draft = draftSummaryOffline({
      template,
      transcript: demo.transcript,
      year: date.getUTCFullYear(),
    });
    const input: RecordInput = {
      [CONSULTATION_FIELDS.templateType]: { value: TEMPLATE_TYPE_LABELS[templateIndex] },
      [CONSULTATION_FIELDS.consultationDate]: { value: date.toISOString().slice(0, 10) },
      [CONSULTATION_FIELDS.staff]: { value: [{ code: demo.staff }] },
      [CONSULTATION_FIELDS.transcript]: { value: demo.transcript },
      [CONSULTATION_FIELDS.draftStatus]: { value: DRAFT_STATUSES.draft },
      [CONSULTATION_FIELDS.aiMode]: { value: "offline" },
      [CONSULTATION_FIELDS.aiDraftedAt]: { value: date.toISOString().replace(/\.\d{3}Z$/, "Z") },
    };
    for (const field of template.fields) {
      if (field.code === "consultation_date") continue;
      const value = toFieldValue(draft[field.code] ?? null);
      if (value !== undefined) input[toConsultationFieldCode(template.id, field.code)] = { value };
    }
    return input;
  });
}
