import { openKintone, upsertCallLog } from "../../kintone";
import type { CallLogTarget } from "../config/gateway-config";
import type { CallLogSnapshot } from "./build-call-log-record";

/** Writes one call's log; resolving means kintone has it. */
export type CallLogWriter = {
  upsert(snapshot: CallLogSnapshot): Promise<void>;
};

/**
 * Upserts call logs by call id through the kintone call-log repository (`PUT records.json` with
 * `upsert` and the unique `call_id` as updateKey): the same snapshot sent twice leaves one record.
 */
export function createKintoneCallLogWriter(target: CallLogTarget): CallLogWriter {
  const api = openKintone({ baseUrl: target.baseUrl, auth: target.auth });
  return {
    async upsert(snapshot) {
      await upsertCallLog(api, target.appId, snapshot.entry);
    },
  };
}

/**
 * True for failures worth retrying soon: no answer (network, timeout), 429 or 5xx. A 4xx
 * answer (bad token, changed field) needs a person; the log stays queued and is retried slowly.
 */
export function isTransientFailure(error: unknown): boolean {
  const value = error as { code?: unknown; status?: unknown; cause?: { status?: unknown } } | null;
  if (value?.code === "kintone_unreachable") return true;
  const status = typeof value?.status === "number" ? value.status : value?.cause?.status;
  if (typeof status !== "number")
    return value?.code !== "kintone_auth" && value?.code !== "kintone_permission";
  return status === 429 || status >= 500;
}

/** A short, personal-data-free description of a failure, for the logs. */
export function describeFailure(error: unknown): string {
  const value = error as { code?: unknown; cause?: { status?: unknown; code?: unknown } } | null;
  const parts = [value?.code, value?.cause?.status, value?.cause?.code].filter(
    (part) => typeof part === "string" || typeof part === "number",
  );
  return parts.length > 0
    ? parts.map(String).join(" ")
    : error instanceof Error
      ? error.name
      : "unknown";
}
