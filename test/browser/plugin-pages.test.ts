import type { KintoneRestAPIClient } from "@kintone/rest-api-client";
import type { Browser, BrowserContext, Page } from "playwright-core";
import {
  assertShellBundleBuilt,
  launchBrowser,
  logInThroughPage,
  waitForShell,
} from "../helpers/browser";
import { startTestKintone, type TestKintone } from "../helpers/local-kintone";
import { probeForSecret, startRecorder, type KintoneWindow } from "./secret-probe";
import { PLUGIN_CONFIG_HTML, PLUGIN_CONFIG_JS, PLUGIN_DESKTOP_JS } from "./plugin-fixture";
import {
  createAdminClient,
  createInquiryApp,
  deployAndWait,
  installPlugin,
  packPlugin,
  uploadCustomization,
} from "./setup-app";

// Fictional key; the test proves it never reaches a record page.
const SECRET = "test-key-local-7f3c9a1e5b2d4680";

describe("local kintone shell: plugins", () => {
  let server: TestKintone;
  let client: KintoneRestAPIClient;
  let browser: Browser;
  let admin: BrowserContext;
  let staff: BrowserContext;
  let page: Page;
  let app: string;
  let pluginId: string;
  let api: Awaited<ReturnType<typeof startRecorder>>;
  let attacker: Awaited<ReturnType<typeof startRecorder>>;
  let apiUrl: string;

  beforeAll(async () => {
    assertShellBundleBuilt();
    [server, api, attacker] = await Promise.all([
      startTestKintone(),
      startRecorder(),
      startRecorder(),
    ]);
    apiUrl = `${api.url}/v1/`;
    client = createAdminClient(server);
    app = await createInquiryApp(client, "プラグイン確認");
    await uploadCustomization(server, app, { "desktop.js": "window.__appCustomization = true;" });
    const packed = await packPlugin({
      desktopJs: PLUGIN_DESKTOP_JS,
      configHtml: PLUGIN_CONFIG_HTML,
      configJs: PLUGIN_CONFIG_JS,
    });
    pluginId = await installPlugin(client, app, packed.zip);
    expect(pluginId).toBe(packed.id);
    browser = await launchBrowser();
    admin = await browser.newContext({ locale: "ja-JP" });
    staff = await browser.newContext({ locale: "ja-JP" });
    page = await admin.newPage();
    await logInThroughPage(page, server.url, server.admin);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([server?.close(), api?.close(), attacker?.close()]);
  });

  const settingsUrl = () => `${server.url}/k/admin/app/${app}/plugin/config?pluginId=${pluginId}`;

  describe("settings page", () => {
    it("should load the plugin's config HTML and JS with its $PLUGIN_ID, and save config and proxy config", async () => {
      await page.goto(settingsUrl());
      await waitForShell(page);
      await expect(
        page.evaluate(
          () => (window as unknown as { __settingsPluginId?: string }).__settingsPluginId,
        ),
      ).resolves.toBe(pluginId);
      await page.fill(".js-message", "窓口AIが有効です");
      await page.fill(".js-api-url", apiUrl);
      await page.fill(".js-api-key", SECRET);
      await page.click(".js-save");
      await page.waitForFunction(
        () => (window as unknown as { __saved?: boolean }).__saved === true,
      );
      await deployAndWait(client, app);
    });

    it("should give the stored proxy config back to the settings page itself", async () => {
      await page.goto(settingsUrl());
      await waitForShell(page);
      const stored = await page.evaluate(
        (url) =>
          (window as unknown as KintoneWindow).kintone.plugin.app.getProxyConfig(url, "POST"),
        apiUrl,
      );
      expect(stored).toEqual({
        headers: { Authorization: `Bearer ${SECRET}` },
        data: { api_key: SECRET },
      });
    });

    it("should navigate to the app's plugin list when setConfig has no callback", async () => {
      await page.goto(settingsUrl());
      await waitForShell(page);
      await Promise.all([
        page.waitForURL(`${server.url}/k/admin/app/${app}/plugin/`),
        page.evaluate(() =>
          (window as unknown as KintoneWindow).kintone.plugin.app.setConfig({
            message: "窓口AIが有効です",
            apiUrl: "x",
          }),
        ),
      ]);
      await expect(page.textContent(".lk-app-list")).resolves.toContain("テスト用プラグイン");
      await deployAndWait(client, app);
    });

    it("should refuse an ordinary user", async () => {
      const staffPage = await staff.newPage();
      await logInThroughPage(staffPage, server.url, server.staff);
      const response = await staffPage.goto(settingsUrl());
      expect(response?.status()).toBe(403);
      await expect(staffPage.content()).resolves.not.toContain(SECRET);
    });
  });

  describe("record pages", () => {
    it("should run the plugin's desktop JS with its $PLUGIN_ID, give it getConfig, then the app customization", async () => {
      await page.goto(`${server.url}/k/${app}/`);
      await waitForShell(page);
      await expect(page.textContent("#plugin-message")).resolves.toBe(
        `${pluginId}:窓口AIが有効です`,
      );
      await expect(
        page.evaluate(() => (window as unknown as { __pluginIds: string[] }).__pluginIds),
      ).resolves.toEqual([pluginId]);
      await expect(
        page.evaluate(
          () => (window as unknown as { __appCustomization?: boolean }).__appCustomization,
        ),
      ).resolves.toBe(true);
    });

    it("should merge the stored secret into plugin.app.proxy on the server, over the caller's values", async () => {
      const staffPage = await staff.newPage();
      await staffPage.goto(`${server.url}/k/${app}/`);
      await waitForShell(staffPage);
      const result = await staffPage.evaluate(
        ({ id, url }) =>
          (window as unknown as KintoneWindow).kintone.plugin.app.proxy(
            id,
            `${url}chat`,
            "POST",
            { Authorization: "Bearer caller", "X-Caller": "1" },
            { model: "local", api_key: "caller" },
          ),
        { id: pluginId, url: apiUrl },
      );
      expect(result).toEqual([
        '{"ok":true}',
        200,
        expect.objectContaining({ "content-type": "application/json" }),
      ]);
      const received = api.seen.at(-1);
      expect(received?.url).toBe("/v1/chat");
      expect(received?.headers["authorization"]).toBe(`Bearer ${SECRET}`);
      expect(received?.headers["x-caller"]).toBe("1");
      expect(JSON.parse(received?.body ?? "{}")).toEqual({ model: "local", api_key: SECRET });
    });

    it("should never let a record page's script obtain the stored key, by any route", async () => {
      const customize = await client.app.getAppCustomize({ app });
      const first = customize.desktop.js[0];
      const scriptUrl =
        first?.type === "FILE" ? `/k/v1/file.json?fileKey=${first.file.fileKey}` : "";
      // Run as the administrator: the strongest user, whose session could open the settings page.
      await page.goto(`${server.url}/k/${app}/`);
      await waitForShell(page);
      const probe = await page.evaluate(probeForSecret, {
        appId: Number(app),
        pluginId,
        apiUrl,
        attackerUrl: `${attacker.url}/steal`,
        secret: SECRET,
        settingsPath: `/k/admin/app/${app}/plugin/config?pluginId=${pluginId}`,
        scriptUrl,
      });
      expect(probe.found).toEqual([]);
      expect(probe.getProxyConfig).toBeNull();
      expect(probe.settingsFetchStatus).toBe(403);
      expect(probe.leakedToken).toBeNull();
      expect(probe.readStatuses).toEqual([403, 403]);
      expect(probe.frameReadable).toBe(false);
      expect(probe.popupReadable).toBe(false);
      expect(probe.serviceWorkerRegistered).toBe(false);
      expect(JSON.stringify(attacker.seen)).not.toContain(SECRET);
      expect(attacker.seen).toHaveLength(1);
      for (const popup of admin.pages().filter((each) => each !== page)) await popup.close();
    });
  });
});
