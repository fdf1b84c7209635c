import type { AnswerDraftRequest } from "../../src/core/answer";
import { LlmAuthError, LlmCancelledError, LlmProxyError, LlmTimeoutError } from "../../src/errors";
import { buildProxyConfigEntries, createLlmService } from "../../src/llm";
import type { LlmConfig, LlmService } from "../../src/llm";
import {
  createApp,
  deployApp,
  savePlugin,
  updatePreviewSettings,
} from "../../src/local-kintone/store";
import type { TestKintone } from "../helpers/local-kintone";
import { startTestKintone } from "../helpers/local-kintone";
import type { OpenAiTestServer } from "../helpers/openai-test-server";
import {
  hang,
  httpError,
  startOpenAiTestServer,
  transcriptionReply,
} from "../helpers/openai-test-server";
import { buildTestConfig } from "./helpers";
import type { KintonePage } from "./kintone-page-client";
import {
  createPageKintone,
  logIn,
  openPage,
  postFromPage,
  setProxyConfigFromSettingsPage,
} from "./kintone-page-client";

const PLUGIN_ID = "abcdefghijklmnopabcdefghijklmnop";
const OPENAI_KEY = "test-key-proxy-0123456789abcdef";
const AZURE_KEY = "azure-proxy-secret-fedcba9876543210";
const REQUEST: AnswerDraftRequest = {
  messages: [{ role: "user", content: "マイナンバーカードの更新はどこでできますか" }],
  citableIds: ["MN-001"],
  promptVersion: "answer-test-v1",
};

/** Creates an app with the plugin enabled and returns its id (server-side setup). */
function createAppWithPlugin(kintone: TestKintone, name: string): number {
  const context = kintone.context;
  savePlugin(context, {
    id: PLUGIN_ID,
    version: "1",
    manifest: {
      manifest_version: 1,
      version: 1,
      type: "APP",
      name: { en: "madoguchi test", ja: "窓口テスト" },
      icon: "image/icon.png",
    },
    files: new Map(),
  });
  const appId = createApp(context, { name, creator: kintone.admin.username });
  updatePreviewSettings(context, {
    appId,
    user: kintone.admin.username,
    update: (settings) => {
      settings.plugins = [PLUGIN_ID];
    },
  });
  deployApp(context, appId);
  return appId;
}

