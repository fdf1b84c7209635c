import type { AppDefinition } from "./types";
import { PLUGIN_PANEL_SPACER } from "./types";

/** Field codes of the FAQ app (stable: the plugin, the gateway and CSV import rely on them). */
export const FAQ_FIELDS = {
  id: "faq_id",
  question: "question",
  answer: "answer",
  category: "category",
  department: "department",
  keywords: "keywords",
  status: "status",
  notes: "update_notes",
} as const;

/** Values of the FAQ app's 公開状態 field; only 公開 entries reach the engine. */
export const FAQ_STATUS = { published: "公開", unpublished: "非公開" } as const;

/** The FAQ app: approved question-and-answer pairs the engine cites. */
export const FAQ_APP = {
  key: "faq",
  name: "FAQ",
  code: "MADOGUCHI_FAQ",
  description:
    "窓口で使う承認済みのFAQ。AI回答案はここの回答文を引用します。 / Approved FAQ entries the AI cites.",
  fields: [
    {
      code: FAQ_FIELDS.id,
      type: "SINGLE_LINE_TEXT",
      label: "FAQ ID",
      required: true,
      unique: true,
    },
    { code: FAQ_FIELDS.question, type: "SINGLE_LINE_TEXT", label: "質問", required: true },
    { code: FAQ_FIELDS.answer, type: "MULTI_LINE_TEXT", label: "回答", required: true },
    { code: FAQ_FIELDS.category, type: "SINGLE_LINE_TEXT", label: "分類" },
    { code: FAQ_FIELDS.department, type: "SINGLE_LINE_TEXT", label: "担当部署" },
    { code: FAQ_FIELDS.keywords, type: "SINGLE_LINE_TEXT", label: "キーワード（;区切り）" },
    {
      code: FAQ_FIELDS.status,
      type: "RADIO_BUTTON",
      label: "公開状態",
      required: true,
      options: [FAQ_STATUS.published, FAQ_STATUS.unpublished],
      defaultValue: FAQ_STATUS.published,
    },
    { code: FAQ_FIELDS.notes, type: "MULTI_LINE_TEXT", label: "更新メモ" },
  ],
  layout: [
    { row: [FAQ_FIELDS.id, FAQ_FIELDS.status, FAQ_FIELDS.category, FAQ_FIELDS.department] },
    { row: [FAQ_FIELDS.question] },
    { row: [FAQ_FIELDS.answer] },
    { row: [FAQ_FIELDS.keywords] },
    { row: [{ spacer: PLUGIN_PANEL_SPACER }] },
    { row: [FAQ_FIELDS.notes] },
  ],
} as const satisfies AppDefinition;
