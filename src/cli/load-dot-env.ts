import { existsSync } from "node:fs";
import { join } from "node:path";
import type { CliIo } from "./io";

/**
 * Reads `.env` from the working directory if there is one. Variables already set win, so a
 * real environment (CI, a city's server) is never overridden by a forgotten file.
 */
export function loadDotEnv(io: CliIo): void {
  const file = join(io.cwd, ".env");
  if (io.env !== process.env || !existsSync(file)) return;
  process.loadEnvFile(file);
}
