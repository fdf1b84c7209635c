import type { InquiryResult } from "../../../core";
import { ACTION_LABELS, OUTCOMES } from "../../../kintone/apps";
import type { CallLogFieldRole, PluginConfig } from "../../config";
import type { KintoneRecordData } from "../../kintone/kintone-global";
import { labelReason } from "./action-banner";

/** Roles the draft button cannot work without. */
export const REQUIRED_ROLES: readonly CallLogFieldRole[] = ["callerWords", "draft"];

export type DraftWritePlan = {
  /** field code → `{value}` to put into the record. */
  readonly updates: Record<string, { value: string }>;
  /** True when staff changed the draft text since the last AI draft: it is left as it is. */
  readonly draftKept: boolean;
};

/** Mapped roles whose field is not in the record (deleted or mistyped field codes). */
export function findMissingFields(
  record: KintoneRecordData,
  config: PluginConfig,
): CallLogFieldRole[] {
  return (Object.entries(config.callLogFields) as [CallLogFieldRole, string][])
    .filter(([, code]) => code !== "" && !(code in record))
    .map(([role]) => role);
}

/**
 * Decides what to write into the call log. The draft text is written only when the draft field
 * is empty or still holds the previous AI draft unchanged (compared with the "original" field):
 * what staff typed is never overwritten. AI accountability fields are always refreshed.
 */
export function planDraftWrite(params: {
  record: KintoneRecordData;
  result: InquiryResult;
  config: PluginConfig;
  /** ISO time of the draft. */
  now: string;
}): DraftWritePlan {
  const { record, result, config } = params;
  const fields = config.callLogFields;
  const updates: Record<string, { value: string }> = {};
  const put = (role: CallLogFieldRole, value: string) => {
    const code = fields[role];
    if (code && code in record) updates[code] = { value };
  };
  const current = text(record, fields.draft);
  const previous = fields.draftOriginal ? text(record, fields.draftOriginal) : "";
  const draftKept = current.trim() !== "" && current !== previous;
  if (!draftKept) put("draft", result.answer);
  put("draftOriginal", result.answer);
  put("maskedText", result.masked);
  put("citations", result.citations.join(","));
  put("action", ACTION_LABELS[result.action]);
  put("department", result.department ?? "");
  put("reasonCodes", result.reasons.join(","));
  put("reasons", [...new Set(result.reasons)].map(labelReason).join("・"));
  put("confidence", String(Math.round(result.confidence * 100) / 100));
  put("mode", result.mode);
  put("model", result.meta.model ?? "");
  put("promptVersion", result.meta.promptVersion);
  put("latencyMs", result.meta.latencyMs === null ? "" : String(Math.round(result.meta.latencyMs)));
  put("draftedAt", params.now.replace(/\.\d{3}Z$/, "Z"));
  if (fields.outcome && text(record, fields.outcome) === "") {
    const handedOver = result.action === "transfer" || result.action === "emergency";
    put("outcome", handedOver ? OUTCOMES.transfer : OUTCOMES.staff);
  }
  return { updates, draftKept };
}

function text(record: KintoneRecordData, code: string): string {
  const value = code ? record[code]?.value : undefined;
  return typeof value === "string" ? value : "";
}
