import type { AppDefinition } from "./types";
import { PLUGIN_PANEL_SPACER } from "./types";

/** Field codes of the call-log app (the gateway and the plugin write these). */
export const CALL_LOG_FIELDS = {
  callId: "call_id",
  startedAt: "started_at",
  channel: "channel",
  callerText: "caller_text",
  maskedText: "masked_text",
  aiDraft: "ai_draft",
  aiDraftOriginal: "ai_draft_original",
  citations: "citations",
  citationText: "citation_text",
  action: "action",
  department: "department",
  reasonCodes: "reason_codes",
  reasons: "reasons",
  confidence: "confidence",
  mode: "mode",
  model: "model",
  promptVersion: "prompt_version",
  latencyMs: "latency_ms",
  draftedAt: "drafted_at",
  outcome: "outcome",
  handledBy: "handled_by",
  durationSec: "duration_sec",
  turns: "turns",
  rating: "rating",
  notes: "notes",
  aiMetaGroup: "ai_meta",
} as const;

/** 受付チャネル values. */
export const CHANNELS = { phone: "電話", chat: "チャット", counter: "窓口" } as const;

/** AI判定 values, keyed by the engine's `action`. */
export const ACTION_LABELS = {
  answer: "回答",
  transfer: "転送",
  emergency: "緊急",
  clarify: "確認",
} as const;

/** 結果 values: how the call ended (what the council report counts). */
export const OUTCOMES = { ai: "AI完結", staff: "職員対応", transfer: "転送" } as const;

/** 評価 values (staff's rating of the AI draft). */
export const RATINGS = { good: "👍", bad: "👎" } as const;

/** 生成モード values: the engine's `mode`. */
export const MODES = ["offline", "llm"] as const;

