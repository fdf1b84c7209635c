import type { AppDefinition } from "./types";
import { PLUGIN_PANEL_SPACER } from "./types";

/** Field codes of the manuals app. */
export const MANUAL_FIELDS = {
  title: "title",
  category: "category",
  department: "department",
  effectiveDate: "effective_date",
  file: "file",
  searchIndex: "search_index",
  indexedAt: "indexed_at",
  notes: "notes",
} as const;

/** The manuals app (資料): manuals and notices as attachments, searched with citations. */
export const MANUALS_APP = {
  key: "manuals",
  name: "資料",
  code: "MADOGUCHI_MANUALS",
  description:
    "相談業務のマニュアル・通知。添付ファイルを検索し、資料名とページを示して回答します。 / Manuals searched with citations.",
  fields: [
    { code: MANUAL_FIELDS.title, type: "SINGLE_LINE_TEXT", label: "資料名", required: true },
    { code: MANUAL_FIELDS.category, type: "SINGLE_LINE_TEXT", label: "分類" },
    { code: MANUAL_FIELDS.department, type: "SINGLE_LINE_TEXT", label: "担当部署" },
    { code: MANUAL_FIELDS.effectiveDate, type: "DATE", label: "適用日" },
    { code: MANUAL_FIELDS.file, type: "FILE", label: "資料ファイル" },
    { code: MANUAL_FIELDS.searchIndex, type: "FILE", label: "検索インデックス（自動生成）" },
    { code: MANUAL_FIELDS.indexedAt, type: "DATETIME", label: "インデックス作成日時" },
    { code: MANUAL_FIELDS.notes, type: "MULTI_LINE_TEXT", label: "備考" },
  ],
  layout: [
    {
      row: [
        MANUAL_FIELDS.title,
        MANUAL_FIELDS.category,
        MANUAL_FIELDS.department,
        MANUAL_FIELDS.effectiveDate,
      ],
    },
    { row: [MANUAL_FIELDS.file] },
    { row: [{ spacer: PLUGIN_PANEL_SPACER }] },
    { row: [MANUAL_FIELDS.searchIndex, MANUAL_FIELDS.indexedAt] },
    { row: [MANUAL_FIELDS.notes] },
  ],
} as const satisfies AppDefinition;
