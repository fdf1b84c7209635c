import { h } from "../dom";
import type { FieldProperty, FieldValue } from "./record-state";
import { sanitizeHtml } from "./sanitize-html";
import { toLocalDateTimeInput } from "./widget-types";

const SAFE_URL = /^(https?:|mailto:|tel:)/i;

/** The read-only rendering of one field value (detail page, system fields). */
export function renderValue(property: FieldProperty, field: FieldValue): HTMLElement {
  const value = field.value;
  const box = h("div", { className: "lk-value" });
  switch (field.type) {
    case "RICH_TEXT":
      box.classList.add("lk-rich-text");
      box.append(sanitizeHtml(typeof value === "string" ? value : ""));
      return box;
    case "MULTI_LINE_TEXT":
      box.classList.add("lk-multiline");
      box.textContent = typeof value === "string" ? value : "";
      return box;
    case "LINK":
      box.append(renderLink(property, typeof value === "string" ? value : ""));
      return box;
    case "NUMBER":
    case "CALC":
      box.textContent = formatNumber(property, value);
      return box;
    case "CHECK_BOX":
    case "MULTI_SELECT":
    case "CATEGORY":
      for (const item of (value ?? []) as string[]) box.append(h("div", { text: item }));
      return box;
    case "USER_SELECT":
    case "ORGANIZATION_SELECT":
    case "GROUP_SELECT":
    case "STATUS_ASSIGNEE":
      for (const entity of (value ?? []) as { name?: string; code: string }[])
        box.append(h("div", { className: "lk-user", text: entity.name || entity.code }));
      return box;
    case "CREATOR":
    case "MODIFIER": {
      const entity = (value ?? { code: "", name: "" }) as { code: string; name?: string };
      box.append(h("span", { className: "lk-user", text: entity.name || entity.code }));
      return box;
    }
    case "FILE":
      for (const file of (value ?? []) as { fileKey: string; name: string; size?: string }[])
        box.append(renderFileLink(file));
      return box;
    case "DATETIME":
    case "CREATED_TIME":
    case "UPDATED_TIME":
      box.textContent = toLocalDateTimeInput(value).replace("T", " ");
      return box;
    default:
      box.textContent = value === null || value === undefined ? "" : String(value);
      return box;
  }
}

function renderLink(property: FieldProperty, value: string): Node {
  if (value === "") return document.createTextNode("");
  const protocol = property["protocol"];
  const href =
    protocol === "MAIL" ? `mailto:${value}` : protocol === "CALL" ? `tel:${value}` : value;
  if (!SAFE_URL.test(href)) return document.createTextNode(value);
  return h("a", { text: value, attrs: { href, target: "_blank", rel: "noopener noreferrer" } });
}

/** A download link for an attached file (GET file.json works with the page session cookie). */
export function renderFileLink(file: {
  fileKey: string;
  name: string;
  size?: string;
}): HTMLElement {
  const href = `/k/v1/file.json?fileKey=${encodeURIComponent(file.fileKey)}`;
  return h("div", { className: "lk-file" }, [
    h("a", { text: file.name, attrs: { href, download: file.name } }),
    file.size ? h("span", { className: "lk-file-size", text: ` (${file.size} bytes)` }) : null,
  ]);
}

function formatNumber(property: FieldProperty, value: unknown): string {
  if (value === null || value === undefined || value === "") return "";
  const unit = typeof property["unit"] === "string" ? property["unit"] : "";
  const text =
    property["digit"] === true && /^-?\d+(\.\d+)?$/.test(String(value))
      ? Number(value).toLocaleString("ja-JP", { maximumFractionDigits: 20 })
      : String(value);
  if (!unit) return text;
  return property["unitPosition"] === "BEFORE" ? `${unit}${text}` : `${text}${unit}`;
}
