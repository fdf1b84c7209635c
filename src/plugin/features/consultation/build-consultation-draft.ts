import type { SummaryRecord, SummaryTemplate } from "../../../core";
import { maskPii } from "../../../core";
import {
  CONSULTATION_FIELDS,
  DRAFT_STATUSES,
  TEMPLATE_TYPE_LABELS,
  toConsultationFieldCode,
} from "../../../kintone/apps";
import { SUMMARY_TEMPLATES } from "../../../core";

/** One field of the preview: label, value and the personal information found in it. */
export type PreviewRow = {
  readonly code: string;
  readonly label: string;
  readonly value: string;
  /** [start, end) spans of personal information in `value`, to highlight. */
  readonly pii: readonly (readonly [number, number])[];
};

/** The preview rows of a draft (empty values included, so staff see what is still missing). */
export function buildPreviewRows(
  template: SummaryTemplate,
  draft: SummaryRecord,
  publicNumbers: readonly string[],
): PreviewRow[] {
  return template.fields.map((field) => {
    const raw = draft[field.code];
    const value =
      raw === null || raw === undefined ? "" : Array.isArray(raw) ? raw.join("、") : String(raw);
    const entities = value ? maskPii(value, { publicNumbers }).entities : [];
    return {
      code: toConsultationFieldCode(template.id, field.code),
      label: field.label,
      value,
      pii: entities.map((entity) => [entity.start, entity.end] as const),
    };
  });
}

/** The record values to set after staff confirmed (field code → `{value}`), only fields the app has. */
export function buildConsultationUpdates(params: {
  template: SummaryTemplate;
  draft: SummaryRecord;
  existing: Readonly<Record<string, unknown>>;
  mode: "offline" | "llm";
  model: string | null;
  maskedTypes: readonly string[];
  now: string;
}): Record<string, { value: unknown }> {
  const updates: Record<string, { value: unknown }> = {};
  const put = (code: string, value: unknown) => {
    if (code in params.existing) updates[code] = { value };
  };
  for (const field of params.template.fields) {
    const value = params.draft[field.code];
    const code = toConsultationFieldCode(params.template.id, field.code);
    if (value === null || value === undefined) continue;
    put(code, Array.isArray(value) ? [...value] : String(value));
  }
  const index = SUMMARY_TEMPLATES.findIndex((template) => template.id === params.template.id);
  put(CONSULTATION_FIELDS.templateType, TEMPLATE_TYPE_LABELS[index] ?? params.template.name);
  put(CONSULTATION_FIELDS.draftStatus, DRAFT_STATUSES.draft);
  put(CONSULTATION_FIELDS.aiMode, params.mode);
  put(CONSULTATION_FIELDS.aiModel, params.model ?? "");
  put(CONSULTATION_FIELDS.aiDraftedAt, params.now.replace(/\.\d{3}Z$/, "Z"));
  put(CONSULTATION_FIELDS.maskedEntities, params.maskedTypes.join("、"));
  return updates;
}
