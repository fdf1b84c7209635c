import { execFile } from "node:child_process";
import { resolve } from "node:path";

/** What a command-line tool printed and how it ended. */
export type ToolResult = { code: number; stdout: string; stderr: string };

/** Environment for official tools aimed at a local server: no proxy, no inherited kintone auth. */
export function createToolEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const name of [
    "HTTPS_PROXY",
    "HTTP_PROXY",
    "https_proxy",
    "http_proxy",
    "ALL_PROXY",
    "all_proxy",
  ])
    delete env[name];
  for (const name of ["KINTONE_API_TOKEN", "KINTONE_OAUTH_TOKEN", "KINTONE_GUEST_SPACE_ID"])
    if (!(name in extra)) delete env[name];
  // Jest sets NODE_ENV=test, which makes some tools (plugin-packer) only print their arguments.
  delete env.NODE_ENV;
  env.NO_PROXY = "localhost,127.0.0.1";
  return env;
}

/**
 * Runs a Node script of an installed package (a path under node_modules, e.g.
 * "@kintone/cli/cli.js"; package export maps hide bin files from require.resolve).
 */
export function runNodeTool(
  script: string,
  args: readonly string[],
  options: { env: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number },
): Promise<ToolResult> {
  const path = resolve(__dirname, "../../node_modules", script);
  return new Promise((done) => {
    execFile(
      process.execPath,
      [path, ...args],
      {
        env: options.env,
        cwd: options.cwd,
        timeout: options.timeoutMs ?? 60_000,
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}
