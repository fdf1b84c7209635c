import type { JsonSchema } from "./json-schema";
import type { SummaryField, SummaryRecord, SummaryTemplate } from "./template";
import type { JsonSchemaViolation } from "./validate-json";
import { validateJson } from "./validate-json";

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Generates the strict structured-output schema of a record draft from its template.
 * Every field is present and nullable: a draft leaves blank what the transcript does not
 * say, instead of inventing it; `required` is enforced when staff save the record.
 */
export function buildSummarySchema(template: SummaryTemplate): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const field of template.fields) properties[field.code] = buildFieldSchema(field);
  return {
    type: "object",
    properties,
    required: template.fields.map((field) => field.code),
    additionalProperties: false,
  };
}

function buildFieldSchema(field: SummaryField): JsonSchema {
  const description = `${field.label}: ${field.description}${field.unit ? `（単位: ${field.unit}）` : ""}`;
  switch (field.type) {
    case "number":
      return { type: ["number", "null"], description };
    case "choice":
      return { type: ["string", "null"], enum: [...(field.options ?? []), null], description };
    case "multichoice":
      return {
        type: "array",
        items: { type: "string", enum: field.options ?? [] },
        description,
      };
    default:
      return { type: ["string", "null"], description };
  }
}

/** A draft checked against its template. */
export type SummaryCheck = {
  readonly violations: readonly JsonSchemaViolation[];
  /** Required fields the draft left empty: staff must fill them before saving. */
  readonly missingRequired: readonly string[];
};

/** Checks a draft record: schema fit, date format, and which required fields are empty. */
export function checkSummaryRecord(template: SummaryTemplate, value: unknown): SummaryCheck {
  const violations = [...validateJson(value, buildSummarySchema(template))];
  const record = (violations.length === 0 ? value : {}) as SummaryRecord;
  for (const field of template.fields) {
    const fieldValue = record[field.code];
    if (field.type === "date" && typeof fieldValue === "string" && !DATE_PATTERN.test(fieldValue)) {
      violations.push({ path: `$.${field.code}`, problem: "expected YYYY-MM-DD" });
    }
  }
  const missingRequired = template.fields
    .filter((field) => field.required && isEmpty(record[field.code]))
    .map((field) => field.code);
  return { violations, missingRequired };
}

function isEmpty(value: SummaryRecord[string] | undefined): boolean {
  return (
    value === null ||
    value === undefined ||
    value === "" ||
    (Array.isArray(value) && value.length === 0)
  );
}
