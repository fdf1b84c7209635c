import type { KintoneRestAPIClient } from "@kintone/rest-api-client";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import type { SetupResult } from "../../src/kintone";
import { assertShellBundleBuilt, launchBrowser, waitForShell } from "../helpers/browser";
import type { TestKintone } from "../helpers/local-kintone";
import { createAdminClient } from "../browser/setup-app";
import { assertPluginBuilt, makeShotDir, openStaffPage, startDemoKintone } from "./demo-kintone";

const PII_WORDS =
  "国民健康保険のことで電話しました。山田太郎です。電話番号は090-1234-5678、保険証の番号は12345678です";
const FAQ_WORDS = "マイナンバーカードの暗証番号を忘れてしまったんですが、どうすればいいですか";

describe("madoguchi plug-in in the browser (after setup --demo)", () => {
  let server: TestKintone;
  let setup: SetupResult;
  let client: KintoneRestAPIClient;
  let browser: Browser;
  let page: Page;
  const shots = makeShotDir();
  const shot = (name: string) =>
    page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  const open = async (path: string) => {
    await page.goto(`${server.url}${path}`);
    await waitForShell(page);
  };
  /** The input of a field on the local server's record form. */
  const field = (code: string) => `:is(input, textarea, select)[data-code="${code}"]`;
  const readTotal = async () => {
    await open(`/k/${setup.apps.callLog}/`);
    const text = await page.locator('[data-figure="total"] .madoguchi-figure-value').textContent();
    return Number((text ?? "").replace(/[^\d]/g, ""));
  };

  beforeAll(async () => {
    assertShellBundleBuilt();
    assertPluginBuilt();
    ({ server, setup } = await startDemoKintone());
    client = createAdminClient(server);
    browser = await launchBrowser();
    page = await openStaffPage(browser, server);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe("call log", () => {
    let totalBefore = 0;

    it("should show the dashboard with figures and charts", async () => {
      totalBefore = await readTotal();
      expect(totalBefore).toBeGreaterThan(0);
      await expect(
        page.locator(".madoguchi-dashboard svg.madoguchi-chart").count(),
      ).resolves.toBeGreaterThanOrEqual(3);
      await page.locator(".madoguchi-dashboard").screenshot({ path: join(shots, "dashboard.png") });
    });

    it("should draft an answer citing and linking the FAQ record, and save it with a rating", async () => {
      await open(`/k/${setup.apps.callLog}/edit`);
      await page.fill(field("caller_text"), FAQ_WORDS);
      await page.click(".madoguchi-draft-button");
      await page.waitForSelector(".madoguchi-banner");
      await expect(page.locator(".madoguchi-banner").getAttribute("data-tone")).resolves.toBe(
        "answer",
      );
      await expect(page.locator(".madoguchi-meta").getAttribute("data-mode")).resolves.toBe(
        "offline",
      );
      const link = page.locator("a.madoguchi-citation").first();
      const href = (await link.getAttribute("href")) ?? "";
      const match = new RegExp(`^/k/${setup.apps.faq}/show#record=(\\d+)$`).exec(href);
      expect(match).not.toBeNull();
      const cited = await client.record.getRecord({ app: setup.apps.faq, id: match?.[1] ?? "" });
      expect((await link.textContent()) ?? "").toContain(String(cited.record["faq_id"]?.value));
      const draft = await page.inputValue(field("ai_draft"));
      expect(draft).toBe(String(cited.record["answer"]?.value));
      await page.click('.madoguchi-rate[data-rating="👍"]');
      await shot("call-log-answer");
      await Promise.all([page.waitForURL(/show#record=\d+/), page.click(".lk-save")]);
      const id = /record=(\d+)/.exec(page.url())?.[1] ?? "";
      const saved = await client.record.getRecord({ app: setup.apps.callLog, id });
      expect(saved.record["rating"]?.value).toBe("👍");
      expect(saved.record["ai_draft"]?.value).toBe(draft);
      expect(saved.record["citations"]?.value).toBe(cited.record["faq_id"]?.value);
    });

    it("should mask personal information, show what was masked and recommend a transfer", async () => {
      await open(`/k/${setup.apps.callLog}/edit`);
      await page.fill(field("caller_text"), PII_WORDS);
      await page.click(".madoguchi-draft-button");
      await page.waitForSelector(".madoguchi-banner");
      const banner = (await page.textContent(".madoguchi-banner")) ?? "";
      expect(banner).toMatch(/^転送推奨: .+ — 理由: .*個人情報を含む/);
      const masked = await page.locator(".madoguchi-masked").textContent();
      expect(masked).not.toContain("090-1234-5678");
      expect(masked).toContain("［電話番号1］");
      await expect(page.locator("mark.madoguchi-pii").count()).resolves.toBeGreaterThanOrEqual(2);
      await expect(page.inputValue(field("action"))).resolves.toBe("転送");
      await shot("call-log-transfer");
      await Promise.all([page.waitForURL(/show#record=\d+/), page.click(".lk-save")]);
    });

    it("should count the new calls on the dashboard", async () => {
      expect(await readTotal()).toBe(totalBefore + 2);
    });

    it("should not write over a record someone else saved meanwhile", async () => {
      const { id } = await client.record.addRecord({
        app: setup.apps.callLog,
        record: {
          caller_text: { value: FAQ_WORDS },
          started_at: { value: new Date().toISOString().replace(/\.\d+Z$/, "Z") },
        },
      });
      await open(`/k/${setup.apps.callLog}/show#record=${id}&mode=edit`);
      await client.record.updateRecord({
        app: setup.apps.callLog,
        id,
        record: { notes: { value: "別の職員が更新" } },
      });
      await page.click(".madoguchi-draft-button");
      await page.waitForSelector('.madoguchi-status[data-tone="error"]');
      expect(await page.textContent(".madoguchi-status")).toContain("他の人が更新しました");
      expect(await page.inputValue(field("ai_draft"))).toBe("");
    });
  });

  describe("consultation records", () => {
    it("should draft the chosen form from a pasted transcript after staff confirm the preview", async () => {
      await open(`/k/${setup.apps.consultations}/edit`);
      const transcript = [
        "職員: 2026年11月20日、お電話でのご相談ですね。",
        "相談者: 隣の空き家のことです。私は近隣住民で、佐藤と申します。",
        "相談者: 一戸建てで、庭の草木が伸びて道路にはみ出しています。",
        "職員: 所有者に連絡し、現地を確認します。",
      ].join("\n");
      await page.fill(field("transcript"), transcript);
      await page.selectOption(".madoguchi-template", "vacant_house");
      await page.click(".madoguchi-summary-button");
      await page.waitForSelector(".madoguchi-dialog");
      await expect(page.locator(".madoguchi-preview").textContent()).resolves.toContain("近隣住民");
      await shot("consultation-preview");
      await page.click(".madoguchi-dialog-confirm");
      await expect(page.inputValue(field("vh_consultant_relation"))).resolves.toBe("近隣住民");
      await expect(page.inputValue(field("consultation_date"))).resolves.toBe("2026-11-20");
      await shot("consultation-filled");
    });
  });

  describe("FAQ workbench", () => {
    it("should warn about a near-duplicate question and save only when staff say so", async () => {
      await open(`/k/${setup.apps.faq}/edit`);
      await page.fill(field("faq_id"), "MN-900");
      await page.fill(
        field("question"),
        "マイナンバーカードの暗証番号を忘れた場合はどうすればいいですか？",
      );
      await page.fill(field("answer"), "市民課の窓口で再設定できます。");
      await page.click(".lk-save");
      await page.waitForSelector(".madoguchi-dialog");
      expect(await page.textContent(".madoguchi-duplicates")).toMatch(/MN-\d+/);
      await shot("faq-duplicate");
      await page.click(".madoguchi-dialog-cancel");
      expect(page.url()).toContain("/edit");
      await page.click(".lk-save");
      await page.waitForSelector(".madoguchi-dialog");
      await Promise.all([
        page.waitForURL(/show#record=\d+/),
        page.click(".madoguchi-dialog-confirm"),
      ]);
    });

    it("should run the test questions against the current FAQ and list candidates from the call log", async () => {
      await open(`/k/${setup.apps.faq}/`);
      const csv = readFileSync(
        join(__dirname, "..", "..", "samples", "mynumber-questions.csv"),
        "utf8",
      );
      await page.fill(".madoguchi-eval-csv", csv.split("\n").slice(0, 21).join("\n"));
      await page.click(".madoguchi-eval-run");
      await page.waitForSelector(".madoguchi-eval-result table");
      expect(await page.textContent(".madoguchi-eval-result")).toMatch(/\d+%（\d+\/20）/);
      await page.waitForSelector(".madoguchi-candidates li");
      await page
        .locator(".madoguchi-workbench")
        .screenshot({ path: join(shots, "faq-workbench.png") });
    });
  });
});
