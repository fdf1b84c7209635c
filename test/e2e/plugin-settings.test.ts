import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import type { SetupResult } from "../../src/kintone";
import { getPluginConfig } from "../../src/local-kintone/store";
import {
  assertShellBundleBuilt,
  launchBrowser,
  logInThroughPage,
  waitForShell,
} from "../helpers/browser";
import type { TestKintone } from "../helpers/local-kintone";
import { probeForSecret, startRecorder } from "../browser/secret-probe";
import { createAdminClient, deployAndWait } from "../browser/setup-app";
import { assertPluginBuilt, makeShotDir, startDemoKintone } from "./demo-kintone";

// Fictional key: the test proves it never reaches a record page.
const SECRET = "test-key-e2e-3b9d71c04f5a";

describe("madoguchi plug-in settings and the API key", () => {
  let server: TestKintone;
  let setup: SetupResult;
  let browser: Browser;
  let page: Page;
  let model: Awaited<ReturnType<typeof startRecorder>>;
  let attacker: Awaited<ReturnType<typeof startRecorder>>;
  const shots = makeShotDir();
  const app = () => setup.apps.callLog;
  const pluginId = () => setup.plugin.pluginId ?? "";
  const settingsPath = () => `/k/admin/app/${app()}/plugin/config?pluginId=${pluginId()}`;

  beforeAll(async () => {
    assertShellBundleBuilt();
    assertPluginBuilt();
    [{ server, setup }, model, attacker] = await Promise.all([
      startDemoKintone(),
      startRecorder(),
      startRecorder(),
    ]);
    browser = await launchBrowser();
    page = await (
      await browser.newContext({ locale: "ja-JP", viewport: { width: 1280, height: 900 } })
    ).newPage();
    await logInThroughPage(page, server.url, server.admin);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([server?.close(), model?.close(), attacker?.close()]);
  });

  describe("settings page", () => {
    it("should refuse LLM mode without a key, with a Japanese message next to the field", async () => {
      await page.goto(`${server.url}${settingsPath()}`);
      await waitForShell(page);
      await page.waitForSelector(".madoguchi-config");
      await page.locator(".madoguchi-mode").getByText("LLM（", { exact: false }).click();
      await page.waitForSelector(".madoguchi-api-key");
      await page.locator(".madoguchi-save button").click();
      await expect(page.locator(".madoguchi-error").first().textContent()).resolves.toContain(
        "API キーが必要です",
      );
      await page.screenshot({ path: join(shots, "settings-errors.png"), fullPage: true });
    });

    it("should save the key only as proxy config and show it as saved", async () => {
      await page.locator(".madoguchi-provider button").first().click();
      await page
        .locator(".madoguchi-provider")
        .getByRole("option", { name: /OpenAI互換/ })
        .click();
      await page.locator(".madoguchi-endpoint input").fill(`${model.url}/v1`);
      await page.locator(".madoguchi-endpoint input").press("Tab");
      await page.locator(".madoguchi-model input").fill("local-model");
      await page.locator(".madoguchi-model input").press("Tab");
      await page.fill(".madoguchi-api-key", SECRET);
      await page.locator(".madoguchi-save button").click();
      await page.waitForSelector(".madoguchi-key-saved");
      await page.screenshot({ path: join(shots, "settings-saved.png"), fullPage: true });
      for (const stage of ["preview", "live"] as const) {
        const stored = getPluginConfig(server.context, {
          appId: Number(app()),
          pluginId: pluginId(),
          stage,
        });
        expect(JSON.stringify(stored)).not.toContain(SECRET);
      }
      const saved = getPluginConfig(server.context, {
        appId: Number(app()),
        pluginId: pluginId(),
        stage: "preview",
      });
      expect(saved).toMatchObject({ mode: "llm", provider: "compatible", model: "local-model" });
      // As in kintone, saved settings reach record pages when the app is updated (deployed).
      await deployAndWait(createAdminClient(server), app());
    });
  });

  describe("record page", () => {
    it("should fall back to the offline draft with a notice when the model fails, the key added by kintone", async () => {
      await page.goto(`${server.url}/k/${app()}/edit`);
      await waitForShell(page);
      await page.fill(
        'textarea[data-code="caller_text"]',
        "マイナンバーカードの暗証番号を忘れました",
      );
      await page.click(".madoguchi-draft-button");
      await page.waitForSelector(".madoguchi-banner");
      expect(await page.textContent(".madoguchi-notice")).toContain("オフライン");
      const calls = model.seen.filter((each) => each.url.includes("/chat/completions"));
      expect(calls.length).toBeGreaterThan(0);
      expect(calls[0]?.headers["authorization"]).toBe(`Bearer ${SECRET}`);
    });

    it("should never let a record page obtain the stored key", async () => {
      const probe = await page.evaluate(probeForSecret, {
        appId: Number(app()),
        pluginId: pluginId(),
        apiUrl: `${model.url}/v1/`,
        attackerUrl: `${attacker.url}/steal`,
        secret: SECRET,
        settingsPath: settingsPath(),
        scriptUrl: `/k/api/plugin-files/${pluginId()}/plugin/js/desktop.js`,
      });
      expect(probe.found).toEqual([]);
      expect(probe.getProxyConfig).toBeNull();
      expect(JSON.stringify(attacker.seen)).not.toContain(SECRET);
      const config = await page.evaluate(
        (id) =>
          (
            window as unknown as {
              kintone: { plugin: { app: { getConfig(id: string): unknown } } };
            }
          ).kintone.plugin.app.getConfig(id),
        pluginId(),
      );
      expect(JSON.stringify(config)).not.toContain(SECRET);
      expect(JSON.stringify(config)).toContain("local-model");
      for (const file of ["desktop.js", "config.js"]) {
        expect(
          readFileSync(join(__dirname, "..", "..", "plugin", "js", file), "utf8"),
        ).not.toContain(SECRET);
      }
      for (const popup of page
        .context()
        .pages()
        .filter((each) => each !== page))
        await popup.close();
    });
  });
});
