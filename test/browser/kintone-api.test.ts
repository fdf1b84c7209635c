import type { KintoneRestAPIClient } from "@kintone/rest-api-client";
import type { Browser, Page } from "playwright-core";
import {
  assertShellBundleBuilt,
  launchBrowser,
  logInThroughPage,
  waitForShell,
} from "../helpers/browser";
import { startTestKintone, type TestKintone } from "../helpers/local-kintone";
import { startRecorder } from "./secret-probe";
import { createAdminClient, createInquiryApp, uploadCustomization } from "./setup-app";

// Records every event it sees; edit.submit waits on a promise and may reject; success redirects.
const RECORDING_JS = `
(function () {
  "use strict";
  window.__events = [];
  var types = ["app.record.index.show", "app.record.detail.show", "app.record.edit.show", "app.record.edit.submit.success"];
  kintone.events.on(types, function (event) {
    window.__events.push({ type: event.type, recordId: event.recordId || null, title: event.record && event.record.title ? event.record.title.value : null });
    if (event.type === "app.record.edit.submit.success") event.url = "/k/" + kintone.app.getId() + "/?saved=" + event.recordId;
    return event;
  });
  kintone.events.on("app.record.create.show", function (event) {
    event.record.count.disabled = true;
    event.record.count.value = "1";
    return event;
  });
  kintone.events.on("app.record.edit.submit", function (event) {
    return new kintone.Promise(function (resolve, reject) {
      setTimeout(function () {
        if (event.record.title.value === "拒否") reject(new Error("rejected by the customization"));
        else { event.record.count.value = "7"; resolve(event); }
      }, 50);
    });
  });
})();
`;

type PageKintone = {
  api: ((
    path: string,
    method: string,
    params: unknown,
    ok?: (r: unknown) => void,
    ng?: (e: unknown) => void,
  ) => Promise<unknown> | undefined) & {
    url(path: string): string;
    urlForGet(path: string, params: unknown): string;
  };
  proxy: ((url: string, method: string, headers: unknown, data: unknown) => Promise<unknown>) & {
    upload(url: string, method: string, headers: unknown, data: unknown): Promise<unknown>;
  };
  getLoginUser(): { code: string; name: string };
  app: {
    getId(): number | null;
    record: { getId(): number | null; setFieldShown(code: string, shown: boolean): void };
  };
};
type EventLog = { type: string; recordId: number | null; title: string | null }[];

