import type { Writable } from "node:stream";

/** Values a log line may carry: identifiers, codes and numbers — never what a caller said. */
export type LogValue = string | number | boolean | null | readonly string[];
export type LogFields = Readonly<Record<string, LogValue | undefined>>;

/** One JSON object per line; `event` names what happened (`turn`, `calllog.queued`, …). */
export type JsonLogger = {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
};

/**
 * A logger writing structured JSON lines. Callers pass codes, ids and counts only: the
 * transcript (even masked) stays in kintone, so logs never need the personal-data rules.
 */
export function createJsonLogger(
  stream: Writable,
  clock: () => Date = () => new Date(),
): JsonLogger {
  const write = (level: string, event: string, fields: LogFields = {}) => {
    stream.write(`${JSON.stringify({ time: clock().toISOString(), level, event, ...fields })}\n`);
  };
  return {
    info: (event, fields) => write("info", event, fields),
    warn: (event, fields) => write("warn", event, fields),
    error: (event, fields) => write("error", event, fields),
  };
}

/** A logger that drops everything (tests that do not look at logs). */
export const SILENT_LOGGER: JsonLogger = { info: () => {}, warn: () => {}, error: () => {} };
