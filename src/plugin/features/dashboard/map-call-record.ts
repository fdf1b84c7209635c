import type { CallFacts, CallOutcome } from "../../../core";
import { ACTION_LABELS, OUTCOMES } from "../../../kintone/apps";
import type { PluginConfig } from "../../config";
import type { KintoneRecordData } from "../../kintone/kintone-global";
import { readText } from "../../kintone/fetch-records";

const OUTCOME_BY_LABEL: Readonly<Record<string, CallOutcome>> = {
  [OUTCOMES.ai]: "ai",
  [OUTCOMES.staff]: "staff",
  [OUTCOMES.transfer]: "transfer",
};
const ACTION_BY_LABEL = Object.fromEntries(
  Object.entries(ACTION_LABELS).map(([action, label]) => [label, action]),
) as Readonly<Record<string, CallFacts["action"]>>;

/** A call-log record as the metrics see it (only masked text is used). */
export function mapCallRecord(record: KintoneRecordData, config: PluginConfig): CallFacts {
  const fields = config.callLogFields;
  const confidence = Number.parseFloat(readText(record, fields.confidence));
  return {
    startedAt:
      readText(record, fields.startedAt) ||
      readText(record, "$created_time") ||
      readText(record, "作成日時"),
    channel: readText(record, fields.channel),
    outcome: OUTCOME_BY_LABEL[readText(record, fields.outcome)] ?? null,
    action: ACTION_BY_LABEL[readText(record, fields.action)] ?? null,
    department: readText(record, fields.department) || null,
    reasonCodes: readText(record, fields.reasonCodes)
      .split(",")
      .map((code) => code.trim())
      .filter(Boolean),
    confidence: Number.isFinite(confidence) ? confidence : null,
    maskedText: readText(record, fields.maskedText),
  };
}
