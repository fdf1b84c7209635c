import { updatePreviewSettings } from "../../store";
import type { AppSettings, FieldProperty } from "../../store";
import { assertSettingsRevision, loadApp } from "../app-access";
import { ValidationCollector, createParamError } from "../errors";
import { readObject, readOptionalArray } from "../read-params";
import type { ApiRequest, HandlerTable } from "../types";

/** Field types a form may hold (system fields exist from the start and cannot be added). */
export const ADDABLE_FIELD_TYPES = new Set([
  "SINGLE_LINE_TEXT",
  "MULTI_LINE_TEXT",
  "RICH_TEXT",
  "NUMBER",
  "CALC",
  "RADIO_BUTTON",
  "CHECK_BOX",
  "MULTI_SELECT",
  "DROP_DOWN",
  "DATE",
  "TIME",
  "DATETIME",
  "LINK",
  "FILE",
  "USER_SELECT",
  "ORGANIZATION_SELECT",
  "GROUP_SELECT",
  "SUBTABLE",
  "GROUP",
  "REFERENCE_TABLE",
  "LABEL",
  "SPACER",
  "HR",
]);

function normalizeProperty(code: string, input: Record<string, unknown>): FieldProperty {
  const property: FieldProperty = {
    ...input,
    type: String(input.type),
    code,
    label: typeof input.label === "string" ? input.label : code,
  };
  if (property.noLabel === undefined) property.noLabel = false;
  if (property.type === "SUBTABLE") {
    const inner = (input.fields as Record<string, Record<string, unknown>> | undefined) ?? {};
    property.fields = Object.fromEntries(
      Object.entries(inner).map(([innerCode, field]) => [
        innerCode,
        normalizeProperty(String(field.code ?? innerCode), field),
      ]),
    );
  }
  return property;
}

function layoutEntry(property: FieldProperty): unknown {
  if (property.type === "SUBTABLE") {
    const inner = Object.values((property.fields as Record<string, FieldProperty>) ?? {});
    return {
      type: "SUBTABLE",
      code: property.code,
      fields: inner.map((field) => ({ type: field.type, code: field.code, size: {} })),
    };
  }
  if (property.type === "GROUP") return { type: "GROUP", code: property.code, layout: [] };
  return { type: "ROW", fields: [{ type: property.type, code: property.code, size: {} }] };
}

function removeFromLayout(layout: unknown[], codes: Set<string>): unknown[] {
  return layout
    .map((entry) => {
      const block = entry as {
        type: string;
        code?: string;
        fields?: { code?: string }[];
        layout?: unknown[];
      };
      if (block.code && codes.has(block.code)) return undefined;
      if (block.type === "GROUP")
        return { ...block, layout: removeFromLayout(block.layout ?? [], codes) };
      if (block.type === "ROW") {
        const fields = (block.fields ?? []).filter(
          (field) => !field.code || !codes.has(field.code),
        );
        return fields.length > 0 ? { ...block, fields } : undefined;
      }
      return block;
    })
    .filter((entry) => entry !== undefined);
}

function readProperties(
  request: ApiRequest,
  mustExist: boolean,
  settings: AppSettings,
): Record<string, FieldProperty> {
  const input = readObject(request.params, "properties");
  const errors = new ValidationCollector();
  const result: Record<string, FieldProperty> = {};
  for (const [key, raw] of Object.entries(input)) {
    const value = (raw ?? {}) as Record<string, unknown>;
    const code = String(value.code ?? key);
    const existing = settings.properties[key];
    if (mustExist && !existing) {
      errors.add(`properties[${key}]`, "E_LK_V_FIELD_UNKNOWN", { value: key });
      continue;
    }
    if (!mustExist && settings.properties[code])
      errors.add(`properties[${key}].code`, "E_LK_V_FIELD_EXISTS", { value: code });
    const type = String(value.type ?? existing?.type ?? "");
    if (!mustExist && !ADDABLE_FIELD_TYPES.has(type))
      errors.add(`properties[${key}].type`, "E_LK_V_FIELD_TYPE", { value: type });
    result[key] = normalizeProperty(code, { ...(existing ?? {}), ...value, type });
  }
  errors.throwIfAny();
  return result;
}

/** fields.json, live and pre-live, plus the pre-live field changes. */
export const FORM_HANDLERS: HandlerTable = {
  "GET app/form/fields": (request) => {
    const { app, settings } = loadApp(request, { right: "view" });
    return { properties: settings.properties, revision: String(app.revision) };
  },
  "GET preview/app/form/fields": (request) => {
    const { app, settings } = loadApp(request, { right: "manage", stage: "preview" });
    return { properties: settings.properties, revision: String(app.revision) };
  },
  "POST preview/app/form/fields": (request) => {
    const { app, settings } = loadApp(request, { right: "manage", stage: "preview" });
    assertSettingsRevision(request, app.revision);
    const added = readProperties(request, false, settings);
    const revision = updatePreviewSettings(request.context, {
      appId: app.id,
      user: request.auth.user.code,
      update: (preview) => {
        for (const property of Object.values(added)) {
          preview.properties[property.code] = property;
          preview.layout.push(layoutEntry(property));
        }
      },
    });
    return { revision: String(revision) };
  },
  "PUT preview/app/form/fields": (request) => {
    const { app, settings } = loadApp(request, { right: "manage", stage: "preview" });
    assertSettingsRevision(request, app.revision);
    const changed = readProperties(request, true, settings);
    const revision = updatePreviewSettings(request.context, {
      appId: app.id,
      user: request.auth.user.code,
      update: (preview) => {
        for (const [oldCode, property] of Object.entries(changed)) {
          delete preview.properties[oldCode];
          preview.properties[property.code] = property;
        }
      },
    });
    return { revision: String(revision) };
  },
  "DELETE preview/app/form/fields": (request) => {
    const { app, settings } = loadApp(request, { right: "manage", stage: "preview" });
    assertSettingsRevision(request, app.revision);
    const codes = (readOptionalArray(request.params, "fields") ?? []).map(String);
    if (codes.length === 0 || codes.length > 100)
      throw createParamError("fields", "E_LK_V_BULK_LIMIT", { min: 1, max: 100 });
    const errors = new ValidationCollector();
    codes.forEach((code, index) => {
      if (!settings.properties[code])
        errors.add(`fields[${index}]`, "E_LK_V_FIELD_UNKNOWN", { value: code });
    });
    errors.throwIfAny();
    const revision = updatePreviewSettings(request.context, {
      appId: app.id,
      user: request.auth.user.code,
      update: (preview) => {
        for (const code of codes) delete preview.properties[code];
        preview.layout = removeFromLayout(preview.layout, new Set(codes));
      },
    });
    return { revision: String(revision) };
  },
};
