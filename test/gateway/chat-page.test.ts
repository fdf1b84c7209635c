import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../helpers/browser";
import type { TestGateway } from "./gateway-fixture";
import { startTestGateway } from "./gateway-fixture";

describe("gateway chat page in Chromium", () => {
  let gateway: TestGateway;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    gateway = await startTestGateway({});
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await page.goto(`${gateway.url}/chat`);
  });

  afterAll(async () => {
    await browser?.close();
    await gateway.close(100);
  });

  async function ask(text: string): Promise<void> {
    const before = await page.locator("li.mg-ai").count();
    await page.getByLabel("ご質問").fill(text);
    await page.getByRole("button", { name: /送信/ }).click();
    await page.locator("li.mg-ai").nth(before).waitFor();
  }

  it("should show the AI notice and a labelled question box", async () => {
    await expect(page.getByRole("note").textContent()).resolves.toContain(
      "回答はAIが作成しています",
    );
    await expect(page.getByLabel("ご質問").count()).resolves.toBe(1);
  });

  it("should show an answer with its source FAQ", async () => {
    await ask("マイナンバーカードの暗証番号を忘れました");
    const answer = page.locator("li.mg-ai").last();
    await expect(answer.getAttribute("data-action")).resolves.toBe("answer");
    await expect(answer.locator(".mg-sources").textContent()).resolves.toMatch(/出典FAQ: MN-\d+/);
  });

  it("should insert markup as text, never as HTML", async () => {
    await ask('<img src=x onerror="window.__pwned=1">住民票はコンビニで取れますか');
    await expect(
      page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).resolves.toBeUndefined();
    await expect(page.locator("li.mg-you img").count()).resolves.toBe(0);
    await expect(page.locator("li.mg-you").last().textContent()).resolves.toContain("<img");
  });

  it("should show the department and its phone on a transfer, and say what was masked", async () => {
    await ask("私のマイナンバーは1234 5678 9012です");
    const reply = page.locator("li.mg-ai").last();
    await expect(reply.locator(".mg-transfer").textContent()).resolves.toContain(
      "市民課(内線1101)",
    );
    await expect(reply.locator(".mg-transfer a").getAttribute("href")).resolves.toBe(
      "tel:+81930000101",
    );
    await expect(reply.locator(".mg-masked").count()).resolves.toBe(1);
  });

  it("should show the emergency numbers prominently as an alert", async () => {
    await ask("もう死にたいです");
    const alert = page.locator("li.mg-ai").last().getByRole("alert");
    await expect(alert.textContent()).resolves.toContain("いのちの電話");
    await expect(alert.locator('a[href="tel:119"]').count()).resolves.toBe(1);
  });

  it("should run without script errors under the page's CSP", () => {
    expect(errors).toEqual([]);
  });
});
