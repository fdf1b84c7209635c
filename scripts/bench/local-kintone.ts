/**
 * Local kintone server figures: start-up, bulk writes through bulkRequest, queries over a
 * 5,000-record app and cursor reads. Run with `npm run bench -- local-kintone`.
 */
import { KintoneRestAPIClient } from "@kintone/rest-api-client";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { startLocalKintone } from "../../src/local-kintone/server";
import { ADMINISTRATOR } from "../../src/local-kintone/users";
import { findRepoRoot } from "../repo-root";

export const name = "local-kintone";

const RECORD_COUNT = 5000;

async function measure<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

/** Time from spawning `madoguchi kintone serve` (built) until it prints its URL. */
function measureProcessStartup(): Promise<number> {
  const bin = join(findRepoRoot(), "bin", "madoguchi.js");
  const start = performance.now();
  const child = spawn(
    process.execPath,
    [bin, "kintone", "serve", "--port", "0", "--data", ":memory:"],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  return new Promise((done, fail) => {
    child.stdout.on("data", (chunk: Buffer) => {
      if (/http:\/\/localhost:\d+/.test(chunk.toString("utf8"))) {
        const ms = performance.now() - start;
        child.kill("SIGINT");
        done(ms);
      }
    });
    child.once("exit", (code) => fail(new Error(`exited early with ${code}`)));
  }).finally(() => child.removeAllListeners("exit")) as Promise<number>;
}

export async function run(): Promise<void> {
  const rows: [string, string][] = [];
  const processStart = await measureProcessStartup().catch(() => NaN);
  rows.push([
    "process start-up to listening (node bin/madoguchi.js kintone serve)",
    `${processStart.toFixed(0)} ms`,
  ]);

  const started = await measure(() => startLocalKintone({ port: 0, dataDir: ":memory:" }));
  const server = started.result;
  rows.push(["in-process startLocalKintone()", `${started.ms.toFixed(1)} ms`]);
  try {
    const client = new KintoneRestAPIClient({
      baseUrl: server.url,
      auth: { username: ADMINISTRATOR.code, password: ADMINISTRATOR.password },
    });
    const { app } = await client.app.addApp({ name: "bench" });
    await client.app.addFormFields({
      app,
      properties: {
        title: { type: "SINGLE_LINE_TEXT", code: "title", label: "title" },
        minutes: { type: "NUMBER", code: "minutes", label: "minutes" },
      },
    });
    await client.app.deployApp({ apps: [{ app }] });
    const records = Array.from({ length: RECORD_COUNT }, (_, index) => ({
      title: { value: `問い合わせ ${index}` },
      minutes: { value: String(index % 90) },
    }));
    const added = await measure(() => client.record.addAllRecords({ app, records }));
    rows.push([
      `addAllRecords ${RECORD_COUNT} (bulkRequest)`,
      `${added.ms.toFixed(0)} ms (${((RECORD_COUNT / added.ms) * 1000).toFixed(0)} records/s)`,
    ]);
    const seek = await measure(() => client.record.getAllRecords({ app, fields: ["title"] }));
    rows.push([`getAllRecords ${seek.result.length} (seek paging)`, `${seek.ms.toFixed(0)} ms`]);
    const cursor = await measure(() =>
      client.record.getAllRecords({ app, orderBy: "minutes desc" }),
    );
    rows.push([
      `getAllRecords ${cursor.result.length} with orderBy (cursor)`,
      `${cursor.ms.toFixed(0)} ms`,
    ]);
    const samples: number[] = [];
    for (let index = 0; index < 20; index += 1) {
      samples.push(
        (
          await measure(() =>
            client.record.getRecords({
              app,
              query: 'minutes >= 45 and title like "9" order by minutes desc limit 100',
              totalCount: true,
            }),
          )
        ).ms,
      );
    }
    samples.sort((a, b) => a - b);
    rows.push([
      `filtered query over ${RECORD_COUNT} records (median of 20)`,
      `${(samples[10] ?? NaN).toFixed(1)} ms`,
    ]);
  } finally {
    await server.close();
  }
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
}
