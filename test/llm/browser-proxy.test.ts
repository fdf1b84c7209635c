/**
 * The plugin path in a real browser: the model seam, bundled for the browser, runs inside a
 * kintone record page of the local server and reaches the test model only through
 * `kintone.plugin.app.proxy`; the key saved with setProxyConfig on the settings page is added
 * by the server and never readable by the record page.
 */
import type { Browser, Page } from "playwright-core";
import { buildProxyConfigEntries, parseLlmConfig } from "../../src/llm";
import {
  createApp,
  deployApp,
  savePlugin,
  updatePreviewSettings,
} from "../../src/local-kintone/store";
import {
  assertShellBundleBuilt,
  launchBrowser,
  logInThroughPage,
  waitForShell,
} from "../helpers/browser";
import type { TestKintone } from "../helpers/local-kintone";
import { startTestKintone } from "../helpers/local-kintone";
import type { OpenAiTestServer } from "../helpers/openai-test-server";
import { startOpenAiTestServer, transcriptionReply } from "../helpers/openai-test-server";
import { buildProbeBundle } from "./browser/build-probe-bundle";
import { collectReceivedText } from "./pii-cases";

const PLUGIN_ID = "ponmlkjihgfedcbaponmlkjihgfedcba";
const SECRET = "test-key-browser-5a6b7c8d9e0f1a2b";

type KintoneWindow = {
  kintone: {
    plugin: {
      app: {
        setProxyConfig: (
          url: string,
          method: string,
          headers: object,
          data: object,
          done: () => void,
        ) => void;
        getProxyConfig: (url: string, method: string) => unknown;
      };
    };
  };
  madoguchiProbe: (params: {
    pluginId: string;
    rawConfig: Record<string, string>;
  }) => Promise<unknown>;
};

type ProbeResult = {
  draft: { reply: { answer: string; citations: string[] }; meta: { mode: string; model: string } };
  transcript: { text: string };
  vectors: number;
  blockedCode: string | null;
};

describe("the model seam in a real kintone record page (plugin proxy path)", () => {
  let kintone: TestKintone;
  let server: OpenAiTestServer;
  let browser: Browser;
  let probe: string;
  let appId: number;
  let rawConfig: Record<string, string>;

  beforeAll(async () => {
    assertShellBundleBuilt();
    [kintone, server, probe] = await Promise.all([
      startTestKintone(),
      startOpenAiTestServer(),
      buildProbeBundle(),
    ]);
    savePlugin(kintone.context, {
      id: PLUGIN_ID,
      version: "1",
      manifest: {
        manifest_version: 1,
        version: 1,
        type: "APP",
        name: { en: "madoguchi", ja: "窓口" },
        icon: "image/icon.png",
      },
      files: new Map(),
    });
    appId = createApp(kintone.context, { name: "問い合わせ", creator: kintone.admin.username });
    updatePreviewSettings(kintone.context, {
      appId,
      user: kintone.admin.username,
      update: (settings) => {
        settings.plugins = [PLUGIN_ID];
      },
    });
    deployApp(kintone.context, appId);
    rawConfig = {
      provider: "compatible",
      baseUrl: server.baseUrl,
      model: "browser-model",
      maxRetries: "0",
      timeoutMs: "10000",
    };
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([kintone?.close(), server?.close()]);
  });

  const openPage = async (
    user: { username: string; password: string },
    path: string,
  ): Promise<Page> => {
    const context = await browser.newContext({ locale: "ja-JP" });
    const page = await context.newPage();
    await logInThroughPage(page, kintone.url, user);
    await page.goto(`${kintone.url}${path}`);
    await waitForShell(page);
    return page;
  };

  it("should call the model through the proxy with the key added server-side", async () => {
    const parsed = parseLlmConfig(rawConfig);
    if (!parsed.ok) throw new Error("bad config");
    const settings = await openPage(
      kintone.admin,
      `/k/admin/app/${appId}/plugin/config?pluginId=${PLUGIN_ID}`,
    );
    for (const entry of buildProxyConfigEntries(parsed.config, SECRET)) {
      await settings.evaluate(
        (saved) =>
          new Promise<void>((resolve) =>
            (window as unknown as KintoneWindow).kintone.plugin.app.setProxyConfig(
              saved.url,
              saved.method,
              saved.headers,
              saved.data,
              resolve,
            ),
          ),
        entry,
      );
    }

    server.respondWith((request) =>
      request.kind === "transcriptions" ? transcriptionReply("カードの更新について") : undefined,
    );
    const record = await openPage(kintone.staff, `/k/${appId}/`);
    await record.addScriptTag({ content: probe });
    const result = (await record.evaluate(
      (params) => (window as unknown as KintoneWindow).madoguchiProbe(params),
      { pluginId: PLUGIN_ID, rawConfig },
    )) as ProbeResult;

    expect(result.draft.reply.citations).toEqual(["MN-001"]);
    expect(result.draft.meta).toMatchObject({ mode: "llm", model: "browser-model" });
    expect(result.transcript.text).toBe("カードの更新について");
    expect(result.vectors).toBe(1);
    expect(result.blockedCode).toBe("PII_BLOCKED");
    expect(server.requests.map((request) => request.kind)).toEqual([
      "chat",
      "transcriptions",
      "embeddings",
    ]);
    for (const request of server.requests)
      expect(request.headers["authorization"]).toBe(`Bearer ${SECRET}`);
    const received = server.requests.map(collectReceivedText).join("\n");
    expect(received).not.toContain("090-1234-5678");

    const seenByPage = await record.evaluate(
      (url) => (window as unknown as KintoneWindow).kintone.plugin.app.getProxyConfig(url, "POST"),
      `${server.baseUrl}/`,
    );
    expect(seenByPage).toBeNull();
    await expect(record.content()).resolves.not.toContain(SECRET);
    expect(JSON.stringify(result)).not.toContain(SECRET);
  }, 60_000);
});
