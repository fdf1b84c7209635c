import { mkdtempSync, mkdirSync, symlinkSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { SetupResult } from "../../src/kintone";
import { createLocalServerHooks, openKintone, runSetup } from "../../src/kintone";
import type { Browser, Page } from "playwright-core";
import { logInThroughPage } from "../helpers/browser";
import { startTestKintone, type TestKintone } from "../helpers/local-kintone";
import { startChildExtractor } from "./child-extractor";

const ROOT = resolve(__dirname, "..", "..");

/** Fails early with a clear message when the plug-in bundles were not built. */
export function assertPluginBuilt(): void {
  for (const file of ["plugin/js/desktop.js", "plugin/js/config.js"]) {
    if (!existsSync(join(ROOT, file))) {
      throw new Error(
        `${file} is missing: run "npm run build:browser" (npm test builds it for you)`,
      );
    }
  }
}

/** Where screenshots go (look at them after a run). */
export function makeShotDir(): string {
  const dir = process.env["MADOGUCHI_SHOTS"] ?? join(tmpdir(), "madoguchi-e2e-shots");
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * A fresh local kintone after `madoguchi setup --demo`, run in-process. Setup works in a temp
 * directory that links manifest.json, plugin/ and samples/ so the developer's .madoguchi/ state
 * and plug-in key are left alone.
 */
export async function startDemoKintone(): Promise<{ server: TestKintone; setup: SetupResult }> {
  const server = await startTestKintone();
  const cwd = mkdtempSync(join(tmpdir(), "madoguchi-e2e-"));
  for (const name of ["manifest.json", "plugin", "samples"])
    symlinkSync(join(ROOT, name), join(cwd, name));
  const api = openKintone({
    baseUrl: server.url,
    auth: { kind: "password", username: server.admin.username, password: server.admin.password },
  });
  // Setup indexes the sample manuals; their PDFs need a real Node process (see child-extractor).
  const extractor = startChildExtractor();
  const run = () =>
    runSetup({
      api,
      cwd,
      demo: true,
      hooks: createLocalServerHooks(server.context),
      extractDocument: extractor.extract,
    });
  let setup: SetupResult;
  try {
    setup = await run();
  } catch (error) {
    // Seen under CPU load: a kept-alive socket reset between setup's requests (ECONNRESET).
    // Setup is idempotent, so running it again finishes the job; anything else still fails.
    if (!String(error).includes("ECONNRESET")) throw error;
    setup = await run();
  } finally {
    extractor.close();
  }
  if (!setup.plugin.pluginId)
    throw new Error(`the plug-in was not installed: ${setup.plugin.skippedReason}`);
  return { server, setup };
}

/** A staff member's page, logged in, at the size the screenshots use; page errors are logged. */
export async function openStaffPage(browser: Browser, server: TestKintone): Promise<Page> {
  const context = await browser.newContext({
    locale: "ja-JP",
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  page.on("pageerror", (error) => console.error("page error:", error.message));
  await logInThroughPage(page, server.url, server.staff);
  return page;
}
