import { renderEditInput } from "./edit-inputs";
import type { FieldChange } from "./record-form";
import { SYSTEM_TYPES, type FieldProperty, type FieldValue } from "./record-state";
import { renderSubtable, type SubtableRow } from "./subtable";
import { renderValue } from "./view-value";
import type { WidgetContext } from "./widget-types";

/** The control of one top-level field: subtable, edit input or read-only value. */
export function renderFieldControl(params: {
  property: FieldProperty;
  field: FieldValue;
  disabled: boolean;
  context: WidgetContext;
  /** Stores a new value (typing, or a committed change). */
  store: (value: unknown) => void;
  /** Reports a committed change, for the `…change.<code>` event. */
  commit: (change: FieldChange) => void;
}): HTMLElement {
  const { property, field, disabled, context } = params;
  const code = property.code;
  if (property.type === "SUBTABLE") {
    return renderSubtable({
      property,
      rows: (field.value ?? []) as SubtableRow[],
      disabled,
      context,
      onChange: (rows, change) => {
        params.store(structuredClone(rows));
        if (!change.committed) return;
        const row = change.row ? structuredClone(change.row) : null;
        params.commit({ code: change.inner ?? code, row, tableCode: code });
      },
    });
  }
  if (context.mode === "edit" && !SYSTEM_TYPES.has(property.type)) {
    return renderEditInput({
      property,
      field,
      disabled,
      context,
      onInput: (value) => params.store(value),
      onCommit: (value) => {
        params.store(value);
        params.commit({ code, row: null, tableCode: null });
      },
    });
  }
  return renderValue(property, field);
}
