import { resolve } from "node:path";
import { formatBilingual, formatMessage } from "../../messages";
import type { LocalKintone } from "../../local-kintone/server";
import { DEFAULT_DATA_DIR, DEFAULT_PORT, startLocalKintone } from "../../local-kintone/server";
import { USERS } from "../../local-kintone/users";
import { parseCliOptions } from "../cli-options";
import type { CliCommand, CliIo } from "../io";

const OPTION_SPEC = { values: ["port", "data"], flags: [] } as const;

/** Writes the banner: URL, data directory, demo logins and the "not kintone" notice. */
export function printServerBanner(io: CliIo, server: LocalKintone, dataDir: string): void {
  const lines = [
    formatBilingual("M_LK_SERVE_STARTED", { url: server.url }),
    `  ${formatMessage("M_LK_SERVE_NOTICE", "ja")}`,
    `  ${formatMessage("M_LK_SERVE_NOTICE", "en")}`,
    formatBilingual("M_LK_SERVE_DATA", { dataDir }),
    formatBilingual("M_LK_SERVE_LOGINS"),
    ...USERS.map(
      (user) => `  ${user.code} / ${user.password}${user.isAdministrator ? " (admin)" : ""}`,
    ),
    formatBilingual("M_LK_SERVE_STOP"),
  ];
  io.stdout.write(`${lines.join("\n")}\n`);
}

/** Resolves when the process is asked to stop (Ctrl-C or SIGTERM). */
function waitForStopSignal(): Promise<void> {
  return new Promise((done) => {
    const stop = (): void => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      done();
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}

/**
 * Starts the local kintone server, prints the banner and serves until stopped.
 * @returns the exit code
 */
export async function serveLocalKintone(
  io: CliIo,
  params: {
    port: number;
    dataDir: string;
    waitForStop?: () => Promise<void>;
    /** Runs once the server listens (e.g. `setup --demo`); its code becomes the exit code. */
    afterStart?: (server: LocalKintone) => Promise<number>;
  },
): Promise<number> {
  const dataDir = params.dataDir === ":memory:" ? params.dataDir : resolve(io.cwd, params.dataDir);
  let server: LocalKintone;
  try {
    server = await startLocalKintone({ port: params.port, dataDir });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr.write(`${formatBilingual("E_LK_SERVE_PORT", { port: params.port, detail })}\n`);
    return 1;
  }
  printServerBanner(io, server, dataDir);
  // Last resort: a stray async error in one request must not take the server down. Writes are
  // transactional, so the data stays consistent; the error is logged for the developer.
  const logUnexpected = (error: unknown): void => {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(`${formatBilingual("E_UNEXPECTED", { detail })}\n`);
  };
  process.on("uncaughtException", logUnexpected);
  process.on("unhandledRejection", logUnexpected);
  let code = 0;
  try {
    if (params.afterStart) code = await params.afterStart(server);
    await (params.waitForStop ?? waitForStopSignal)();
  } finally {
    process.off("uncaughtException", logUnexpected);
    process.off("unhandledRejection", logUnexpected);
  }
  await server.close();
  io.stderr.write(`${formatBilingual("M_LK_SERVE_STOPPED")}\n`);
  return code;
}

async function runServe(argv: string[], io: CliIo): Promise<number> {
  const options = parseCliOptions(argv, OPTION_SPEC);
  const port = Number(options.values.port ?? DEFAULT_PORT);
  if (options.unknown.length > 0 || !Number.isInteger(port) || port < 0 || port > 65535) {
    const detail =
      options.unknown.length > 0 ? options.unknown.join(" ") : `--port ${options.values.port}`;
    io.stderr.write(`${formatBilingual("E_CLI_BAD_OPTION", { detail })}\n`);
    return 2;
  }
  return serveLocalKintone(io, { port, dataDir: options.values.data ?? DEFAULT_DATA_DIR });
}

/** `madoguchi kintone serve [--port 3100] [--data DIR]`. */
export const kintoneServeCommand: CliCommand = {
  path: ["kintone", "serve"],
  summary:
    "ローカルkintone互換サーバーを起動(開発用・kintoneではありません) / start the local kintone-compatible dev server (not kintone)",
  run: runServe,
};
