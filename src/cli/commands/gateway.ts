import { resolve } from "node:path";
import type { AnswerModel, Department, FaqEntry } from "../../core";
import { FaqIndex } from "../../core";
import type { CallLogTarget, GatewayConfig } from "../../gateway";
import { createJsonLogger, readGatewayConfig, startGateway } from "../../gateway";
import {
  loadEngineDataFromKintone,
  openKintone,
  readKintoneConnection,
  readSetupState,
  resolveAppId,
} from "../../kintone";
import { createAnswerModelFromEnv } from "../../llm";
import { formatBilingual } from "../../messages";
import { parseCliOptions } from "../cli-options";
import { loadEngineData } from "../engine-data";
import type { CliCommand, CliIo } from "../io";

const OPTION_SPEC = {
  values: ["port", "host", "faq", "departments", "data", "call-log-app"],
  flags: ["offline"],
} as const;
const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1"]);

type Sources = {
  readonly entries: readonly FaqEntry[];
  readonly departments: readonly Department[];
  readonly transferNumbers: ReadonlyMap<string, string>;
  readonly callLog: CallLogTarget | null;
};

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
 * The FAQ, departments (with transfer numbers) and call-log app of the configured kintone. The
 * call log is written with the `gateway` API token `madoguchi setup` created, when there is one.
 */
async function loadFromKintone(io: CliIo, config: GatewayConfig): Promise<Sources> {
  const data = await loadEngineDataFromKintone({ env: io.env, cwd: io.cwd });
  const connection = readKintoneConnection(io.env);
  const state = await readSetupState(io.cwd, connection.baseUrl);
  const appId = await resolveAppId(openKintone(connection), {
    key: "callLog",
    env: io.env,
    cwd: io.cwd,
  });
  const token = state?.tokens["gateway"]?.callLog;
  const auth = token ? { kind: "apiToken" as const, tokens: [token] } : connection.auth;
  const transferNumbers = new Map(
    data.directory.filter((d) => d.transferNumber).map((d) => [d.name, d.transferNumber]),
  );
  return {
    entries: data.entries,
    departments: data.departments,
    transferNumbers,
    callLog: config.callLog ?? { baseUrl: connection.baseUrl, auth, appId },
  };
}

async function runGateway(
  argv: string[],
  io: CliIo,
  waitForStop: () => Promise<void>,
): Promise<number> {
  const options = parseCliOptions(argv, OPTION_SPEC);
  if (options.unknown.length > 0) {
    io.stderr.write(
      `${formatBilingual("E_CLI_BAD_OPTION", { detail: options.unknown.join(" ") })}\n`,
    );
    return 2;
  }
  let config: GatewayConfig;
  let model: AnswerModel | null = null;
  let sources: Sources;
  try {
    config = readGatewayConfig(io.env, {
      port: options.values.port,
      host: options.values.host,
      data: resolve(io.cwd, options.values.data ?? ".madoguchi/gateway"),
      callLogApp: options.values["call-log-app"],
    });
    if (!options.flags.has("offline")) model = createAnswerModelFromEnv(io.env);
    if (options.values.faq) {
      const data = await loadEngineData(io, {
        faq: options.values.faq,
        departments: options.values.departments,
      });
      if (!data) return 1;
      sources = {
        entries: data.entries,
        departments: data.departments,
        transferNumbers: new Map(),
        callLog: config.callLog,
      };
    } else {
      sources = await loadFromKintone(io, config);
    }
  } catch (error) {
    io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  if (sources.entries.length === 0) {
    io.stderr.write(`${formatBilingual("E_ENGINE_SOURCE_REQUIRED")}\n`);
    return 2;
  }
  const departmentNumbers = new Map([
    ...sources.transferNumbers,
    ...config.transferNumbers.departments,
  ]);
  config = {
    ...config,
    callLog: sources.callLog,
    transferNumbers: { ...config.transferNumbers, departments: departmentNumbers },
  };
  if (!LOOPBACK.has(config.host))
    io.stderr.write(`${formatBilingual("M_GATEWAY_HOST_WARNING", { host: config.host })}\n`);
  const logger = createJsonLogger(io.stdout);
  const data = { index: FaqIndex.build(sources.entries), departments: sources.departments };
  let gateway;
  try {
    gateway = await startGateway({ config, data, model, logger });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr.write(
      `${formatBilingual("E_GATEWAY_START", { host: config.host, port: config.port, detail })}\n`,
    );
    return 1;
  }
  const publicUrl = config.publicUrl ?? gateway.url;
  if (!config.publicUrl)
    io.stderr.write(`${formatBilingual("M_GATEWAY_PUBLIC_URL_WARNING", { url: gateway.url })}\n`);
  if (!config.callLog) io.stderr.write(`${formatBilingual("M_GATEWAY_NO_CALL_LOG")}\n`);
  if (!config.twilioAuthToken) io.stderr.write(`${formatBilingual("E_GATEWAY_PHONE_DISABLED")}\n`);
  io.stderr.write(`${formatBilingual("M_GATEWAY_STARTED", { url: gateway.url, publicUrl })}\n`);
  await waitForStop();
  io.stderr.write(`${formatBilingual("M_GATEWAY_STOPPING")}\n`);
  // Ctrl-C reaches every process of the group (npx, npm…): a second signal must not cut the flush short.
  const ignore = (): void => {};
  process.on("SIGINT", ignore).on("SIGTERM", ignore);
  const pending = await gateway
    .close()
    .finally(() => process.off("SIGINT", ignore).off("SIGTERM", ignore));
  io.stderr.write(`${formatBilingual("M_GATEWAY_STOPPED", { pending })}\n`);
  return 0;
}

/** Builds the command; tests pass their own stop signal. */
export function createGatewayCommand(
  waitForStop: () => Promise<void> = waitForStopSignal,
): CliCommand {
  return {
    path: ["gateway"],
    summary:
      "電話(Twilio)・Webチャットの市民窓口サーバーを起動 / start the citizen phone and web chat gateway",
    run: (argv, io) => runGateway(argv, io, waitForStop),
  };
}

/** `madoguchi gateway [--port 3200] [--host H] [--faq F --departments D] [--data DIR] [--offline]`. */
export const gatewayCommand = createGatewayCommand();
