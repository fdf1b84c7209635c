import type { KintoneRestAPIClient } from "@kintone/rest-api-client";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import {
  assertShellBundleBuilt,
  launchBrowser,
  logInThroughPage,
  waitForShell,
} from "../helpers/browser";
import { startTestKintone, type TestKintone } from "../helpers/local-kintone";
import { createAdminClient, createInquiryApp, uploadCustomization } from "./setup-app";

// The customization under test, as a city developer would write it (plain JS, no build step).
const DESKTOP_JS = `
(function () {
  "use strict";
  window.__customizationLoaded = true;
  kintone.events.on("app.record.create.show", function (event) {
    var header = kintone.app.record.getHeaderMenuSpaceElement();
    if (!document.getElementById("draft-button")) {
      var button = document.createElement("button");
      button.id = "draft-button";
      button.type = "button";
      button.textContent = "下書きを入れる";
      button.addEventListener("click", function () {
        var current = kintone.app.record.get();
        current.record.title.value = "マイナンバーカードの受け取りについて";
        current.record.count.value = "2";
        kintone.app.record.set(current);
      });
      header.appendChild(button);
    }
    kintone.app.record.getSpaceElement("ai_space").textContent = "AI欄";
    event.record.category.value = "マイナンバーカード";
    return event;
  });
  kintone.events.on("app.record.create.submit", function (event) {
    if (event.record.title.value.indexOf("禁止") !== -1) {
      event.error = "件名に「禁止」は使えません";
    }
    return event;
  });
  kintone.events.on("app.record.create.change.channel", function (event) {
    event.record.count.value = event.changes.field.value === "窓口" ? "10" : "1";
    return event;
  });
})();
`;

