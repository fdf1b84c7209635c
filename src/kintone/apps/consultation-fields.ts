import type { SummaryField, SummaryTemplate, SummaryTemplateId } from "../../core";
import type { FieldDefinition, FieldType, LayoutItem } from "./types";

/** Field-code prefix per template, so the three forms' fields live side by side in one app. */
export const TEMPLATE_PREFIXES: Readonly<Record<SummaryTemplateId, string>> = {
  vacant_house: "vh",
  maternal_child_health: "mch",
  community_care: "cc",
};

/** Template fields stored in the app's own (shared) field instead of a prefixed copy. */
const SHARED_TEMPLATE_FIELDS: Readonly<Record<string, string>> = {
  consultation_date: "consultation_date",
};

const FIELD_TYPES: Readonly<Record<SummaryField["type"], FieldType>> = {
  text: "SINGLE_LINE_TEXT",
  multiline: "MULTI_LINE_TEXT",
  date: "DATE",
  choice: "DROP_DOWN",
  multichoice: "CHECK_BOX",
  number: "NUMBER",
};

/**
 * The consultation app's field code for a template field, e.g. ("vacant_house",
 * "property_location") → "vh_property_location". The date is shared by all templates.
 */
export function toConsultationFieldCode(templateId: SummaryTemplateId, fieldCode: string): string {
  return SHARED_TEMPLATE_FIELDS[fieldCode] ?? `${TEMPLATE_PREFIXES[templateId]}_${fieldCode}`;
}

/** The GROUP field that holds one template's fields. */
export function toTemplateGroupCode(templateId: SummaryTemplateId): string {
  return `${TEMPLATE_PREFIXES[templateId]}_group`;
}

/**
 * kintone fields for one template's own fields (the shared ones excluded). Never `required` in
 * kintone: a field required by one template must not block saving a record of another.
 */
export function buildTemplateFields(template: SummaryTemplate): FieldDefinition[] {
  return template.fields
    .filter((field) => SHARED_TEMPLATE_FIELDS[field.code] === undefined)
    .map((field) => ({
      code: toConsultationFieldCode(template.id, field.code),
      type: FIELD_TYPES[field.type],
      label: field.label,
      description: field.description,
      ...(field.options ? { options: field.options } : {}),
      ...(field.unit ? { unit: field.unit } : {}),
    }));
}

/** Layout rows for one template's fields: short fields two to a row, long text on its own. */
export function buildTemplateRows(template: SummaryTemplate): LayoutItem[][] {
  const rows: LayoutItem[][] = [];
  let pending: LayoutItem[] = [];
  for (const field of buildTemplateFields(template)) {
    if (field.type === "MULTI_LINE_TEXT" || field.type === "CHECK_BOX") {
      if (pending.length > 0) rows.push(pending);
      rows.push([field.code]);
      pending = [];
      continue;
    }
    pending.push(field.code);
    if (pending.length === 3) {
      rows.push(pending);
      pending = [];
    }
  }
  if (pending.length > 0) rows.push(pending);
  return rows;
}
