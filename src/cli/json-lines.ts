import { once } from "node:events";
import { createInterface } from "node:readline";
import { isMadoguchiError } from "../errors";
import type { CliIo } from "./io";

/** Turns an error thrown for one input line into the result line written for it. */
export type LineErrorHandler = (error: unknown, line: string, lineNumber: number) => unknown;

/**
 * Streams stdin as JSON Lines: calls `handler` for each input line (in order, one at a time)
 * and writes what it returns as one JSON line on stdout. Nothing escapes the loop: when the
 * handler throws, `onError` builds that line's result instead (by default
 * `{"input", "error": {"code", "message"}}`), so every input line gets exactly one output line.
 * A UTF-8 BOM on the first line and a trailing `\r` are removed; stdout back-pressure is respected.
 * @returns the number of lines handled
 * @example await forEachLine(io, (line) => ({ masked: maskPii(line).masked }))
 */
export async function forEachLine(
  io: CliIo,
  handler: (line: string, lineNumber: number) => unknown,
  onError: LineErrorHandler = describeError,
): Promise<number> {
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const raw of lines) {
    lineNumber += 1;
    const line = (lineNumber === 1 ? raw.replace(/^\uFEFF/, "") : raw).replace(/\r$/, "");
    let result: unknown;
    try {
      result = await handler(line, lineNumber);
    } catch (error) {
      result = safely(
        () => onError(error, line, lineNumber),
        () => describeError(error, line),
      );
    }
    if (!io.stdout.write(`${stringify(result, line)}\n`)) await once(io.stdout, "drain");
  }
  return lineNumber;
}

/** The default result line for a failed input line. */
export function describeError(
  error: unknown,
  line: string,
): { input: string; error: { code: string; message: string } } {
  const code = isMadoguchiError(error) ? error.code : "E_INTERNAL";
  const message = error instanceof Error ? error.message : String(error);
  return { input: line, error: { code, message } };
}

function stringify(result: unknown, line: string): string {
  try {
    return JSON.stringify(result) ?? "null";
  } catch (error) {
    return JSON.stringify(describeError(error, line));
  }
}

function safely<T>(run: () => T, fallback: () => T): T {
  try {
    return run();
  } catch {
    return fallback();
  }
}