/** The call-log app (通話記録): every call, chat and counter inquiry, with the AI's draft. */
export const CALL_LOG_APP = {
  key: "callLog",
  name: "通話記録",
  code: "MADOGUCHI_CALL_LOG",
  description:
    "電話・チャット・窓口の問い合わせ記録とAI回答案。電話ゲートウェイの記録はマスク済みの文字起こしのみです。 / Call log with AI drafts.",
  fields: [
    { code: CALL_LOG_FIELDS.callId, type: "SINGLE_LINE_TEXT", label: "通話ID", unique: true },
    {
      code: CALL_LOG_FIELDS.startedAt,
      type: "DATETIME",
      label: "受付日時",
      required: true,
      defaultNowValue: true,
    },
    {
      code: CALL_LOG_FIELDS.channel,
      type: "RADIO_BUTTON",
      label: "受付チャネル",
      required: true,
      options: [CHANNELS.phone, CHANNELS.chat, CHANNELS.counter],
      defaultValue: CHANNELS.phone,
    },
    { code: CALL_LOG_FIELDS.callerText, type: "MULTI_LINE_TEXT", label: "問い合わせ内容" },
    { code: CALL_LOG_FIELDS.maskedText, type: "MULTI_LINE_TEXT", label: "マスク済みテキスト" },
    { code: CALL_LOG_FIELDS.aiDraft, type: "MULTI_LINE_TEXT", label: "AI回答案" },
    {
      code: CALL_LOG_FIELDS.aiDraftOriginal,
      type: "MULTI_LINE_TEXT",
      label: "AI回答案（生成時の原文）",
    },
    { code: CALL_LOG_FIELDS.citations, type: "SINGLE_LINE_TEXT", label: "引用FAQ（ID,区切り）" },
    { code: CALL_LOG_FIELDS.citationText, type: "MULTI_LINE_TEXT", label: "引用内容" },
    {
      code: CALL_LOG_FIELDS.action,
      type: "DROP_DOWN",
      label: "AI判定",
      options: [
        ACTION_LABELS.answer,
        ACTION_LABELS.transfer,
        ACTION_LABELS.emergency,
        ACTION_LABELS.clarify,
      ],
    },
    { code: CALL_LOG_FIELDS.department, type: "SINGLE_LINE_TEXT", label: "転送先部署" },
    { code: CALL_LOG_FIELDS.reasonCodes, type: "SINGLE_LINE_TEXT", label: "理由コード" },
    { code: CALL_LOG_FIELDS.reasons, type: "SINGLE_LINE_TEXT", label: "理由" },
    {
      code: CALL_LOG_FIELDS.confidence,
      type: "NUMBER",
      label: "確信度",
      minValue: "0",
      maxValue: "1",
      displayScale: "2",
    },
    { code: CALL_LOG_FIELDS.mode, type: "DROP_DOWN", label: "生成モード", options: MODES },
    { code: CALL_LOG_FIELDS.model, type: "SINGLE_LINE_TEXT", label: "モデル" },
    { code: CALL_LOG_FIELDS.promptVersion, type: "SINGLE_LINE_TEXT", label: "プロンプト版" },
    { code: CALL_LOG_FIELDS.latencyMs, type: "NUMBER", label: "生成時間", unit: "ミリ秒" },
    { code: CALL_LOG_FIELDS.draftedAt, type: "DATETIME", label: "回答案作成日時" },
    {
      code: CALL_LOG_FIELDS.outcome,
      type: "DROP_DOWN",
      label: "結果",
      options: [OUTCOMES.ai, OUTCOMES.staff, OUTCOMES.transfer],
    },
    { code: CALL_LOG_FIELDS.handledBy, type: "USER_SELECT", label: "対応者" },
    {
      code: CALL_LOG_FIELDS.durationSec,
      type: "NUMBER",
      label: "通話時間",
      unit: "秒",
      minValue: "0",
    },
    { code: CALL_LOG_FIELDS.turns, type: "NUMBER", label: "やり取り回数", minValue: "0" },
    {
      code: CALL_LOG_FIELDS.rating,
      type: "DROP_DOWN",
      label: "回答案の評価",
      options: [RATINGS.good, RATINGS.bad],
    },
    { code: CALL_LOG_FIELDS.notes, type: "MULTI_LINE_TEXT", label: "メモ" },
    {
      code: CALL_LOG_FIELDS.aiMetaGroup,
      type: "GROUP",
      label: "AIの記録（説明責任）",
      openGroup: false,
    },
  ],
  layout: [
    {
      row: [
        CALL_LOG_FIELDS.startedAt,
        CALL_LOG_FIELDS.channel,
        CALL_LOG_FIELDS.handledBy,
        CALL_LOG_FIELDS.callId,
      ],
    },
    { row: [CALL_LOG_FIELDS.callerText] },
    { row: [{ spacer: PLUGIN_PANEL_SPACER }] },
    { row: [CALL_LOG_FIELDS.aiDraft] },
    {
      row: [
        CALL_LOG_FIELDS.action,
        CALL_LOG_FIELDS.department,
        CALL_LOG_FIELDS.reasons,
        CALL_LOG_FIELDS.rating,
      ],
    },
    { row: [CALL_LOG_FIELDS.citations, CALL_LOG_FIELDS.citationText] },
    { row: [CALL_LOG_FIELDS.outcome, CALL_LOG_FIELDS.durationSec, CALL_LOG_FIELDS.turns] },
    { row: [CALL_LOG_FIELDS.notes] },
    {
      group: CALL_LOG_FIELDS.aiMetaGroup,
      rows: [
        [CALL_LOG_FIELDS.maskedText, CALL_LOG_FIELDS.aiDraftOriginal],
        [
          CALL_LOG_FIELDS.reasonCodes,
          CALL_LOG_FIELDS.confidence,
          CALL_LOG_FIELDS.mode,
          CALL_LOG_FIELDS.model,
        ],
        [CALL_LOG_FIELDS.promptVersion, CALL_LOG_FIELDS.latencyMs, CALL_LOG_FIELDS.draftedAt],
      ],
    },
  ],
} as const satisfies AppDefinition;
