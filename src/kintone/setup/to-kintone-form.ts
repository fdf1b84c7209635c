import type { FieldDefinition, LayoutBlock, LayoutItem } from "../apps";

/** A field property as kintone's fields.json writes it. */
export type KintoneProperty = Record<string, unknown> & {
  type: string;
  code: string;
  label: string;
};

/** kintone's layout.json blocks (only the parts madoguchi writes and compares). */
export type KintoneLayoutField = {
  type: string;
  code?: string;
  elementId?: string;
  label?: string;
  size?: unknown;
};
export type KintoneLayoutBlock =
  | { type: "ROW"; fields: KintoneLayoutField[] }
  | { type: "GROUP"; code: string; layout: { type: "ROW"; fields: KintoneLayoutField[] }[] }
  | { type: "SUBTABLE"; code: string; fields: KintoneLayoutField[] };

/** `["公開","非公開"]` → `{公開: {label: "公開", index: "0"}, …}`. */
function toOptions(options: readonly string[]): Record<string, { label: string; index: string }> {
  return Object.fromEntries(
    options.map((label, index) => [label, { label, index: String(index) }]),
  );
}

/** The kintone field property for a definition (only the settings madoguchi decides). */
export function toKintoneProperty(field: FieldDefinition): KintoneProperty {
  const property: KintoneProperty = { type: field.type, code: field.code, label: field.label };
  if (field.type !== "GROUP") property.noLabel = false;
  if (field.type !== "GROUP") property.required = field.required ?? false;
  if (field.unique !== undefined) property.unique = field.unique;
  if (field.options) property.options = toOptions(field.options);
  if (field.defaultValue !== undefined) property.defaultValue = field.defaultValue;
  else if (field.type === "CHECK_BOX" || field.type === "USER_SELECT") property.defaultValue = [];
  if (field.type === "RADIO_BUTTON" && field.defaultValue === undefined && field.options) {
    property.defaultValue = field.options[0];
  }
  if (field.defaultNowValue !== undefined) property.defaultNowValue = field.defaultNowValue;
  if (field.unit !== undefined) {
    property.unit = field.unit;
    property.unitPosition = "AFTER";
  }
  if (field.minValue !== undefined) property.minValue = field.minValue;
  if (field.maxValue !== undefined) property.maxValue = field.maxValue;
  if (field.displayScale !== undefined) property.displayScale = field.displayScale;
  if (field.openGroup !== undefined) property.openGroup = field.openGroup;
  if (field.type === "CHECK_BOX" || field.type === "RADIO_BUTTON") property.align = "HORIZONTAL";
  return property;
}

function toLayoutField(item: LayoutItem, types: ReadonlyMap<string, string>): KintoneLayoutField {
  if (typeof item === "string") return { type: types.get(item) ?? "SINGLE_LINE_TEXT", code: item };
  if ("spacer" in item) return { type: "SPACER", elementId: item.spacer };
  return { type: "LABEL", label: item.label };
}

/** kintone layout blocks for the definition's layout. */
export function toKintoneLayout(
  layout: readonly LayoutBlock[],
  fields: readonly FieldDefinition[],
): KintoneLayoutBlock[] {
  const types = new Map(fields.map((field) => [field.code, field.type]));
  return layout.map((block) =>
    "row" in block
      ? { type: "ROW", fields: block.row.map((item) => toLayoutField(item, types)) }
      : {
          type: "GROUP",
          code: block.group,
          layout: block.rows.map((row) => ({
            type: "ROW",
            fields: row.map((item) => toLayoutField(item, types)),
          })),
        },
  );
}
