/**
 * Gateway benchmark: N concurrent simulated phone calls (signed Twilio webhooks) on loopback in
 * offline mode against a local kintone server started here. Prints p50/p95 turn latency and
 * checks that call-log records written = calls made.
 *   npx tsx scripts/bench/gateway.ts      (or `npm run bench -- gateway`)
 *   GATEWAY_BENCH_CALLS=50 GATEWAY_BENCH_TURNS=4 GATEWAY_BENCH_SECONDS=60 to change the load
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { Agent, request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { getExpectedTwilioSignature } from "twilio/lib/webhooks/webhooks";
import { FaqIndex, parseDepartmentsCsv, parseFaqCsv } from "../../src/core";
import { createJsonLogger, readGatewayConfig, startGateway } from "../../src/gateway";
import { CALL_LOG_APP, listCallLogs, openKintone } from "../../src/kintone";
import { applyAppDefinition } from "../../src/kintone/setup/apply-app";
import { deployApps } from "../../src/kintone/setup/deploy-apps";
import { createApiToken } from "../../src/local-kintone/auth";
import { startLocalKintone } from "../../src/local-kintone/server";
import { ADMINISTRATOR } from "../../src/local-kintone/users";
import { findRepoRoot } from "../repo-root";

export const name = "gateway";

const CALLS = Number(process.env["GATEWAY_BENCH_CALLS"] ?? 50);
const TURNS = Number(process.env["GATEWAY_BENCH_TURNS"] ?? 4);
const TIME_LIMIT_MS = Number(process.env["GATEWAY_BENCH_SECONDS"] ?? 60) * 1000;
const TOKEN = "bench-twilio-token";
const PUBLIC_URL = "https://madoguchi.bench.invalid";
// A mix like the pilot's calls: mostly FAQ questions, some follow-ups, some transfers.
const UTTERANCES = [
  "マイナンバーカードの申請方法を教えてください",
  "手数料は?",
  "暗証番号を忘れてしまいました",
  "カードの更新はいつからできますか",
  "住民票の写しはコンビニで取れますか",
  "私のマイナンバーは1234 5678 9012です",
  "職員の人と話したいです",
  "電子証明書の有効期限はどこで確認できますか",
];

/**
 * Posts signed webhook forms over node:http with a keep-alive agent, like a proxy in front of the
 * gateway would. (Node 20's fetch stalled some requests on reused sockets for the server's
 * keep-alive timeout, which measured the client, not the gateway.)
 */
function createSignedPoster(
  baseUrl: string,
): (path: string, params: Record<string, string>) => Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const target = new URL(baseUrl);
  return (path, params) =>
    new Promise<void>((resolve, reject) => {
      const body = new URLSearchParams(params).toString();
      const headers = {
        "content-type": "application/x-www-form-urlencoded",
        "content-length": Buffer.byteLength(body),
        "x-twilio-signature": getExpectedTwilioSignature(TOKEN, `${PUBLIC_URL}${path}`, params),
      };
      const options = {
        host: target.hostname,
        port: target.port,
        path,
        method: "POST",
        agent,
        headers,
      };
      const req = request(options, (response) => {
        response.resume();
        response.on("end", () => {
          const status = response.statusCode ?? 500;
          if (status >= 300) reject(new Error(`${path}: HTTP ${status}`));
          else resolve();
        });
      });
      req.on("error", reject);
      req.end(body);
    });
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

