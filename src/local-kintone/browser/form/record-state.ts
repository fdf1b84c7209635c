/** A form field property as fields.json returns it. */
export type FieldProperty = {
  type: string;
  code: string;
  label: string;
  [key: string]: unknown;
};
export type FieldValue = { type: string; value: unknown };
export type RecordData = Record<string, FieldValue>;

/** Types kintone computes itself: shown, never sent, never overwritten by handlers. */
export const SYSTEM_TYPES = new Set([
  "__ID__",
  "__REVISION__",
  "RECORD_NUMBER",
  "CREATOR",
  "MODIFIER",
  "CREATED_TIME",
  "UPDATED_TIME",
  "CALC",
  "STATUS",
  "STATUS_ASSIGNEE",
  "CATEGORY",
]);
/** Types that live only in the form layout or form definition, never in record data. */
export const NON_DATA_TYPES = new Set(["GROUP", "REFERENCE_TABLE", "LABEL", "SPACER", "HR"]);
/** Handlers and record.set cannot overwrite these (https://kintone.dev/en/docs/kintone/js-api/events/event-object-actions). */
const READ_ONLY_FOR_SCRIPTS = new Set([...SYSTEM_TYPES, "FILE"]);

const ARRAY_TYPES = new Set([
  "CHECK_BOX",
  "MULTI_SELECT",
  "USER_SELECT",
  "ORGANIZATION_SELECT",
  "GROUP_SELECT",
  "FILE",
  "CATEGORY",
  "STATUS_ASSIGNEE",
]);

/** The empty value kintone shows for a field type on a new record, honouring defaults. */
export function createInitialValue(property: FieldProperty, today: Date): unknown {
  const { type } = property;
  const defaultValue = property["defaultValue"];
  if (type === "SUBTABLE") return [createSubtableRow(property, today)];
  if (ARRAY_TYPES.has(type)) {
    if (type === "USER_SELECT" && Array.isArray(defaultValue)) {
      return defaultValue
        .filter((each) => (each as { type?: string }).type === "USER")
        .map((each) => ({
          code: (each as { code: string }).code,
          name: (each as { code: string }).code,
        }));
    }
    return Array.isArray(defaultValue) ? [...(defaultValue as string[])] : [];
  }
  if (property["defaultNowValue"] === true) return formatNow(type, today);
  if (type === "CREATOR" || type === "MODIFIER") return { code: "", name: "" };
  if (type === "DROP_DOWN" && (defaultValue === "" || defaultValue === undefined)) return null;
  if (type === "DATE" || type === "TIME")
    return typeof defaultValue === "string" && defaultValue !== "" ? defaultValue : null;
  return typeof defaultValue === "string" ? defaultValue : "";
}

function formatNow(type: string, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  if (type === "DATE") return date;
  if (type === "TIME") return `${pad(now.getHours())}:${pad(now.getMinutes())}`;
  return `${now.toISOString().slice(0, 16)}:00Z`;
}

/** A new subtable row: `{id: null, value: {...}}` with every inner field. */
export function createSubtableRow(
  table: FieldProperty,
  today: Date,
): { id: string | null; value: RecordData } {
  const inner = (table["fields"] ?? {}) as Record<string, FieldProperty>;
  const value: RecordData = {};
  for (const property of Object.values(inner))
    value[property.code] = { type: property.type, value: createInitialValue(property, today) };
  return { id: null, value };
}

/** A new record for the create page: every data field with its initial value. */
export function createInitialRecord(
  properties: Record<string, FieldProperty>,
  today: Date,
): RecordData {
  const record: RecordData = {};
  for (const property of Object.values(properties)) {
    if (NON_DATA_TYPES.has(property.type)) continue;
    record[property.code] = { type: property.type, value: createInitialValue(property, today) };
  }
  return record;
}

/** Edit forms show one blank row in an empty subtable, as kintone's do. */
export function fillEmptySubtables(
  record: RecordData,
  properties: Record<string, FieldProperty>,
  today: Date,
): RecordData {
  const filled = structuredClone(record);
  for (const property of Object.values(properties)) {
    const field = filled[property.code];
    if (property.type !== "SUBTABLE" || !field) continue;
    if (!Array.isArray(field.value) || field.value.length === 0) {
      field.value = [createSubtableRow(property, today)];
    }
  }
  return filled;
}

/** What a handler's returned record asks the form to change. */
export type RecordChanges = {
  record: RecordData;
  disabled: Record<string, boolean>;
  errors: Record<string, string>;
};

/**
 * Applies an event's record (or record.set's) onto the current one: values of writable fields,
 * plus the `disabled` and `error` flags kintone reads from the returned event.
 */
export function mergeRecordChanges(current: RecordData, incoming: unknown): RecordChanges {
  const record: RecordData = structuredClone(current);
  const disabled: Record<string, boolean> = {};
  const errors: Record<string, string> = {};
  if (typeof incoming !== "object" || incoming === null) return { record, disabled, errors };
  for (const [code, field] of Object.entries(incoming as Record<string, unknown>)) {
    const target = record[code];
    if (!target || typeof field !== "object" || field === null) continue;
    const change = field as { value?: unknown; disabled?: unknown; error?: unknown };
    if (typeof change.disabled === "boolean") disabled[code] = change.disabled;
    if (typeof change.error === "string" && change.error !== "") errors[code] = change.error;
    if ("value" in change && !READ_ONLY_FOR_SCRIPTS.has(target.type))
      target.value = normalizeValue(target.type, change.value, target.value);
  }
  return { record, disabled, errors };
}

function normalizeValue(type: string, value: unknown, previous: unknown): unknown {
  if (type === "NUMBER") {
    if (value === null || value === undefined) return "";
    if (value === "#INVALID!") return previous;
    return String(value);
  }
  if (ARRAY_TYPES.has(type)) return Array.isArray(value) ? structuredClone(value) : [];
  return value === undefined ? previous : structuredClone(value);
}

/** The `record` payload for POST/PUT record.json: only fields kintone accepts from a form. */
export function buildRecordPayload(record: RecordData): Record<string, { value: unknown }> {
  const payload: Record<string, { value: unknown }> = {};
  for (const [code, field] of Object.entries(record)) {
    if (SYSTEM_TYPES.has(field.type) || NON_DATA_TYPES.has(field.type)) continue;
    payload[code] = { value: toPayloadValue(field) };
  }
  return payload;
}

function toPayloadValue(field: FieldValue): unknown {
  if (field.type === "FILE")
    return ((field.value ?? []) as { fileKey: string }[]).map(({ fileKey }) => ({ fileKey }));
  if (
    field.type === "USER_SELECT" ||
    field.type === "ORGANIZATION_SELECT" ||
    field.type === "GROUP_SELECT"
  ) {
    return ((field.value ?? []) as { code: string }[]).map(({ code }) => ({ code }));
  }
  if (field.type === "SUBTABLE") {
    return ((field.value ?? []) as { id: string | null; value: RecordData }[]).map((row) => ({
      ...(row.id ? { id: row.id } : {}),
      value: buildRecordPayload(row.value),
    }));
  }
  return field.value;
}
