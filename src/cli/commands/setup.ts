import type { SetupServerHooks } from "../../kintone";
import { formatSetupSummary, openKintone, readKintoneConnection, runSetup } from "../../kintone";
import { formatBilingual } from "../../messages";
import { parseCliOptions } from "../cli-options";
import type { CliCommand, CliIo } from "../io";

const OPTION_SPEC = {
  values: ["base-url", "username", "password", "faq", "departments"],
  flags: ["demo", "no-plugin"],
} as const;

/** Everything `setup` needs besides argv; `madoguchi start` passes the local server's hooks. */
export type SetupRunParams = {
  readonly demo: boolean;
  readonly plugin?: boolean;
  readonly baseUrl?: string;
  readonly username?: string;
  readonly password?: string;
  readonly faqCsv?: string;
  readonly departmentsCsv?: string;
  readonly hooks?: SetupServerHooks;
};

/**
 * Runs setup with progress on stderr and the summary on stdout.
 * @returns the exit code (0 ok, 1 kintone or file failure, 2 configuration)
 */
export async function runSetupCommand(io: CliIo, params: SetupRunParams): Promise<number> {
  let connection;
  try {
    connection = readKintoneConnection(io.env, {
      baseUrl: params.baseUrl,
      username: params.username,
      password: params.password,
    });
  } catch (error) {
    io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const started = performance.now();
  try {
    const result = await runSetup({
      api: openKintone(connection),
      cwd: io.cwd,
      demo: params.demo,
      plugin: params.plugin,
      faqCsv: params.faqCsv,
      departmentsCsv: params.departmentsCsv,
      hooks: params.hooks,
      progress: (line) => io.stderr.write(`${line}\n`),
    });
    const seconds = (performance.now() - started) / 1000;
    io.stdout.write(
      `${formatSetupSummary(result, { baseUrl: connection.baseUrl, seconds }).join("\n")}\n`,
    );
    return 0;
  } catch (error) {
    io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

async function runSetupCli(argv: string[], io: CliIo): Promise<number> {
  const options = parseCliOptions(argv, OPTION_SPEC);
  if (options.unknown.length > 0) {
    io.stderr.write(
      `${formatBilingual("E_CLI_BAD_OPTION", { detail: options.unknown.join(" ") })}\n`,
    );
    return 2;
  }
  return runSetupCommand(io, {
    demo: options.flags.has("demo"),
    plugin: !options.flags.has("no-plugin"),
    baseUrl: options.values["base-url"],
    username: options.values.username,
    password: options.values.password,
    faqCsv: options.values.faq,
    departmentsCsv: options.values.departments,
  });
}

/** `madoguchi setup [--demo] [--base-url URL] [--username U --password P] [--no-plugin]`. */
export const setupCommand: CliCommand = {
  path: ["setup"],
  summary:
    "kintoneにアプリ・プラグイン・FAQを設定(--demoで架空データ) / set up the apps, plugin and FAQ in kintone",
  run: runSetupCli,
};
