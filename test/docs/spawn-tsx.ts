import { spawnSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");

/** Runs a TypeScript entry in a real Node process (ES modules allowed), returning its output. */
export function spawnTsx(
  script: string,
  args: readonly string[],
  options: { input?: string; env?: Record<string, string> } = {},
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, script), ...args], {
    cwd: ROOT,
    input: options.input ?? "",
    encoding: "utf8",
    env: { ...process.env, ...options.env },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Parses JSON Lines output. */
export function parseLines<T>(stdout: string): T[] {
  return stdout
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}
