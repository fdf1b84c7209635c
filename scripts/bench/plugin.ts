/**
 * Plug-in figures: bundle sizes (minified and gzip) of plugin/js/*.js against the 150 KB gzip
 * budget of desktop.js, and the time from the 「AI回答案を作成」 click to the draft on screen in
 * Chromium (offline mode, demo data after `setup --demo`), measured inside the page.
 * Run: npm run bench -- plugin   (needs `npm run build:browser` and /usr/bin/chromium)
 */
import { existsSync, mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { createLocalServerHooks, openKintone, runSetup } from "../../src/kintone";
import { startLocalKintone } from "../../src/local-kintone/server";
import { ADMINISTRATOR } from "../../src/local-kintone/users";
import { findRepoRoot } from "../repo-root";

export const name = "plugin";
const ROOT = findRepoRoot();
const DESKTOP_GZIP_BUDGET = 150 * 1024;
const UTTERANCES = [
  "マイナンバーカードの暗証番号を忘れてしまったんですが",
  "コンビニで住民票を取るには何が必要ですか",
  "国民健康保険のことで、保険証の番号は12345678です",
  "カードの有効期限が切れそうなんですけど更新はどうすれば",
  "引っ越したらマイナンバーカードの住所変更は必要ですか",
  "父が倒れて息をしていません",
  "犬の登録はどこでできますか",
  "マイナ保険証の登録を解除したい",
];

function measureBundles(): void {
  console.log("bundle          min KB   gzip KB");
  for (const file of ["desktop.js", "config.js"]) {
    const path = join(ROOT, "plugin", "js", file);
    if (!existsSync(path)) {
      console.log(`${file}: missing (run npm run build:browser)`);
      continue;
    }
    const bytes = readFileSync(path);
    const gzip = gzipSync(bytes, { level: 9 }).length;
    const note =
      file === "desktop.js"
        ? gzip <= DESKTOP_GZIP_BUDGET
          ? "  (budget 150 KB: ok)"
          : "  (OVER the 150 KB budget)"
        : "";
    console.log(
      `${file.padEnd(14)} ${(bytes.length / 1024).toFixed(1).padStart(7)} ${(gzip / 1024).toFixed(1).padStart(9)}${note}`,
    );
  }
}

async function measureDraftTimes(): Promise<void> {
  const server = await startLocalKintone({ port: 0, dataDir: ":memory:" });
  const cwd = mkdtempSync(join(tmpdir(), "madoguchi-bench-"));
  for (const entry of ["manifest.json", "plugin", "samples"])
    symlinkSync(join(ROOT, entry), join(cwd, entry));
  const api = openKintone({
    baseUrl: server.url,
    auth: { kind: "password", username: ADMINISTRATOR.code, password: ADMINISTRATOR.password },
  });
  const browser = await chromium.launch({
    executablePath: process.env["MADOGUCHI_CHROMIUM"] ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox"],
  });
  try {
    const run = () =>
      runSetup({ api, cwd, demo: true, hooks: createLocalServerHooks(server.context) });
    const setup = await run().catch(run); // idempotent: a reset socket under load is retried once
    const page = await browser.newPage();
    await page.goto(`${server.url}/login`);
    await page.fill('input[name="username"]', ADMINISTRATOR.code);
    await page.fill('input[name="password"]', ADMINISTRATOR.password);
    await Promise.all([page.waitForURL(`${server.url}/k/**`), page.click('button[type="submit"]')]);
    const times: number[] = [];
    let coldMs = 0;
    for (const [index, words] of UTTERANCES.entries()) {
      if (index === 0 || index === 1) {
        await page.goto(`${server.url}/k/${setup.apps.callLog}/edit`);
        await page.waitForSelector(".madoguchi-draft-button");
      }
      await page.fill('textarea[data-code="caller_text"]', words);
      const ms = await page.evaluate(
        () =>
          new Promise<number>((done) => {
            document.querySelector(".madoguchi-output")?.replaceChildren();
            const started = performance.now();
            const observer = new MutationObserver(() => {
              if (!document.querySelector(".madoguchi-banner")) return;
              observer.disconnect();
              requestAnimationFrame(() => done(performance.now() - started));
            });
            observer.observe(document.body, { childList: true, subtree: true });
            (document.querySelector(".madoguchi-draft-button") as HTMLButtonElement).click();
          }),
      );
      if (index === 0) coldMs = ms;
      else times.push(ms);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] ?? 0;
    const worst = times[times.length - 1] ?? 0;
    console.log(
      `offline draft, click → on screen (Chromium, ${times.length} utterances, FAQ index cached):`,
    );
    console.log(`  median ${median.toFixed(0)} ms, worst ${worst.toFixed(0)} ms (target < 300 ms)`);
    console.log(
      `  first click right after the page opened (FAQ loaded and indexed then): ${coldMs.toFixed(0)} ms`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function run(): Promise<void> {
  measureBundles();
  await measureDraftTimes();
}