describe("local kintone shell: record pages", () => {
  let server: TestKintone;
  let client: KintoneRestAPIClient;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let app: string;

  beforeAll(async () => {
    assertShellBundleBuilt();
    server = await startTestKintone();
    client = createAdminClient(server);
    app = await createInquiryApp(client);
    await uploadCustomization(server, app, { "desktop.js": DESKTOP_JS });
    browser = await launchBrowser();
    context = await browser.newContext({ locale: "ja-JP", viewport: { width: 1100, height: 900 } });
    page = await context.newPage();
    await logInThroughPage(page, server.url, server.admin);
    page.setDefaultTimeout(15_000);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe("login", () => {
    it("should send a logged-out visitor to the login page and refuse a wrong password in Japanese", async () => {
      const visitor = await (await browser.newContext({ locale: "ja-JP" })).newPage();
      await visitor.goto(`${server.url}/k/${app}/`);
      expect(new URL(visitor.url()).pathname).toBe("/login");
      await visitor.fill('input[name="username"]', server.admin.username);
      await visitor.fill('input[name="password"]', "wrong");
      await visitor.click('button[type="submit"]');
      await expect(visitor.textContent("#lk-login-error")).resolves.toContain(
        "ログイン名またはパスワードが正しくありません。",
      );
      await visitor.goto(`${server.url}/k/`);
      expect(new URL(visitor.url()).pathname).toBe("/login");
      await visitor.context().close();
    });

    it("should show the banner and the app list after logging in", async () => {
      await page.goto(`${server.url}/k/`);
      await waitForShell(page);
      await expect(page.textContent(".lk-banner")).resolves.toContain(
        "ローカル開発用サーバー(kintoneではありません)",
      );
      await expect(page.textContent(".lk-app-list")).resolves.toContain("問い合わせ記録");
    });
  });

  describe("customization uploaded by customize-uploader", () => {
    it("should be served on the record page", async () => {
      await page.goto(`${server.url}/k/${app}/`);
      await waitForShell(page);
      await expect(
        page.evaluate(
          () => (window as unknown as { __customizationLoaded?: boolean }).__customizationLoaded,
        ),
      ).resolves.toBe(true);
    });
  });

  describe("create page", () => {
    it("should fill a field from a header button through kintone.app.record.set, save, and list the record", async () => {
      await page.goto(`${server.url}/k/${app}/edit`);
      await waitForShell(page);
      await expect(page.inputValue('select[data-code="category"]')).resolves.toBe(
        "マイナンバーカード",
      );
      await expect(page.textContent("#user-js-ai_space")).resolves.toBe("AI欄");
      await page.click("#draft-button");
      await expect(page.inputValue('input[data-code="title"]')).resolves.toBe(
        "マイナンバーカードの受け取りについて",
      );
      await page.screenshot({
        path: join(mkdtempSync(join(tmpdir(), "madoguchi-shot-")), "create.png"),
        fullPage: true,
      });

      await Promise.all([page.waitForURL(/\/show#record=\d+$/), page.click(".lk-save")]);
      const recordId = Number(new URL(page.url()).hash.replace("#record=", ""));
      await waitForShell(page);
      await expect(page.textContent('[data-code="title"] .lk-value')).resolves.toBe(
        "マイナンバーカードの受け取りについて",
      );
      await expect(page.textContent('.lk-record-meta [data-type="CREATOR"]')).resolves.toContain(
        "Administrator",
      );
      await expect(
        page.textContent('.lk-record-meta [data-type="RECORD_NUMBER"] .lk-value'),
      ).resolves.toBe(String(recordId));

      const saved = await client.record.getRecord({ app, id: recordId });
      expect(saved.record["title"]?.value).toBe("マイナンバーカードの受け取りについて");
      expect(saved.record["count"]?.value).toBe("2");
      expect(saved.record["category"]?.value).toBe("マイナンバーカード");

      await page.goto(`${server.url}/k/${app}/`);
      await waitForShell(page);
      await expect(page.textContent(`tr[data-record-id="${recordId}"]`)).resolves.toContain(
        "マイナンバーカードの受け取りについて",
      );
    });

    it("should block saving and show the message when a create.submit handler sets event.error", async () => {
      const before = await client.record.getRecords({ app, totalCount: true });
      await page.goto(`${server.url}/k/${app}/edit`);
      await waitForShell(page);
      await page.fill('input[data-code="title"]', "禁止ワードを含む件名");
      await page.click(".lk-save");
      await page.waitForSelector("#lk-record-error:not([hidden])");
      await expect(page.textContent("#lk-record-error")).resolves.toBe(
        "件名に「禁止」は使えません",
      );
      expect(new URL(page.url()).pathname).toBe(`/k/${app}/edit`);
      const after = await client.record.getRecords({ app, totalCount: true });
      expect(after.totalCount).toBe(before.totalCount);
    });

    it("should fire a change event and apply the returned value", async () => {
      await page.goto(`${server.url}/k/${app}/edit`);
      await waitForShell(page);
      await page.check('input[type="radio"][value="窓口"]');
      await expect(page.inputValue('input[data-code="count"]')).resolves.toBe("10");
    });

    it("should show the server's field errors when kintone rejects the record", async () => {
      await page.goto(`${server.url}/k/${app}/edit`);
      await waitForShell(page);
      await page.click(".lk-save");
      await page.waitForSelector("#lk-record-error:not([hidden])");
      await expect(page.getAttribute('.lk-field[data-code="title"]', "class")).resolves.toContain(
        "lk-has-error",
      );
    });
  });

  describe("edit page", () => {
    it("should edit through the hash URL: change a field, add a subtable row, attach a file", async () => {
      const { id } = await client.record.addRecord({ app, record: { title: { value: "編集前" } } });
      await page.goto(`${server.url}/k/${app}/show#record=${id}`);
      await waitForShell(page);
      await Promise.all([page.waitForURL(/mode=edit$/), page.click(".lk-edit")]);
      await waitForShell(page);
      await page.fill('input[data-code="title"]', "編集後");
      await page.click('.lk-subtable button[title="行を追加"]');
      await page.locator('.lk-subtable input[data-code="item"]').nth(1).fill("二行目");
      await page.setInputFiles('input[type="file"][data-code="attachment"]', {
        name: "案内.txt",
        mimeType: "text/plain",
        buffer: Buffer.from("マイナンバーカードの受け取り案内"),
      });
      await page.waitForSelector('.lk-field[data-code="attachment"] .lk-file a');
      await Promise.all([
        page.waitForURL(new RegExp(`/show#record=${id}$`)),
        page.click(".lk-save"),
      ]);
      await waitForShell(page);

      const { record } = await client.record.getRecord({ app, id });
      expect(record["title"]?.value).toBe("編集後");
      expect(record["$revision"]?.value).toBe("2");
      const rows = record["items"]?.value as unknown as { value: { item: { value: string } } }[];
      expect(rows.map((row) => row.value.item.value)).toEqual(["", "二行目"]);
      const files = record["attachment"]?.value as { name: string; fileKey: string }[];
      expect(files.map((file) => file.name)).toEqual(["案内.txt"]);
      const link = page.locator('.lk-field[data-code="attachment"] .lk-file a');
      await expect(link.textContent()).resolves.toBe("案内.txt");
      const href = (await link.getAttribute("href")) ?? "";
      const download = await page.evaluate((url) => fetch(url).then((r) => r.text()), href);
      expect(download).toBe("マイナンバーカードの受け取り案内");
    });
  });

  describe("rich text", () => {
    it("should render stored HTML without running any of its scripts", async () => {
      const { id } = await client.record.addRecord({
        app,
        record: {
          title: { value: "リッチテキスト" },
          answer: {
            value:
              '<b>太字</b><img src="x" onerror="window.__xss=1"><script>window.__xss=2</script><a href="javascript:window.__xss=3">リンク</a>',
          },
        },
      });
      await page.goto(`${server.url}/k/${app}/show#record=${id}`);
      await waitForShell(page);
      await page.click('[data-code="answer"] a').catch(() => undefined);
      await expect(
        page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
      ).resolves.toBeUndefined();
      await expect(page.innerHTML('[data-code="answer"] .lk-value')).resolves.toBe(
        "<b>太字</b><a>リンク</a>",
      );
    });
  });
});
