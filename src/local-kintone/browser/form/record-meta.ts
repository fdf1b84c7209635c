import { h } from "../dom";
import type { FieldProperty, RecordData } from "./record-state";
import { renderValue } from "./view-value";

const META_TYPES = ["RECORD_NUMBER", "CREATOR", "CREATED_TIME", "MODIFIER", "UPDATED_TIME"];

/** The record number, creator, modifier and times, as kintone shows them beside a record. */
export function renderRecordMeta(
  properties: Record<string, FieldProperty>,
  record: RecordData,
): HTMLElement {
  const items = META_TYPES.flatMap((type) => {
    const property = Object.values(properties).find((each) => each.type === type);
    const field = property ? record[property.code] : undefined;
    if (!property || !field) return [];
    return [
      h("div", { className: "lk-meta-item", attrs: { "data-type": type } }, [
        h("span", { className: "lk-meta-label", text: property.label }),
        renderValue(property, field),
      ]),
    ];
  });
  return h("div", { className: "lk-record-meta" }, items);
}
