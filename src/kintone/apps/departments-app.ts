import type { AppDefinition } from "./types";

/** Field codes of the departments app. */
export const DEPARTMENT_FIELDS = {
  name: "name",
  extension: "extension",
  description: "description",
  keywords: "keywords",
  transferNumber: "transfer_number",
} as const;

/** The departments app (部署): where calls are transferred and why. */
export const DEPARTMENTS_APP = {
  key: "departments",
  name: "部署",
  code: "MADOGUCHI_DEPARTMENTS",
  description:
    "転送先の部署と内線。電話の転送先番号もここで管理します。 / Departments calls are transferred to.",
  fields: [
    {
      code: DEPARTMENT_FIELDS.name,
      type: "SINGLE_LINE_TEXT",
      label: "部署名",
      required: true,
      unique: true,
    },
    { code: DEPARTMENT_FIELDS.extension, type: "SINGLE_LINE_TEXT", label: "内線" },
    { code: DEPARTMENT_FIELDS.description, type: "MULTI_LINE_TEXT", label: "担当業務" },
    { code: DEPARTMENT_FIELDS.keywords, type: "SINGLE_LINE_TEXT", label: "キーワード（;区切り）" },
    {
      code: DEPARTMENT_FIELDS.transferNumber,
      type: "SINGLE_LINE_TEXT",
      label: "転送先電話番号（電話ゲートウェイ用・E.164）",
    },
  ],
  layout: [
    {
      row: [DEPARTMENT_FIELDS.name, DEPARTMENT_FIELDS.extension, DEPARTMENT_FIELDS.transferNumber],
    },
    { row: [DEPARTMENT_FIELDS.description] },
    { row: [DEPARTMENT_FIELDS.keywords] },
  ],
} as const satisfies AppDefinition;
