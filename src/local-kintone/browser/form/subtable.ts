import { h, t } from "../dom";
import { renderEditInput } from "./edit-inputs";
import { createSubtableRow, type FieldProperty, type RecordData } from "./record-state";
import { renderValue } from "./view-value";
import type { WidgetContext } from "./widget-types";

export type SubtableRow = { id: string | null; value: RecordData };

export type SubtableParams = {
  readonly property: FieldProperty;
  readonly rows: SubtableRow[];
  readonly disabled: boolean;
  readonly context: WidgetContext;
  /** Rows changed; `row` is the added or edited row (null when one was removed), `inner` the edited inner field. */
  readonly onChange: (
    rows: SubtableRow[],
    change: { row: SubtableRow | null; inner: string | null; committed: boolean },
  ) => void;
};

/** A subtable as a table: one column per inner field, add/remove buttons per row in edit mode. */
export function renderSubtable(params: SubtableParams): HTMLElement {
  const { property, context } = params;
  const inner = Object.values((property["fields"] ?? {}) as Record<string, FieldProperty>);
  const rows = params.rows.map((row) => ({ id: row.id, value: structuredClone(row.value) }));
  const editing = context.mode === "edit" && !params.disabled;
  const body = h("tbody");

  const addFirst = h("button", {
    className: "lk-button",
    text: t("M_SHELL_ADD_ROW"),
    attrs: { type: "button" },
    on: { click: () => addRow(0) },
  });
  const draw = () => {
    body.replaceChildren(...rows.map((row, index) => renderRow(row, index)));
    addFirst.hidden = !editing || rows.length > 0;
  };
  const renderRow = (row: SubtableRow, index: number): HTMLElement => {
    const cells = inner.map((field) => {
      const value = row.value[field.code] ?? { type: field.type, value: null };
      const control =
        context.mode === "edit"
          ? renderEditInput({
              property: field,
              field: value,
              disabled: params.disabled,
              context,
              onInput: (next) => {
                row.value[field.code] = { type: field.type, value: next };
                params.onChange(rows, { row, inner: field.code, committed: false });
              },
              onCommit: (next) => {
                row.value[field.code] = { type: field.type, value: next };
                params.onChange(rows, { row, inner: field.code, committed: true });
              },
            })
          : renderValue(field, value);
      return h("td", { attrs: { "data-code": field.code } }, [control]);
    });
    const actions = editing
      ? h("td", { className: "lk-row-actions" }, [
          h("button", {
            className: "lk-icon-button",
            text: "+",
            attrs: { type: "button", title: t("M_SHELL_ADD_ROW") },
            on: { click: () => addRow(index + 1) },
          }),
          h("button", {
            className: "lk-icon-button",
            text: "−",
            attrs: { type: "button", title: t("M_SHELL_REMOVE_ROW") },
            on: { click: () => removeRow(index) },
          }),
        ])
      : null;
    return h("tr", {}, [...cells, actions]);
  };
  const addRow = (at: number) => {
    const row = createSubtableRow(property, context.today);
    rows.splice(at, 0, row);
    draw();
    params.onChange(rows, { row, inner: null, committed: true });
  };
  const removeRow = (at: number) => {
    rows.splice(at, 1);
    draw();
    params.onChange(rows, { row: null, inner: null, committed: true });
  };

  draw();
  const head = h("thead", {}, [
    h("tr", {}, [
      ...inner.map((field) => h("th", { text: field.label })),
      editing ? h("th") : null,
    ]),
  ]);
  const table = h("table", { className: "lk-subtable", attrs: { "data-code": property.code } }, [
    head,
    body,
  ]);
  return h("div", { className: "lk-subtable-wrap" }, [table, addFirst]);
}
