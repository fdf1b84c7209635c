/**
 * Time for a shell page of the local kintone server to be ready in Chromium (scripts loaded,
 * record rendered, show event fired), per page type. Needs `npm run build:browser` and Chromium.
 */
import { KintoneRestAPIClient } from "@kintone/rest-api-client";
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";
import { resolveBundlePath } from "../../src/local-kintone/pages/assets";
import { startLocalKintone } from "../../src/local-kintone/server";
import { ADMINISTRATOR } from "../../src/local-kintone/users";

export const name = "local-kintone-shell";

const CHROMIUM = process.env["MADOGUCHI_CHROMIUM"] ?? "/usr/bin/chromium";
const ROUNDS = 10;
const RECORDS = 100;

function summarize(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return `median ${at(0.5).toFixed(0)} ms, p90 ${at(0.9).toFixed(0)} ms`;
}

export async function run(): Promise<void> {
  if (!existsSync(resolveBundlePath()) || !existsSync(CHROMIUM)) {
    console.log(`skipped: needs ${resolveBundlePath()} (npm run build:browser) and ${CHROMIUM}`);
    return;
  }
  const server = await startLocalKintone({ port: 0, dataDir: ":memory:" });
  const auth = { username: ADMINISTRATOR.code, password: ADMINISTRATOR.password };
  const client = new KintoneRestAPIClient({ baseUrl: server.url, auth });
  const { app } = await client.app.addApp({ name: "ベンチマーク" });
  await client.app.addFormFields({
    app,
    properties: {
      title: { type: "SINGLE_LINE_TEXT", code: "title", label: "件名" },
      body: { type: "MULTI_LINE_TEXT", code: "body", label: "内容" },
      count: { type: "NUMBER", code: "count", label: "件数" },
    } as never,
  });
  await client.app.deployApp({ apps: [{ app }] });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const records = Array.from({ length: RECORDS }, (_, i) => ({
    title: { value: `問い合わせ ${i}` },
    count: { value: String(i) },
  }));
  const { ids } = await client.record.addRecords({ app, records });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu"],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/login`);
    await page.fill('input[name="username"]', auth.username);
    await page.fill('input[name="password"]', auth.password);
    await Promise.all([page.waitForURL(`${server.url}/k/**`), page.click('button[type="submit"]')]);
    const pages: [string, string][] = [
      ["portal", "/k/"],
      [`record list (${RECORDS} records)`, `/k/${app}/`],
      ["create form", `/k/${app}/edit`],
      ["record detail", `/k/${app}/show#record=${ids[0]}`],
    ];
    for (const [label, path] of pages) {
      const samples: number[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        await page.goto("about:blank");
        const start = performance.now();
        await page.goto(`${server.url}${path}`);
        await page.waitForSelector("html[data-lk-ready='true']");
        samples.push(performance.now() - start);
      }
      console.log(`${label.padEnd(28)} ${summarize(samples)} (${ROUNDS} loads)`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