describe("local kintone shell: the kintone JavaScript API", () => {
  let server: TestKintone;
  let client: KintoneRestAPIClient;
  let browser: Browser;
  let page: Page;
  let app: string;
  let recordId: string;

  beforeAll(async () => {
    assertShellBundleBuilt();
    server = await startTestKintone();
    client = createAdminClient(server);
    app = await createInquiryApp(client, "API確認");
    await uploadCustomization(server, app, { "desktop.js": RECORDING_JS });
    ({ id: recordId } = await client.record.addRecord({
      app,
      record: { title: { value: "住民票の写し" } },
    }));
    browser = await launchBrowser();
    page = await (await browser.newContext({ locale: "ja-JP" })).newPage();
    page.setDefaultTimeout(15_000);
    await logInThroughPage(page, server.url, server.staff);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const events = () => page.evaluate(() => (window as unknown as { __events: EventLog }).__events);

  describe("kintone.api", () => {
    it("should call REST through the session, in promise and callback form, with GET override past 4 KB", async () => {
      await page.goto(`${server.url}/k/${app}/`);
      await waitForShell(page);
      const result = await page.evaluate(
        async ({ appId, id }) => {
          const kintone = (window as unknown as { kintone: PageKintone }).kintone;
          const viaPromise = (await kintone.api("/k/v1/record", "GET", { app: appId, id })) as {
            record: { title: { value: string } };
          };
          const viaCallback = await new Promise((resolve) =>
            kintone.api(kintone.api.url("/k/v1/record"), "GET", { app: appId, id }, resolve),
          );
          const longQuery = `title not in (${Array.from({ length: 300 }, (_, i) => `"除外${i}"`).join(", ")})`;
          const long = (await kintone.api("/k/v1/records.json", "GET", {
            app: appId,
            query: longQuery,
          })) as { records: unknown[] };
          const missing = await (
            kintone.api("/k/v1/record.json", "GET", { app: appId, id: 9999 }) as Promise<unknown>
          ).catch((error: unknown) => error);
          return {
            title: viaPromise.record.title.value,
            same: JSON.stringify(viaCallback) === JSON.stringify(viaPromise),
            longCount: long.records.length,
            longUrl: kintone.api.urlForGet("/k/v1/records", { app: appId, query: longQuery })
              .length,
            missing,
            url: kintone.api.url("/k/v1/records"),
            user: kintone.getLoginUser(),
            appId: kintone.app.getId(),
          };
        },
        { appId: Number(app), id: Number(recordId) },
      );
      expect(result.title).toBe("住民票の写し");
      expect(result.same).toBe(true);
      expect(result.longUrl).toBeGreaterThan(4096);
      expect(result.longCount).toBe(1);
      expect(result.missing).toMatchObject({ code: "GAIA_RE01" });
      expect(result.url).toBe(`${server.url}/k/v1/records.json`);
      expect(result.user).toMatchObject({ code: server.staff.username, name: "佐藤 花子" });
      expect(result.appId).toBe(Number(app));
    });
  });

  describe("kintone.proxy", () => {
    it("should make the request from the server and resolve to [body, status, headers]", async () => {
      const target = await startRecorder();
      try {
        const result = await page.evaluate(
          (url) =>
            (window as unknown as { kintone: PageKintone }).kintone.proxy(
              url,
              "POST",
              { "X-Test": "1" },
              { q: "転入届" },
            ),
          `${target.url}/echo`,
        );
        expect(result).toEqual([
          '{"ok":true}',
          200,
          expect.objectContaining({ "content-type": "application/json" }),
        ]);
        expect(target.seen[0]?.headers["x-test"]).toBe("1");
        expect(JSON.parse(target.seen[0]?.body ?? "{}")).toEqual({ q: "転入届" });
        const uploaded = await page.evaluate(
          (url) =>
            (window as unknown as { kintone: PageKintone }).kintone.proxy.upload(
              url,
              "PUT",
              {},
              {
                format: "RAW",
                value: new Blob(["添付の中身"], { type: "text/plain" }),
              },
            ),
          `${target.url}/upload`,
        );
        expect(uploaded).toEqual(['{"ok":true}', 200, expect.any(Object)]);
        expect(target.seen[1]).toMatchObject({ url: "/upload", body: "添付の中身" });
      } finally {
        await target.close();
      }
    });
  });

  describe("field state", () => {
    it("should apply disabled from a show handler and hide a field with setFieldShown", async () => {
      await page.goto(`${server.url}/k/${app}/edit`);
      await waitForShell(page);
      await expect(page.isDisabled('input[data-code="count"]')).resolves.toBe(true);
      await expect(page.inputValue('input[data-code="count"]')).resolves.toBe("1");
      await page.evaluate(() =>
        (window as unknown as { kintone: PageKintone }).kintone.app.record.setFieldShown(
          "count",
          false,
        ),
      );
      await expect(page.isHidden('.lk-field[data-code="count"]')).resolves.toBe(true);
    });
  });

  describe("record events", () => {
    it("should fire detail.show and edit.show with the record and its id", async () => {
      await page.goto(`${server.url}/k/${app}/show#record=${recordId}`);
      await waitForShell(page);
      await expect(
        page.evaluate(() =>
          (window as unknown as { kintone: PageKintone }).kintone.app.record.getId(),
        ),
      ).resolves.toBe(Number(recordId));
      await expect(events()).resolves.toEqual([
        { type: "app.record.detail.show", recordId: Number(recordId), title: "住民票の写し" },
      ]);
      await page.goto(`${server.url}/k/${app}/show#record=${recordId}&mode=edit`);
      await waitForShell(page);
      await expect(events()).resolves.toEqual([
        { type: "app.record.edit.show", recordId: Number(recordId), title: "住民票の写し" },
      ]);
    });

    it("should cancel the save when a submit handler's promise rejects", async () => {
      await page.fill('input[data-code="title"]', "拒否");
      await page.click(".lk-save");
      await page.waitForTimeout(500);
      expect(new URL(page.url()).hash).toBe(`#record=${recordId}&mode=edit`);
      const { record } = await client.record.getRecord({ app, id: recordId });
      expect(record["title"]?.value).toBe("住民票の写し");
    });

    it("should save what a resolved promise returns, then follow event.url from submit.success", async () => {
      await page.fill('input[data-code="title"]', "住民票の写し(更新)");
      await Promise.all([
        page.waitForURL(new RegExp(`/k/${app}/\\?saved=${recordId}$`)),
        page.click(".lk-save"),
      ]);
      const { record } = await client.record.getRecord({ app, id: recordId });
      expect(record["title"]?.value).toBe("住民票の写し(更新)");
      expect(record["count"]?.value).toBe("7");
      expect(record["Modifier"] ?? record["更新者"]).toMatchObject({
        value: { code: server.staff.username },
      });
    });
  });
});
