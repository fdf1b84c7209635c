import { createLlmService } from "../../src/llm";
import type { LlmService } from "../../src/llm";
import type { OpenAiTestServer } from "../helpers/openai-test-server";
import { chatReply, startOpenAiTestServer } from "../helpers/openai-test-server";
import { buildTestConfig } from "./helpers";

const AZURE_KEY = "azure-node-key-0001";

describe("Azure OpenAI request shape (Node path)", () => {
  let server: OpenAiTestServer;
  let service: LlmService;

  beforeAll(async () => {
    server = await startOpenAiTestServer();
    service = createLlmService({
      config: buildTestConfig({
        provider: "azure",
        baseUrl: `${server.url}/`,
        deployment: "gpt-4o-jp",
        apiVersion: "2024-10-21",
        embeddingModel: "embed-jp",
        transcriptionModel: "whisper-jp",
        maxRetries: 0,
      }),
      transport: { kind: "node", apiKey: AZURE_KEY },
    });
  });
  afterEach(() => server.reset());
  afterAll(() => server.close());

  describe("chat completions", () => {
    it("should call the deployment URL with api-version and the api-key header only", async () => {
      server.enqueue(
        chatReply({ answer: "はい。", citations: ["MN-001"], needs_transfer: false, reason: null }),
      );
      const { meta } = await service.draftAnswer(
        {
          messages: [{ role: "user", content: "カードの更新" }],
          citableIds: ["MN-001"],
          promptVersion: "v",
        },
        { audience: "citizen" },
      );
      const [request] = server.requests;
      expect(request?.path).toBe("/openai/deployments/gpt-4o-jp/chat/completions");
      expect(request?.deployment).toBe("gpt-4o-jp");
      expect(request?.query).toEqual({ "api-version": "2024-10-21" });
      expect(request?.headers["api-key"]).toBe(AZURE_KEY);
      expect(request?.headers["authorization"]).toBeUndefined();
      expect(meta).toMatchObject({ provider: "azure", model: "gpt-4o-jp" });
    });
  });

  describe("embeddings and transcription", () => {
    it("should route each to its own deployment", async () => {
      await service.embed({ inputs: ["暗証番号"] });
      await service.transcribeAudio({
        audio: new Uint8Array([1]),
        filename: "a.wav",
        audience: "staff",
      });
      expect(server.requests.map((request) => request.path)).toEqual([
        "/openai/deployments/embed-jp/embeddings",
        "/openai/deployments/whisper-jp/audio/transcriptions",
      ]);
      for (const request of server.requests)
        expect(request.query["api-version"]).toBe("2024-10-21");
    });
  });
});
