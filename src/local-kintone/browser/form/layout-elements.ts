import { h } from "../dom";
import type { FieldProperty } from "./record-state";
import { sanitizeHtml } from "./sanitize-html";

/** One element of a layout row, as layout.json gives it. */
export type LayoutField = {
  type: string;
  code?: string;
  label?: string;
  elementId?: string;
  size?: { width?: string | number; height?: string | number };
};

/** The box of one field: label, control area and error line. */
export type FieldCell = { root: HTMLElement; body: HTMLElement; error: HTMLElement };

export function readWidthStyle(field: LayoutField): { style: string } | undefined {
  return field.size?.width ? { style: `width:${Number(field.size.width) || 200}px` } : undefined;
}

/** A LABEL element: app-defined HTML, sanitised like rich text. */
export function renderLabelElement(field: LayoutField): HTMLElement {
  return h("div", { className: "lk-label-element", attrs: readWidthStyle(field) }, [
    sanitizeHtml(field.label ?? ""),
  ]);
}

/** A SPACER element: kintone gives it the id `user-js-<elementId>` (getSpaceElement returns it). */
export function renderSpacer(field: LayoutField): HTMLElement {
  const height = field.size?.height ? `height:${Number(field.size.height) || 0}px;` : "";
  return h("div", {
    className: "lk-spacer",
    attrs: {
      id: `user-js-${field.elementId ?? ""}`,
      style: `${height}${readWidthStyle(field)?.style ?? ""}`,
    },
  });
}

/** The empty cell of a field; the form fills `body` with the control. */
export function renderFieldCell(
  property: FieldProperty,
  field: LayoutField,
  mode: "view" | "edit",
): FieldCell {
  const width = readWidthStyle(field);
  const body = h("div", { className: "lk-field-body" });
  const error = h("div", { className: "lk-field-error", attrs: { role: "alert" } });
  const required =
    property["required"] === true && mode === "edit"
      ? h("span", { className: "lk-required", text: "*" })
      : null;
  const label =
    property["noLabel"] === true
      ? null
      : h("div", { className: "lk-field-label" }, [property.label, required]);
  const root = h(
    "div",
    {
      className: `lk-field lk-field-${property.type.toLowerCase()}`,
      attrs: {
        "data-code": property.code,
        ...(width && property.type !== "SUBTABLE" ? width : {}),
      },
    },
    [label, body, error],
  );
  return { root, body, error };
}
