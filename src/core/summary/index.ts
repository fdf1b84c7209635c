export type { JsonSchema, JsonScalarType } from "./json-schema";
export type { JsonSchemaViolation } from "./validate-json";
export { validateJson } from "./validate-json";
export type {
  SummaryField,
  SummaryFieldType,
  SummaryRecord,
  SummaryTemplate,
  SummaryTemplateId,
} from "./template";
export { SUMMARY_TEMPLATES, findSummaryTemplate } from "./summary-templates";
export type { SummaryCheck } from "./build-summary-schema";
export { buildSummarySchema, checkSummaryRecord } from "./build-summary-schema";
export { draftSummaryOffline, MIN_SENTENCE_SCORE } from "./draft-summary-offline";
