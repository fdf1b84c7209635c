import { findSummaryTemplate } from "../../src/core/summary";
import { createLlmService } from "../../src/llm";
import type { LlmService } from "../../src/llm";
import type { OpenAiTestServer } from "../helpers/openai-test-server";
import {
  chatReply,
  startOpenAiTestServer,
  transcriptionReply,
} from "../helpers/openai-test-server";
import { buildTestConfig } from "./helpers";

const API_KEY = "sk-test-node-path";

describe("llm operations (Node path)", () => {
  let server: OpenAiTestServer;
  let service: LlmService;

  beforeAll(async () => {
    server = await startOpenAiTestServer();
    service = createLlmService({
      config: buildTestConfig({ baseUrl: server.baseUrl, maxRetries: 0 }),
      transport: { kind: "node", apiKey: API_KEY },
    });
  });
  afterEach(() => server.reset());
  afterAll(() => server.close());

  describe("draftAnswer", () => {
    it("should send a strict json_schema request and return the grounded reply with meta", async () => {
      server.enqueue(
        chatReply({
          answer: "窓口で再発行できます。",
          citations: ["MN-010"],
          needs_transfer: false,
          reason: null,
        }),
      );
      const { reply, meta } = await service.draftAnswer(
        {
          messages: [
            { role: "system", content: "FAQ: [MN-010] カードの再発行 …" },
            { role: "user", content: "カードをなくしました" },
          ],
          citableIds: ["MN-010", "MN-011"],
          promptVersion: "answer-test-v1",
        },
        { audience: "citizen" },
      );
      expect(reply).toEqual({
        answer: "窓口で再発行できます。",
        citations: ["MN-010"],
        needsTransfer: false,
        reason: null,
      });
      expect(meta).toMatchObject({
        mode: "llm",
        provider: "compatible",
        model: "test-model",
        promptVersion: "answer-test-v1",
      });
      expect(meta.usage?.promptTokens).toBe(42);
      expect(meta.latencyMs).toBeGreaterThanOrEqual(0);
      const [request] = server.requests;
      expect(request?.path).toBe("/v1/chat/completions");
      expect(request?.headers["authorization"]).toBe(`Bearer ${API_KEY}`);
      const body = request?.json as {
        response_format: {
          type: string;
          json_schema: {
            strict: boolean;
            schema: { properties: { citations: { items: { enum: string[] } } } };
          };
        };
      };
      expect(body.response_format.type).toBe("json_schema");
      expect(body.response_format.json_schema.strict).toBe(true);
      expect(body.response_format.json_schema.schema.properties.citations.items.enum).toEqual([
        "MN-010",
        "MN-011",
      ]);
    });
  });

  describe("draftAnswer from a server that ignores the schema", () => {
    it("should accept the prompt's camelCase needsTransfer", async () => {
      server.enqueue(
        chatReply({ answer: "", citations: [], needsTransfer: true, reason: "personal_status" }),
      );
      const { reply } = await service.draftAnswer(
        {
          messages: [{ role: "user", content: "私のカードはもうできていますか" }],
          citableIds: ["MN-010"],
          promptVersion: "v",
        },
        { audience: "citizen" },
      );
      expect(reply.needsTransfer).toBe(true);
    });
  });

  describe("summarizeTranscript", () => {
    it("should send the schema generated from the template and return a checked record", async () => {
      const template = findSummaryTemplate("空き家");
      if (!template) throw new Error("template missing");
      const { record, check, meta, templateId } = await service.summarizeTranscript({
        template,
        transcript: "職員: 空き家のご相談ですね。相談者: 実家が3年空いていて、屋根が傷んでいます。",
        audience: "staff",
      });
      expect(templateId).toBe("vacant_house");
      expect(Object.keys(record).sort()).toEqual(template.fields.map((field) => field.code).sort());
      expect(check.violations).toEqual([]);
      expect(meta.promptVersion).toMatch(/^summary-/);
      const body = server.requests[0]?.json as {
        response_format: { json_schema: { name: string; schema: { required: string[] } } };
      };
      expect(body.response_format.json_schema.name).toBe("record_vacant_house");
      expect(body.response_format.json_schema.schema.required).toContain("consultation_summary");
    });
  });

  describe("classifyTriage", () => {
    it("should constrain the department to the given names", async () => {
      server.enqueue(
        chatReply({
          action: "transfer",
          reason: "other_department",
          department: "税務課",
          evidence: "住民税",
        }),
      );
      const suggestion = await service.classifyTriage({
        text: "住民税の額を知りたい",
        departments: ["市民課", "税務課"],
      });
      expect(suggestion).toMatchObject({
        action: "transfer",
        reason: "other_department",
        department: "税務課",
      });
      const body = server.requests[0]?.json as {
        response_format: {
          json_schema: { schema: { properties: { department: { enum: unknown[] } } } };
        };
      };
      expect(body.response_format.json_schema.schema.properties.department.enum).toEqual([
        "市民課",
        "税務課",
        null,
      ]);
    });
  });

  describe("transcribeAudio", () => {
    it("should upload the audio as multipart with language ja", async () => {
      server.enqueue(transcriptionReply("マイナンバーカードの更新について教えてください。"));
      const audio = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
      const result = await service.transcribeAudio({
        audio,
        filename: "call.wav",
        mimeType: "audio/wav",
        audience: "staff",
      });
      expect(result.text).toBe("マイナンバーカードの更新について教えてください。");
      expect(result.blockedTypes).toEqual([]);
      const request = server.requests[0];
      expect(request?.path).toBe("/v1/audio/transcriptions");
      expect(request?.multipart?.files[0]?.filename).toBe("audio.wav");
      expect(request?.multipart?.fields).toMatchObject({
        language: "ja",
        model: "gpt-4o-mini-transcribe",
      });
      expect([...(request?.multipart?.files[0]?.bytes ?? [])]).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    });
  });

  describe("embed", () => {
    it("should return one vector per input in input order", async () => {
      const { vectors, meta } = await service.embed({
        inputs: ["暗証番号を忘れた", "カードの更新"],
      });
      expect(vectors).toHaveLength(2);
      expect(vectors[0]).not.toEqual(vectors[1]);
      expect(meta.model).toBe("text-embedding-3-small");
      expect((server.requests[0]?.json as { input: string[] }).input).toEqual([
        "暗証番号を忘れた",
        "カードの更新",
      ]);
    });
  });
});
