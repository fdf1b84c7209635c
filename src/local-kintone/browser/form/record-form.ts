import { h } from "../dom";
import { renderFieldControl } from "./field-control";
import {
  mergeRecordChanges,
  NON_DATA_TYPES,
  SYSTEM_TYPES,
  type FieldProperty,
  type RecordData,
} from "./record-state";
import {
  renderFieldCell,
  renderLabelElement,
  renderSpacer,
  type FieldCell,
  type LayoutField,
} from "./layout-elements";
import type { SubtableRow } from "./subtable";
import type { WidgetContext } from "./widget-types";

type LayoutRow = { type: string; code?: string; fields?: LayoutField[]; layout?: LayoutRow[] };

/** A committed change the page turns into a `…change.<code>` event. */
export type FieldChange = { code: string; row: SubtableRow | null; tableCode: string | null };

export type RecordFormOptions = {
  properties: Record<string, FieldProperty>;
  layout: unknown[];
  record: RecordData;
  context: WidgetContext;
  onChange?: (change: FieldChange) => void;
};

/** The record form (view or edit) laid out like kintone's, holding the record being edited. */
export class RecordForm {
  readonly element = h("div", { className: "lk-form" });
  private record: RecordData;
  private disabled: Record<string, boolean> = {};
  private errors: Record<string, string> = {};
  private readonly cells = new Map<string, FieldCell>();
  private readonly spacers = new Map<string, HTMLElement>();
  private readonly groups = new Map<string, HTMLDetailsElement>();

  constructor(private readonly options: RecordFormOptions) {
    this.record = structuredClone(options.record);
    const placed = new Set<string>();
    for (const row of options.layout as LayoutRow[])
      this.element.append(this.renderRow(row, placed));
    // Fields the layout does not place (e.g. added by REST without a layout) go at the end.
    for (const property of Object.values(options.properties)) {
      if (
        placed.has(property.code) ||
        NON_DATA_TYPES.has(property.type) ||
        SYSTEM_TYPES.has(property.type)
      )
        continue;
      this.element.append(
        this.renderRow(
          {
            type: property.type === "SUBTABLE" ? "SUBTABLE" : "ROW",
            code: property.code,
            fields: [{ type: property.type, code: property.code }],
          },
          placed,
        ),
      );
    }
  }

  getRecord(): RecordData {
    return structuredClone(this.record);
  }

  /** Applies a handler's (or record.set's) record: values, `disabled`, `error`. */
  applyRecord(incoming: unknown): void {
    const changes = mergeRecordChanges(this.record, incoming);
    this.record = changes.record;
    Object.assign(this.disabled, changes.disabled);
    this.errors = { ...this.errors, ...changes.errors };
    for (const code of this.cells.keys()) this.refresh(code);
  }

  /** Replaces all field errors (an empty map clears them). */
  setErrors(errors: Record<string, string>): void {
    this.errors = { ...errors };
    for (const [code, cell] of this.cells) {
      cell.error.textContent = this.errors[code] ?? "";
      cell.root.classList.toggle("lk-has-error", Boolean(this.errors[code]));
    }
  }

  getSpaceElement(elementId: string): HTMLElement | null {
    return this.spacers.get(elementId) ?? null;
  }
  getFieldElement(code: string): HTMLElement | null {
    return this.cells.get(code)?.body ?? null;
  }
  setFieldShown(code: string, shown: boolean): void {
    const target = this.cells.get(code)?.root ?? this.spacers.get(code) ?? this.groups.get(code);
    if (target) target.hidden = !shown;
  }
  setGroupFieldOpen(code: string, open: boolean): void {
    const group = this.groups.get(code);
    if (group) group.open = open;
  }

  private renderRow(row: LayoutRow, placed: Set<string>): HTMLElement {
    if (row.type === "GROUP" && row.code) {
      placed.add(row.code);
      const property = this.options.properties[row.code];
      const details = h("details", { className: "lk-group", attrs: { "data-code": row.code } }, [
        h("summary", { text: property?.label ?? row.code }),
      ]);
      details.open = property?.["openGroup"] !== false;
      for (const inner of row.layout ?? []) details.append(this.renderRow(inner, placed));
      this.groups.set(row.code, details);
      return details;
    }
    const fields =
      row.type === "SUBTABLE" && row.code
        ? [{ type: "SUBTABLE", code: row.code }]
        : (row.fields ?? []);
    return h(
      "div",
      { className: "lk-row" },
      fields.map((field) => this.renderLayoutField(field, placed)),
    );
  }

  private renderLayoutField(field: LayoutField, placed: Set<string>): HTMLElement {
    if (field.type === "LABEL") return renderLabelElement(field);
    if (field.type === "HR") return h("hr", { className: "lk-hr" });
    if (field.type === "SPACER") {
      const spacer = renderSpacer(field);
      if (field.elementId) this.spacers.set(field.elementId, spacer);
      return spacer;
    }
    const property = this.options.properties[field.code ?? ""];
    if (!property) return h("div");
    placed.add(property.code);
    const cell = renderFieldCell(property, field, this.options.context.mode);
    this.cells.set(property.code, cell);
    this.refresh(property.code);
    return cell.root;
  }

  private refresh(code: string): void {
    const cell = this.cells.get(code);
    const property = this.options.properties[code];
    if (!cell || !property) return;
    const field = this.record[code] ?? { type: property.type, value: null };
    const disabled = this.disabled[code] === true;
    const control = renderFieldControl({
      property,
      field,
      disabled,
      context: this.options.context,
      store: (value) => {
        this.record[code] = { type: property.type, value };
      },
      commit: (change) => this.options.onChange?.(change),
    });
    cell.body.replaceChildren(control);
    cell.error.textContent = this.errors[code] ?? "";
    cell.root.classList.toggle("lk-has-error", Boolean(this.errors[code]));
  }
}
