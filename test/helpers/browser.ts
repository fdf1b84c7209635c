import { existsSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

/** Debian's Chromium (the CI installs it with apt; see .ci/run). */
export const CHROMIUM_PATH = process.env["MADOGUCHI_CHROMIUM"] ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Launches headless Chromium; fails with a clear message when it is not installed. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: install it (apt-get install chromium) or set MADOGUCHI_CHROMIUM`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** The shell bundle the pages load; `npm test` builds it first (npm run build). */
export function assertShellBundleBuilt(): void {
  const bundle = join(
    __dirname,
    "..",
    "..",
    "dist",
    "local-kintone-browser",
    "local-kintone-shell.js",
  );
  if (!existsSync(bundle)) {
    throw new Error(
      `The local kintone shell bundle is missing (${bundle}). Run "npm run build" (or "npm run build:browser") first; "npm test" does it for you.`,
    );
  }
}

/** Logs in through the login page like a person would. */
export async function logInThroughPage(
  page: Page,
  baseUrl: string,
  user: { username: string; password: string },
): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.fill('input[name="username"]', user.username);
  await page.fill('input[name="password"]', user.password);
  await Promise.all([page.waitForURL(`${baseUrl}/k/**`), page.click('button[type="submit"]')]);
}

/** Waits until the shell finished loading scripts and firing the page's show event. */
export async function waitForShell(page: Page): Promise<void> {
  await page.waitForSelector("html[data-lk-ready='true']");
}
