import type { MessageEntry } from "./format";

/**
 * Labels of the engine's reason codes (`pii`, `low_confidence`…), shown in the call log, the
 * plug-in's banner and the dashboard. Key: `M_KT_REASON_` + the code in upper case.
 */
export const REASON_MESSAGES = {
  M_KT_REASON_CRISIS: { ja: "緊急性", en: "crisis" },
  M_KT_REASON_INJECTION: { ja: "不正な指示", en: "prompt injection" },
  M_KT_REASON_PII: { ja: "個人情報を含む", en: "personal information" },
  M_KT_REASON_HUMAN_REQUESTED: { ja: "職員対応の希望", en: "asked for a person" },
  M_KT_REASON_COMPLAINT: { ja: "苦情", en: "complaint" },
  M_KT_REASON_TURN_LIMIT: { ja: "やり取りの上限", en: "turn limit" },
  M_KT_REASON_PERSONAL_STATUS: { ja: "個別の状況確認", en: "personal status" },
  M_KT_REASON_OTHER_DEPARTMENT: { ja: "他部署の所管", en: "other department" },
  M_KT_REASON_OUT_OF_SCOPE: { ja: "対象外の内容", en: "out of scope" },
  M_KT_REASON_NO_QUESTION: { ja: "質問が不明", en: "no question" },
  M_KT_REASON_TOO_LONG: { ja: "長すぎる入力", en: "too long" },
  M_KT_REASON_LOW_CONFIDENCE: { ja: "該当FAQなし", en: "no matching FAQ" },
} as const satisfies Record<string, MessageEntry>;
