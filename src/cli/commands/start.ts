import { LOCAL_DEMO_LOGIN, createLocalServerHooks, readSetupState, toAppUrl } from "../../kintone";
import type { LocalKintone } from "../../local-kintone/server";
import { DEFAULT_PORT } from "../../local-kintone/server";
import { formatBilingual } from "../../messages";
import type { CliCommand, CliIo } from "../io";
import { serveLocalKintone } from "./kintone-serve";
import { runSetupCommand } from "./setup";

/** The demo data directory `npm start` uses. */
export const DEMO_DATA_DIR = ".madoguchi/demo";

/** Where to click first: the portal with the demo login, then the call log. */
async function printWhereToClick(io: CliIo, server: LocalKintone, seconds: number): Promise<void> {
  const state = await readSetupState(io.cwd, server.url);
  const lines = [
    "",
    formatBilingual("M_KT_START_READY", { seconds: seconds.toFixed(1) }),
    formatBilingual("M_KT_START_OPEN", {
      url: `${server.url}/k/`,
      login: LOCAL_DEMO_LOGIN.username,
      password: LOCAL_DEMO_LOGIN.password,
    }),
  ];
  const callLog = state?.apps.callLog;
  if (callLog)
    lines.push(
      formatBilingual("M_KT_START_CLICK", { url: `${toAppUrl(server.url, callLog)}edit` }),
    );
  io.stdout.write(`${lines.join("\n")}\n`);
}

/**
 * `madoguchi start` (what `npm start` runs): the local server on :3100 with the demo data, then
 * `setup --demo` against it (idempotent, so a restart is quick), then serves until stopped.
 */
export async function startDemo(
  io: CliIo,
  params: { port: number; dataDir: string; waitForStop?: () => Promise<void> },
): Promise<number> {
  const started = performance.now();
  return serveLocalKintone(io, {
    ...params,
    afterStart: async (server) => {
      const code = await runSetupCommand(io, {
        demo: true,
        baseUrl: server.url,
        username: LOCAL_DEMO_LOGIN.username,
        password: LOCAL_DEMO_LOGIN.password,
        hooks: createLocalServerHooks(server.context),
      });
      if (code === 0) await printWhereToClick(io, server, (performance.now() - started) / 1000);
      return code;
    },
  });
}

export const startCommand: CliCommand = {
  path: ["start"],
  summary:
    "デモ環境を起動(ローカルkintone :3100 + setup --demo) / start the demo (local kintone on :3100 + setup --demo)",
  run: (_argv, io) => startDemo(io, { port: DEFAULT_PORT, dataDir: DEMO_DATA_DIR }),
};
