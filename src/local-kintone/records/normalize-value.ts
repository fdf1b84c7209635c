import type { ServerContext } from "../context";
import type { ValidationCollector } from "../rest/errors";
import { attachUploadedFile, getFileInfo } from "../store";
import type { FieldProperty } from "../store";
import { findUser } from "../users";
import { isValidDate, normalizeDateTime, normalizeTime } from "./time";

/** Where errors about one value are reported: kintone uses dotted and bracketed forms. */
export type ValuePath = { dotted: string; bracketed: string };

const NUMBER_PATTERN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Normalises a NUMBER input ("1.5e1" → "15", "+3" → "3"), or undefined when not numeric. */
export function normalizeNumber(value: unknown): string | undefined {
  const text =
    typeof value === "number"
      ? String(value)
      : typeof value === "string"
        ? value.trim()
        : undefined;
  if (text === undefined) return undefined;
  if (text === "") return "";
  if (!NUMBER_PATTERN.test(text)) return undefined;
  if (/[eE]/.test(text)) return String(Number(text));
  return text.replace(/^\+/, "");
}

function optionKeys(property: FieldProperty): string[] {
  return Object.keys((property.options as Record<string, unknown> | undefined) ?? {});
}

function toText(value: unknown): string | undefined {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

type NormalizeParams = {
  context: ServerContext;
  property: FieldProperty;
  value: unknown;
  path: ValuePath;
  errors: ValidationCollector;
  /** The stored value before this write (FILE fields keep known download keys). */
  previous?: unknown;
};

function normalizeFiles(params: NormalizeParams): unknown {
  const { context, value, path, errors } = params;
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) {
    errors.add(`${path.dotted}.value`, "E_LK_V_INVALID");
    return [];
  }
  return value.map((item: unknown, index) => {
    const key =
      typeof item === "object" && item !== null
        ? (item as { fileKey?: unknown }).fileKey
        : undefined;
    const info =
      typeof key === "string"
        ? (attachUploadedFile(context, key) ?? getFileInfo(context, key))
        : undefined;
    if (!info)
      errors.add(`${path.dotted}.value[${index}].fileKey`, "E_LK_V_FILE", { value: String(key) });
    return info;
  });
}

function normalizeEntities(params: NormalizeParams, loginUser: string): unknown {
  const { property, value, path, errors } = params;
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) {
    errors.add(`${path.dotted}.value`, "E_LK_V_INVALID");
    return [];
  }
  return value.map((item: unknown, index) => {
    let code =
      typeof item === "object" && item !== null ? (item as { code?: unknown }).code : undefined;
    if (code === "LOGINUSER()") code = loginUser;
    if (typeof code !== "string" || (property.type === "USER_SELECT" && !findUser(code))) {
      errors.add(`${path.dotted}.values[${index}].value`, "E_LK_V_USER", { value: String(code) });
    }
    return { code: String(code) };
  });
}

/**
 * Normalises one input value for its field type, reporting problems under kintone's error keys.
 * SUBTABLE values are handled by the record builder.
 */
export function normalizeValue(params: NormalizeParams, loginUser: string): unknown {
  const { property, value, path, errors } = params;
  switch (property.type) {
    case "NUMBER": {
      const number = normalizeNumber(value ?? "");
      if (number === undefined) errors.add(`${path.bracketed}.value`, "E_LK_V_NUMBER");
      return number ?? "";
    }
    case "RADIO_BUTTON":
    case "DROP_DOWN": {
      const text = toText(value);
      if (text === undefined) errors.add(`${path.dotted}.value`, "E_LK_V_INVALID");
      else if (text !== "" && !optionKeys(property).includes(text)) {
        errors.add(`${path.dotted}.value`, "E_LK_V_OPTION", { value: text });
      }
      return text ?? "";
    }
    case "CHECK_BOX":
    case "MULTI_SELECT": {
      if (value === null || value === undefined) return [];
      if (!Array.isArray(value)) {
        errors.add(`${path.dotted}.values`, "E_LK_V_INVALID");
        return [];
      }
      const options = optionKeys(property);
      return value.map((item: unknown, index) => {
        const text = String(item);
        if (!options.includes(text))
          errors.add(`${path.dotted}.values[${index}].value`, "E_LK_V_OPTION", { value: text });
        return text;
      });
    }
    case "DATE": {
      const text = toText(value) ?? "";
      if (text === "") return null;
      if (!isValidDate(text)) errors.add(`${path.dotted}.value`, "E_LK_V_DATE");
      return text;
    }
    case "TIME": {
      const text = toText(value) ?? "";
      if (text === "") return null;
      const time = normalizeTime(text);
      if (!time) errors.add(`${path.dotted}.value`, "E_LK_V_TIME");
      return time ?? text;
    }
    case "DATETIME":
    case "CREATED_TIME":
    case "UPDATED_TIME": {
      const text = toText(value) ?? "";
      if (text === "") return "";
      const dateTime = normalizeDateTime(text);
      if (!dateTime) errors.add(`${path.dotted}.value`, "E_LK_V_DATETIME");
      return dateTime ?? text;
    }
    case "USER_SELECT":
    case "ORGANIZATION_SELECT":
    case "GROUP_SELECT":
      return normalizeEntities(params, loginUser);
    case "FILE":
      return normalizeFiles(params);
    default: {
      const text = toText(value);
      if (text === undefined) errors.add(`${path.dotted}.value`, "E_LK_V_INVALID");
      return text ?? "";
    }
  }
}

/** True when a normalised value counts as empty for `required`. */
export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === "string" && value.trim() === "";
}
