import { SUMMARY_TEMPLATES } from "../../core";
import { buildTemplateFields, buildTemplateRows, toTemplateGroupCode } from "./consultation-fields";
import type { AppDefinition, FieldDefinition, LayoutBlock } from "./types";
import { PLUGIN_PANEL_SPACER } from "./types";

/** Field codes of the consultation app shared by every template. */
export const CONSULTATION_FIELDS = {
  templateType: "template_type",
  consultationDate: "consultation_date",
  staff: "staff",
  transcript: "transcript",
  audio: "audio",
  draftStatus: "draft_status",
  aiMode: "ai_mode",
  aiModel: "ai_model",
  aiDraftedAt: "ai_drafted_at",
  maskedEntities: "masked_entities",
} as const;

/** 相談種別 values: the templates' short Japanese names (their first alias). */
export const TEMPLATE_TYPE_LABELS = SUMMARY_TEMPLATES.map(
  (template) => template.aliases[0] ?? template.name,
);

/** 下書き状態 values. */
export const DRAFT_STATUSES = {
  none: "未作成",
  draft: "AI下書き",
  confirmed: "職員確認済",
} as const;

const COMMON_FIELDS: readonly FieldDefinition[] = [
  {
    code: CONSULTATION_FIELDS.templateType,
    type: "DROP_DOWN",
    label: "相談種別",
    required: true,
    options: TEMPLATE_TYPE_LABELS,
  },
  {
    code: CONSULTATION_FIELDS.consultationDate,
    type: "DATE",
    label: "相談日",
    defaultNowValue: true,
  },
  { code: CONSULTATION_FIELDS.staff, type: "USER_SELECT", label: "担当職員" },
  {
    code: CONSULTATION_FIELDS.transcript,
    type: "MULTI_LINE_TEXT",
    label: "会話の記録（文字起こし）",
  },
  { code: CONSULTATION_FIELDS.audio, type: "FILE", label: "音声" },
  {
    code: CONSULTATION_FIELDS.draftStatus,
    type: "DROP_DOWN",
    label: "下書き状態",
    options: [DRAFT_STATUSES.none, DRAFT_STATUSES.draft, DRAFT_STATUSES.confirmed],
    defaultValue: DRAFT_STATUSES.none,
  },
  {
    code: CONSULTATION_FIELDS.aiMode,
    type: "DROP_DOWN",
    label: "生成モード",
    options: ["offline", "llm"],
  },
  { code: CONSULTATION_FIELDS.aiModel, type: "SINGLE_LINE_TEXT", label: "モデル" },
  { code: CONSULTATION_FIELDS.aiDraftedAt, type: "DATETIME", label: "下書き作成日時" },
  {
    code: CONSULTATION_FIELDS.maskedEntities,
    type: "MULTI_LINE_TEXT",
    label: "マスクした個人情報の種類",
  },
];

const TEMPLATE_FIELDS: readonly FieldDefinition[] = SUMMARY_TEMPLATES.flatMap((template) => [
  {
    code: toTemplateGroupCode(template.id),
    type: "GROUP",
    label: template.name,
    openGroup: true,
  } as const,
  ...buildTemplateFields(template),
]);

const LAYOUT: readonly LayoutBlock[] = [
  {
    row: [
      CONSULTATION_FIELDS.templateType,
      CONSULTATION_FIELDS.consultationDate,
      CONSULTATION_FIELDS.staff,
      CONSULTATION_FIELDS.draftStatus,
    ],
  },
  { row: [CONSULTATION_FIELDS.transcript] },
  { row: [CONSULTATION_FIELDS.audio] },
  { row: [{ spacer: PLUGIN_PANEL_SPACER }] },
  ...SUMMARY_TEMPLATES.map((template) => ({
    group: toTemplateGroupCode(template.id),
    rows: buildTemplateRows(template),
  })),
  {
    row: [
      CONSULTATION_FIELDS.aiMode,
      CONSULTATION_FIELDS.aiModel,
      CONSULTATION_FIELDS.aiDraftedAt,
      CONSULTATION_FIELDS.maskedEntities,
    ],
  },
];

/** The consultation-record app (相談記録): the three office forms, filled from a transcript. */
export const CONSULTATIONS_APP: AppDefinition = {
  key: "consultations",
  name: "相談記録",
  code: "MADOGUCHI_CONSULTATIONS",
  description:
    "空き家・母子保健・地域包括ケアの相談記録。会話から下書きを作り、職員が確認して保存します。 / Consultation records drafted from a transcript.",
  fields: [...COMMON_FIELDS, ...TEMPLATE_FIELDS],
  layout: LAYOUT,
};