export async function run(): Promise<void> {
  const samples = join(findRepoRoot(), "samples");
  const faq = parseFaqCsv(readFileSync(join(samples, "mynumber-faq.csv"), "utf8")).entries;
  const departments = parseDepartmentsCsv(
    readFileSync(join(samples, "departments.csv"), "utf8"),
  ).departments;
  const kintone = await startLocalKintone({ port: 0, dataDir: ":memory:" });
  const dataDir = mkdtempSync(join(tmpdir(), "madoguchi-gateway-bench-"));
  const admin = openKintone({
    baseUrl: kintone.url,
    auth: { kind: "password", username: ADMINISTRATOR.code, password: ADMINISTRATOR.password },
  });
  const applied = await applyAppDefinition(admin, { definition: CALL_LOG_APP, appId: null });
  await deployApps(admin, [{ appId: applied.appId, name: CALL_LOG_APP.name }]);
  const apiToken = createApiToken(kintone.context, Number(applied.appId), ["view", "add", "edit"]);
  const config = readGatewayConfig(
    {
      TWILIO_AUTH_TOKEN: TOKEN,
      MADOGUCHI_PUBLIC_URL: PUBLIC_URL,
      MADOGUCHI_OFFICE_HOURS: "always",
      MADOGUCHI_SWITCHBOARD_NUMBER: "+81930000000",
      KINTONE_BASE_URL: kintone.url,
      MADOGUCHI_CALL_LOG_APP_ID: applied.appId,
      MADOGUCHI_CALL_LOG_API_TOKEN: apiToken,
    },
    { port: "0", data: dataDir },
  );
  // The gateway's own "turn" events carry the time spent inside the engine (without HTTP and queueing).
  const engineMs: number[] = [];
  const logStream = new PassThrough();
  logStream.on("data", (chunk: Buffer) => {
    for (const line of chunk.toString("utf8").split("\n")) {
      const match = /"event":"turn".*"latencyMs":(\d+)/.exec(line);
      if (match) engineMs.push(Number(match[1]));
    }
  });
  const gateway = await startGateway({
    config,
    data: { index: FaqIndex.build(faq), departments },
    model: null,
    logger: createJsonLogger(logStream),
    retry: { baseMs: 100, maxMs: 1000 },
  });
  const post = createSignedPoster(gateway.url);
  // One call first so lazy start-up work (tokenizer, first kintone request) is not measured.
  await post("/twilio/voice", { CallSid: "CAwarmup" });
  await post("/twilio/gather", { CallSid: "CAwarmup", SpeechResult: UTTERANCES[0] as string });
  await post("/twilio/status", { CallSid: "CAwarmup", CallStatus: "completed", CallDuration: "1" });
  const latencies: number[] = [];
  const deadline = Date.now() + TIME_LIMIT_MS;
  const callIds: string[] = [];
  let failures = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CALLS }, async (_, callIndex) => {
      const CallSid = `CAbench${String(callIndex).padStart(26, "0")}`;
      callIds.push(CallSid);
      try {
        await post("/twilio/voice", { CallSid });
        for (let turn = 0; turn < TURNS && Date.now() < deadline; turn += 1) {
          const SpeechResult = UTTERANCES[(callIndex + turn) % UTTERANCES.length] as string;
          const t0 = performance.now();
          await post("/twilio/gather", { CallSid, SpeechResult });
          latencies.push(performance.now() - t0);
        }
        await post("/twilio/status", {
          CallSid,
          CallStatus: "completed",
          CallDuration: String(30 + callIndex),
        });
      } catch {
        failures += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const drainStart = performance.now();
  while (gateway.desk.health().queued > 0 && performance.now() - drainStart < 30_000) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const drainMs = performance.now() - drainStart;
  const logs = await listCallLogs(
    openKintone({ baseUrl: kintone.url, auth: { kind: "apiToken", tokens: [apiToken] } }),
    applied.appId,
  );
  const written = new Set(
    logs.filter((log) => callIds.includes(log.callId)).map((log) => log.callId),
  );
  const complete = logs.filter(
    (log) => callIds.includes(log.callId) && (log.durationSec ?? 0) >= 30,
  );
  await gateway.close(1000);
  await kintone.close();
  rmSync(dataDir, { recursive: true, force: true });

  latencies.sort((a, b) => a - b);
  engineMs.sort((a, b) => a - b);
  console.log(
    `calls × turns     ${CALLS} × ${TURNS} concurrent (offline mode, loopback, signed webhooks)`,
  );
  console.log(
    `turns measured    ${latencies.length} in ${seconds.toFixed(2)} s (${(latencies.length / seconds).toFixed(1)} turns/s), failures ${failures}`,
  );
  console.log(`turn latency p50  ${percentile(latencies, 0.5).toFixed(1)} ms`);
  console.log(`turn latency p95  ${percentile(latencies, 0.95).toFixed(1)} ms`);
  console.log(`turn latency max  ${(latencies.at(-1) ?? Number.NaN).toFixed(1)} ms`);
  console.log(
    `engine time/turn  p50 ${percentile(engineMs, 0.5)} ms, p95 ${percentile(engineMs, 0.95)} ms, max ${engineMs.at(-1)} ms (inside the handler)`,
  );
  console.log(
    `call-log records  ${written.size} written / ${CALLS} calls (${complete.length} with final duration; records total ${logs.length} incl. 1 warm-up) — queue drained in ${drainMs.toFixed(0)} ms`,
  );
  console.log(
    `records = calls   ${written.size === CALLS && complete.length === CALLS ? "yes" : "NO"}`,
  );
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
