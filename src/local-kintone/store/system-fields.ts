import type { FieldProperty } from "./types";

/** Field types kintone manages itself; their values are not taken from requests on PUT. */
export const SYSTEM_FIELD_TYPES = [
  "RECORD_NUMBER",
  "CREATOR",
  "CREATED_TIME",
  "MODIFIER",
  "UPDATED_TIME",
] as const;

/** Field types that exist in the form but never carry a record value. */
export const NON_VALUE_TYPES = new Set([
  "STATUS",
  "STATUS_ASSIGNEE",
  "CATEGORY",
  "GROUP",
  "LABEL",
  "SPACER",
  "HR",
  "REFERENCE_TABLE",
]);

/** The field properties every new app starts with (codes as a Japanese-locale kintone names them). */
export function createSystemProperties(): Record<string, FieldProperty> {
  const simple = (type: string, code: string): FieldProperty => ({
    type,
    code,
    label: code,
    noLabel: false,
  });
  const process = (type: string, code: string): FieldProperty => ({
    type,
    code,
    label: code,
    enabled: false,
  });
  const list = [
    simple("RECORD_NUMBER", "レコード番号"),
    simple("CREATOR", "作成者"),
    simple("CREATED_TIME", "作成日時"),
    simple("MODIFIER", "更新者"),
    simple("UPDATED_TIME", "更新日時"),
    process("STATUS", "ステータス"),
    process("STATUS_ASSIGNEE", "作業者"),
    process("CATEGORY", "カテゴリー"),
  ];
  return Object.fromEntries(list.map((property) => [property.code, property]));
}

/** Finds the code of the field of a given system type (apps may rename system fields). */
export function findFieldCodeByType(
  properties: Record<string, FieldProperty>,
  type: string,
): string | undefined {
  return Object.values(properties).find((property) => property.type === type)?.code;
}