describe("createKintoneProxyFetch through the local kintone plugin proxy", () => {
  let kintone: TestKintone;
  let server: OpenAiTestServer;
  let openAiAppId: number;
  let azureAppId: number;
  let staffPage: KintonePage;
  let openAiConfig: LlmConfig;

  const proxyService = (page: KintonePage, config: LlmConfig): LlmService =>
    createLlmService({
      config,
      transport: { kind: "kintone-proxy", pluginId: PLUGIN_ID, kintone: createPageKintone(page) },
    });

  beforeAll(async () => {
    [kintone, server] = await Promise.all([startTestKintone(), startOpenAiTestServer()]);
    openAiAppId = createAppWithPlugin(kintone, "FAQ");
    azureAppId = createAppWithPlugin(kintone, "相談記録");
    openAiConfig = buildTestConfig({ baseUrl: server.baseUrl, maxRetries: 0 });
    const azureConfig = buildTestConfig({
      provider: "azure",
      baseUrl: server.url,
      deployment: "gpt-jp",
      apiVersion: "2024-10-21",
      maxRetries: 0,
    });
    // The administrator saves the key on each app's plugin settings page, as the config page will.
    const adminCookie = await logIn(kintone.url, kintone.admin.username, kintone.admin.password);
    for (const [appId, config, key] of [
      [openAiAppId, openAiConfig, OPENAI_KEY],
      [azureAppId, azureConfig, AZURE_KEY],
    ] as const) {
      const settingsPage = await openPage(
        kintone.url,
        adminCookie,
        `/k/admin/app/${appId}/plugin/config?pluginId=${PLUGIN_ID}`,
      );
      for (const entry of buildProxyConfigEntries(config, key))
        await setProxyConfigFromSettingsPage(settingsPage, entry);
    }
    const staffCookie = await logIn(kintone.url, kintone.staff.username, kintone.staff.password);
    staffPage = await openPage(kintone.url, staffCookie, `/k/${openAiAppId}/`);
  });
  afterEach(() => server.reset());
  afterAll(async () => {
    await Promise.all([kintone?.close(), server?.close()]);
  });

  describe("the stored key", () => {
    it("should be added server-side to chat, embeddings and multipart transcription calls", async () => {
      const service = proxyService(staffPage, openAiConfig);
      server.respondWith((request) =>
        request.kind === "transcriptions"
          ? transcriptionReply("更新の手続きを教えてください")
          : undefined,
      );
      const { reply, meta } = await service.draftAnswer(REQUEST, { audience: "staff" });
      await service.embed({ inputs: ["カードの更新"] });
      const transcript = await service.transcribeAudio({
        audio: new Uint8Array([82, 73, 70, 70]),
        filename: "call.wav",
        mimeType: "audio/wav",
        audience: "staff",
      });
      expect(reply.citations).toEqual(["MN-001"]);
      expect(meta.mode).toBe("llm");
      expect(transcript.text).toBe("更新の手続きを教えてください");
      expect(server.requests.map((request) => request.kind)).toEqual([
        "chat",
        "embeddings",
        "transcriptions",
      ]);
      for (const request of server.requests)
        expect(request.headers["authorization"]).toBe(`Bearer ${OPENAI_KEY}`);
      const upload = server.requests[2];
      expect(upload?.multipart?.fields).toMatchObject({ language: "ja" });
      expect([...(upload?.multipart?.files[0]?.bytes ?? [])]).toEqual([82, 73, 70, 70]);
    });

    it("should be added as Azure's api-key header on the deployment URL", async () => {
      const staffCookie = await logIn(kintone.url, kintone.staff.username, kintone.staff.password);
      const page = await openPage(kintone.url, staffCookie, `/k/${azureAppId}/`);
      const config = buildTestConfig({
        provider: "azure",
        baseUrl: server.url,
        deployment: "gpt-jp",
        apiVersion: "2024-10-21",
        maxRetries: 0,
      });
      await proxyService(page, config).draftAnswer(REQUEST, { audience: "citizen" });
      const [request] = server.requests;
      expect(request?.path).toBe("/openai/deployments/gpt-jp/chat/completions");
      expect(request?.query["api-version"]).toBe("2024-10-21");
      expect(request?.headers["api-key"]).toBe(AZURE_KEY);
      expect(request?.headers["authorization"]).toBeUndefined();
    });

    it("should never be readable by a record page", async () => {
      expect(staffPage.html).not.toContain(OPENAI_KEY);
      const adminCookie = await logIn(kintone.url, kintone.admin.username, kintone.admin.password);
      const adminRecordPage = await openPage(kintone.url, adminCookie, `/k/${openAiAppId}/`);
      expect(adminRecordPage.html).not.toContain(OPENAI_KEY);
      for (const page of [staffPage, adminRecordPage]) {
        const read = await postFromPage(page, "/k/api/plugin/proxy-config/read.json", {
          app: openAiAppId,
          pluginId: PLUGIN_ID,
        });
        expect(read.ok).toBe(false);
        expect(await read.text()).not.toContain(OPENAI_KEY);
      }
    });

    it("should not travel in what the proxy hands back to the page", async () => {
      server.respondWith(() => httpError(401, "bad key"));
      const error = await proxyService(staffPage, openAiConfig)
        .draftAnswer(REQUEST, { audience: "citizen" })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LlmAuthError);
      expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).not.toContain(OPENAI_KEY);
    });
  });

  describe("failures on the proxy path", () => {
    it("should map a refusal of the kintone proxy itself to LlmProxyError", async () => {
      const otherPlugin = createPageKintone({ ...staffPage });
      const service = createLlmService({
        config: openAiConfig,
        transport: {
          kind: "kintone-proxy",
          pluginId: "ponmlkjihgfedcbaponmlkjihgfedcba",
          kintone: otherPlugin,
        },
      });
      await expect(service.draftAnswer(REQUEST, { audience: "citizen" })).rejects.toBeInstanceOf(
        LlmProxyError,
      );
      expect(server.requests).toHaveLength(0);
    });

    it("should time out with LlmTimeoutError when the model hangs behind the proxy", async () => {
      server.respondWith(() => hang());
      const config = buildTestConfig({ baseUrl: server.baseUrl, maxRetries: 0, timeoutMs: 1000 });
      await expect(
        proxyService(staffPage, config).draftAnswer(REQUEST, { audience: "citizen" }),
      ).rejects.toBeInstanceOf(LlmTimeoutError);
    });

    it("should cancel at once with LlmCancelledError when the caller aborts", async () => {
      server.respondWith(() => hang());
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 100);
      const started = Date.now();
      const call = proxyService(staffPage, openAiConfig).draftAnswer(REQUEST, {
        audience: "citizen",
        signal: controller.signal,
      });
      await expect(call).rejects.toBeInstanceOf(LlmCancelledError);
      expect(Date.now() - started).toBeLessThan(3000);
    });
  });
});
