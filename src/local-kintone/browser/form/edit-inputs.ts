import { h } from "../dom";
import { renderChoiceInput } from "./choice-inputs";
import { renderFileInput } from "./file-input";
import { sanitizeHtml, sanitizeHtmlToString } from "./sanitize-html";
import { renderValue } from "./view-value";
import { fromLocalDateTimeInput, toLocalDateTimeInput, type WidgetParams } from "./widget-types";

const CHOICE_TYPES = new Set([
  "DROP_DOWN",
  "RADIO_BUTTON",
  "CHECK_BOX",
  "MULTI_SELECT",
  "USER_SELECT",
]);
const INPUT_TYPES: Record<string, string> = {
  DATE: "date",
  TIME: "time",
  DATETIME: "datetime-local",
};

/** The editable control of one field; types the form cannot edit fall back to their view. */
export function renderEditInput(params: WidgetParams): HTMLElement {
  const { property, field } = params;
  if (CHOICE_TYPES.has(field.type)) return renderChoiceInput(params);
  if (field.type === "FILE") return renderFileInput(params);
  switch (field.type) {
    case "SINGLE_LINE_TEXT":
    case "NUMBER":
    case "LINK":
      return renderTextInput(params);
    case "MULTI_LINE_TEXT": {
      const area = h("textarea", {
        className: "lk-input lk-textarea",
        attrs: { "data-code": property.code },
      });
      area.value = typeof field.value === "string" ? field.value : "";
      area.disabled = params.disabled;
      area.addEventListener("input", () => params.onInput(area.value));
      area.addEventListener("change", () => params.onCommit(area.value));
      return area;
    }
    case "RICH_TEXT":
      return renderRichTextInput(params);
    case "DATE":
    case "TIME":
    case "DATETIME":
      return renderDateInput(params);
    default:
      return renderValue(property, field);
  }
}

function renderTextInput(params: WidgetParams): HTMLElement {
  const { property, field } = params;
  const type = field.type === "LINK" ? linkInputType(property["protocol"]) : "text";
  const input = h("input", { className: "lk-input", attrs: { type, "data-code": property.code } });
  if (field.type === "NUMBER") input.setAttribute("inputmode", "decimal");
  input.value = field.value === null || field.value === undefined ? "" : String(field.value);
  input.disabled = params.disabled;
  input.addEventListener("input", () => params.onInput(input.value));
  // Text and number fields fire their change event on blur, as in kintone.
  input.addEventListener("change", () => params.onCommit(input.value));
  const unit =
    typeof property["unit"] === "string" && property["unit"] !== ""
      ? h("span", { className: "lk-unit", text: property["unit"] })
      : null;
  if (!unit) return input;
  const wrap = h("div", { className: "lk-input-with-unit" });
  if (property["unitPosition"] === "BEFORE") wrap.append(unit, input);
  else wrap.append(input, unit);
  return wrap;
}

function linkInputType(protocol: unknown): string {
  if (protocol === "MAIL") return "email";
  if (protocol === "CALL") return "tel";
  return "url";
}

function renderDateInput(params: WidgetParams): HTMLElement {
  const { property, field } = params;
  const input = h("input", {
    className: "lk-input lk-date",
    attrs: { type: INPUT_TYPES[field.type] ?? "text", "data-code": property.code },
  });
  input.value =
    field.type === "DATETIME"
      ? toLocalDateTimeInput(field.value)
      : typeof field.value === "string"
        ? field.value
        : "";
  input.disabled = params.disabled;
  const read = () => {
    if (field.type === "DATETIME") return fromLocalDateTimeInput(input.value);
    return input.value === "" ? null : input.value;
  };
  input.addEventListener("change", () => params.onCommit(read()));
  return input;
}

function renderRichTextInput(params: WidgetParams): HTMLElement {
  const { property, field } = params;
  const editor = h("div", {
    className: "lk-input lk-rich-text lk-rich-editor",
    attrs: { "data-code": property.code, role: "textbox", "aria-multiline": "true" },
  });
  editor.append(sanitizeHtml(typeof field.value === "string" ? field.value : ""));
  editor.contentEditable = params.disabled ? "false" : "true";
  editor.addEventListener("input", () => params.onInput(sanitizeHtmlToString(editor.innerHTML)));
  // Pasted HTML is reduced to text: the sanitiser keeps stored values safe, this keeps them tidy.
  editor.addEventListener("paste", (event) => {
    const text = (event as ClipboardEvent).clipboardData?.getData("text/plain");
    if (text === undefined) return;
    event.preventDefault();
    document.execCommand("insertText", false, text);
  });
  const toolbar = h("div", { className: "lk-rich-toolbar" }, [
    ...[
      ["B", "bold"],
      ["I", "italic"],
      ["U", "underline"],
    ].map(([label, command]) =>
      h("button", {
        className: "lk-tool",
        text: label,
        attrs: { type: "button", title: command ?? "" },
        on: {
          mousedown: (event) => {
            event.preventDefault();
            document.execCommand(command ?? "", false);
            params.onInput(sanitizeHtmlToString(editor.innerHTML));
          },
        },
      }),
    ),
  ]);
  return h("div", { className: "lk-rich-wrap" }, [toolbar, editor]);
}
