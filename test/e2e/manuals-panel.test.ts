import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import type { SetupResult } from "../../src/kintone";
import { buildProxyConfigEntries, parseLlmConfig } from "../../src/llm";
import { getPluginConfig, setPluginConfig, setProxyConfig } from "../../src/local-kintone/store";
import { assertShellBundleBuilt, launchBrowser, waitForShell } from "../helpers/browser";
import type { TestKintone } from "../helpers/local-kintone";
import type { OpenAiTestServer } from "../helpers/openai-test-server";
import { startOpenAiTestServer } from "../helpers/openai-test-server";
import { chatReply } from "../helpers/openai-test-replies";
import { assertPluginBuilt, makeShotDir, openStaffPage, startDemoKintone } from "./demo-kintone";

// Fictional key: only the local test model server sees it.
const API_KEY = "test-key-manuals-7c21";
const TAXI = "通院のタクシー代は出せますか";
const FOLLOW_UP = "事前の申請は必要ですか";
const NOT_IN_MANUALS = "ペットの飼育費は出せますか";

describe("manual search panel in the 資料 app (after setup --demo)", () => {
  let server: TestKintone;
  let setup: SetupResult;
  let model: OpenAiTestServer;
  let browser: Browser;
  let page: Page;
  const shots = makeShotDir();
  const turn = (n: number) => page.locator(".madoguchi-manual-turn").nth(n);
  const openList = async () => {
    await page.goto(`${server.url}/k/${setup.apps.manuals}/`);
    await waitForShell(page);
    await page.waitForSelector(".madoguchi-manuals .madoguchi-status:has-text('件の資料')");
  };
  const ask = async (question: string, count: number) => {
    await page.fill(".madoguchi-manual-input", question);
    await page.press(".madoguchi-manual-input", "Enter");
    await page.waitForSelector(`.madoguchi-manual-turn >> nth=${count - 1}`);
    return turn(count - 1);
  };

  beforeAll(async () => {
    assertShellBundleBuilt();
    assertPluginBuilt();
    [{ server, setup }, model] = await Promise.all([startDemoKintone(), startOpenAiTestServer()]);
    browser = await launchBrowser();
    page = await openStaffPage(browser, server);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([server?.close(), model?.close()]);
  });

  describe("setup --demo", () => {
    it("should have uploaded and indexed every sample manual", () => {
      expect(setup.manuals.samples?.added).toBe(10);
      expect(setup.manuals.reports.map((report) => report.status)).toEqual(
        new Array(10).fill("indexed"),
      );
    });
  });

  describe("offline", () => {
    it("should answer from the manuals with highlights, citations and a link to the page", async () => {
      await openList();
      await expect(page.locator(".madoguchi-manual-index-notice").count()).resolves.toBe(0);
      const first = await ask(TAXI, 1);
      await expect(first.getAttribute("data-mode")).resolves.toBe("offline");
      const answer = (await first.locator(".madoguchi-manual-answer-text").textContent()) ?? "";
      expect(answer).toMatch(/［1］/);
      expect(await first.locator("mark.madoguchi-hit").count()).toBeGreaterThan(0);
      const marked = await first.locator("mark.madoguchi-hit").allTextContents();
      expect(marked.some((text) => /タクシー|通院/.test(text))).toBe(true);
      const passage = first.locator(".madoguchi-manual-passage").first();
      await expect(passage.getAttribute("data-doc")).resolves.toMatch(/03-iryou-fujo\.pdf$/);
      await expect(passage.locator(".madoguchi-manual-location").textContent()).resolves.toMatch(
        /^p\.4 > 4\. 通院移送費/,
      );
      const file = passage.locator("a.madoguchi-manual-file");
      await expect(file.getAttribute("data-page")).resolves.toBe("4");
      await expect(file.getAttribute("href")).resolves.toMatch(/file\.json\?fileKey=.+#page=4$/);
      const record = passage.locator("a.madoguchi-manual-record");
      await expect(record.textContent()).resolves.toBe("医療扶助の事務");
      await expect(record.getAttribute("href")).resolves.toMatch(
        new RegExp(`^/k/${setup.apps.manuals}/show#record=\\d+$`),
      );
    });

    it("should understand a follow-up in the context of the earlier question", async () => {
      const second = await ask(FOLLOW_UP, 2);
      await expect(second.locator(".madoguchi-manual-context").textContent()).resolves.toContain(
        "通院",
      );
      const passage = second.locator(".madoguchi-manual-passage").first();
      await expect(passage.getAttribute("data-doc")).resolves.toMatch(/03-iryou-fujo\.pdf$/);
      await expect(passage.locator(".madoguchi-manual-location").textContent()).resolves.toContain(
        "申請",
      );
      await page
        .locator(".madoguchi-manuals")
        .screenshot({ path: join(shots, "manuals-panel.png") });
    });

    it("should say when the manuals do not cover a question and list the closest documents", async () => {
      const third = await ask(NOT_IN_MANUALS, 3);
      await expect(
        third.locator(".madoguchi-manual-not-found-message").textContent(),
      ).resolves.toBe("資料に該当する記載が見つかりませんでした。");
      await expect(third.locator(".madoguchi-manual-context").count()).resolves.toBe(0);
      await expect(third.locator(".madoguchi-manual-passage").count()).resolves.toBe(0);
      const closest = third.locator(".madoguchi-manual-closest a.madoguchi-manual-record");
      expect(await closest.count()).toBeGreaterThan(0);
    });

    it("should start over with 「新しい質問」", async () => {
      await page.click(".madoguchi-manual-reset");
      await expect(page.locator(".madoguchi-manual-turn").count()).resolves.toBe(0);
      const fresh = await ask(FOLLOW_UP, 1);
      await expect(fresh.locator(".madoguchi-manual-context").count()).resolves.toBe(0);
    });
  });

  describe("LLM mode (local OpenAI-compatible server through the plug-in proxy)", () => {
    beforeAll(async () => {
      const appId = Number(setup.apps.manuals);
      const pluginId = setup.plugin.pluginId ?? "";
      const current = getPluginConfig(server.context, { appId, pluginId, stage: "live" });
      const llm = { provider: "compatible", baseUrl: model.baseUrl, model: "local-model" };
      setPluginConfig(server.context, {
        appId,
        pluginId,
        config: { ...current, mode: "llm", ...llm, deployment: "", apiVersion: "" },
        deploy: true,
      });
      const parsed = parseLlmConfig(llm);
      if (!parsed.ok) throw new Error("test LLM config rejected");
      for (const entry of buildProxyConfigEntries(parsed.config, API_KEY)) {
        setProxyConfig(server.context, { appId, pluginId, ...entry });
      }
    });

    it("should show the model's answer citing the passages it was given", async () => {
      model.reset();
      model.enqueue(
        chatReply({
          answer: "タクシーは、歩行が困難で医師が必要と認めた場合に限って利用できます。[C1]",
          citations: ["C1"],
          needs_transfer: false,
          reason: null,
        }),
      );
      await openList();
      const first = await ask(TAXI, 1);
      await expect(first.getAttribute("data-mode")).resolves.toBe("llm");
      const answer = (await first.locator(".madoguchi-manual-answer-text").textContent()) ?? "";
      expect(answer).toBe(
        "タクシーは、歩行が困難で医師が必要と認めた場合に限って利用できます。［1］",
      );
      await expect(first.locator(".madoguchi-manual-passage").count()).resolves.toBeGreaterThan(0);
      const calls = model.requests.filter((request) => request.kind === "chat");
      expect(calls).toHaveLength(1);
      expect(calls[0]?.headers["authorization"]).toBe(`Bearer ${API_KEY}`);
      expect(JSON.stringify(calls[0]?.json)).toContain("[C1]");
    });

    it("should reject an answer that cites nothing and show the passages with the reason", async () => {
      model.enqueue(
        chatReply({
          answer: "タクシー代はいつでも出せます。",
          citations: ["C1"],
          needs_transfer: false,
          reason: null,
        }),
      );
      await page.click(".madoguchi-manual-reset");
      const rejected = await ask(TAXI, 1);
      await expect(
        rejected.locator(".madoguchi-manual-fallback").getAttribute("data-reason"),
      ).resolves.toBe("uncited");
      const answer = (await rejected.locator(".madoguchi-manual-answer-text").textContent()) ?? "";
      expect(answer).not.toContain("いつでも出せます");
      expect(answer).toMatch(/［1］/);
      await expect(rejected.getAttribute("data-mode")).resolves.toBe("offline");
      await expect(rejected.locator(".madoguchi-manual-passage").count()).resolves.toBeGreaterThan(
        0,
      );
    });

    it("should fall back to the offline result with a notice when the model fails", async () => {
      model.enqueue({
        status: 400,
        json: { error: { message: "bad model", type: "invalid_request_error" } },
      });
      await page.click(".madoguchi-manual-reset");
      const failed = await ask(TAXI, 1);
      await expect(
        failed.locator(".madoguchi-manual-fallback").getAttribute("data-reason"),
      ).resolves.toBe("model_error");
      await expect(failed.locator(".madoguchi-manual-answer-text").textContent()).resolves.toMatch(
        /［1］/,
      );
    });
  });
});
