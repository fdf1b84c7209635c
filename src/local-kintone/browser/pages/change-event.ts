import type { FieldChange } from "../form/record-form";
import type { RecordData } from "../form/record-state";

/** Field types whose edits fire `…change.<code>` (https://kintone.dev/en/docs/kintone/js-api/events/record-create-events/field-change-event/). */
const CHANGE_EVENT_TYPES = new Set(
  "RADIO_BUTTON DROP_DOWN CHECK_BOX MULTI_SELECT USER_SELECT ORGANIZATION_SELECT GROUP_SELECT DATE TIME DATETIME SINGLE_LINE_TEXT NUMBER SUBTABLE".split(
    " ",
  ),
);

/**
 * The `…change.<code>` event for a committed edit, or null for types kintone fires none for.
 * `changes.field` is the edited field (the subtable itself when a row was added or removed);
 * `changes.row` is the row concerned, null for removals and fields outside tables.
 */
export function buildChangeEvent(
  prefix: string,
  change: FieldChange,
  record: RecordData,
  base: Record<string, unknown>,
): Record<string, unknown> | null {
  const field = change.row ? change.row.value[change.code] : record[change.code];
  const type = record[change.code]?.type ?? field?.type ?? "";
  if (!CHANGE_EVENT_TYPES.has(type)) return null;
  const eventType = `${prefix}.change.${change.code}`;
  return { type: eventType, ...base, record, changes: { field, row: change.row } };
}
