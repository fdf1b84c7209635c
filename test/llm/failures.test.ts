import type { AnswerDraftRequest } from "../../src/core/answer";
import {
  LlmAuthError,
  LlmBadRequestError,
  LlmBadResponseError,
  LlmCancelledError,
  LlmRateLimitError,
  LlmServerError,
  LlmTimeoutError,
  LlmUnreachableError,
} from "../../src/errors";
import { createLlmService } from "../../src/llm";
import type { LlmService } from "../../src/llm";
import type { OpenAiTestServer } from "../helpers/openai-test-server";
import {
  chatReply,
  hang,
  httpError,
  malformedBody,
  rateLimited,
  startOpenAiTestServer,
} from "../helpers/openai-test-server";
import { buildTestConfig } from "./helpers";

const REQUEST: AnswerDraftRequest = {
  messages: [{ role: "user", content: "カードの暗証番号を忘れました" }],
  citableIds: ["MN-020"],
  promptVersion: "answer-test-v1",
};

describe("llm failure handling", () => {
  let server: OpenAiTestServer;
  const serviceWith = (overrides: Record<string, unknown>): LlmService =>
    createLlmService({
      config: buildTestConfig({ baseUrl: server.baseUrl, ...overrides }),
      transport: { kind: "node", apiKey: "sk-test" },
    });
  const draft = (service: LlmService, signal?: AbortSignal) =>
    service.draftAnswer(REQUEST, { audience: "citizen", ...(signal ? { signal } : {}) });

  beforeAll(async () => {
    server = await startOpenAiTestServer();
  });
  afterEach(() => server.reset());
  afterAll(() => server.close());

  describe("timeouts", () => {
    it("should raise LlmTimeoutError after the SDK's own retries", async () => {
      server.respondWith(() => hang());
      const error = await draft(serviceWith({ timeoutMs: 1000, maxRetries: 1 })).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(LlmTimeoutError);
      expect((error as LlmTimeoutError).message).toContain("1 秒以内");
      expect(server.requests).toHaveLength(2);
    });
  });

  describe("rate limits", () => {
    it("should succeed when a 429 is followed by a success (SDK retry honouring retry-after-ms)", async () => {
      server.enqueue(
        rateLimited(10),
        chatReply({
          answer: "再設定できます。",
          citations: ["MN-020"],
          needs_transfer: false,
          reason: null,
        }),
      );
      const { reply } = await draft(serviceWith({ maxRetries: 2 }));
      expect(reply.answer).toBe("再設定できます。");
      expect(server.requests).toHaveLength(2);
    });

    it("should raise LlmRateLimitError when retries are exhausted", async () => {
      server.respondWith(() => rateLimited(10));
      const error = await draft(serviceWith({ maxRetries: 1 })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LlmRateLimitError);
      expect((error as LlmRateLimitError).status).toBe(429);
      expect(server.requests).toHaveLength(2);
    });
  });

  describe("HTTP errors", () => {
    it.each([
      [500, "LlmServerError", LlmServerError, 2],
      [503, "LlmServerError", LlmServerError, 2],
      [401, "LlmAuthError", LlmAuthError, 1],
      [403, "LlmAuthError", LlmAuthError, 1],
      [404, "LlmBadRequestError", LlmBadRequestError, 1],
      [400, "LlmBadRequestError", LlmBadRequestError, 1],
    ])(
      "should map HTTP %i to %s after %i request(s)",
      async (status, _name, errorClass, attempts) => {
        server.respondWith(() => httpError(status));
        const error = await draft(serviceWith({ maxRetries: 1 })).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(errorClass);
        expect(server.requests).toHaveLength(attempts);
      },
    );

    it("should raise LlmUnreachableError when nothing listens at the URL", async () => {
      const closed = await startOpenAiTestServer();
      const baseUrl = closed.baseUrl;
      await closed.close();
      const service = createLlmService({
        config: buildTestConfig({ baseUrl, maxRetries: 0 }),
        transport: { kind: "node", apiKey: "sk-test" },
      });
      await expect(draft(service)).rejects.toBeInstanceOf(LlmUnreachableError);
    });
  });

  describe("bad responses", () => {
    it.each([
      ["a body that is not JSON", malformedBody()],
      ["content that is not JSON", chatReply("はい、再設定できます。")],
      ["JSON that misses schema fields", chatReply({ answer: "再設定できます。" })],
      [
        "JSON with a wrong type",
        chatReply({ answer: 1, citations: ["MN-020"], needs_transfer: false, reason: null }),
      ],
      [
        "a citation outside the retrieved set",
        chatReply({
          answer: "再設定できます。",
          citations: ["MN-999"],
          needs_transfer: false,
          reason: null,
        }),
      ],
      [
        "an empty answer",
        chatReply({ answer: " ", citations: ["MN-020"], needs_transfer: false, reason: null }),
      ],
      [
        "an answer without citations",
        chatReply({
          answer: "再設定できます。",
          citations: [],
          needs_transfer: false,
          reason: null,
        }),
      ],
      ["empty content", chatReply("")],
    ])("should raise LlmBadResponseError for %s", async (_label, reply) => {
      server.enqueue(reply);
      await expect(draft(serviceWith({ maxRetries: 0 }))).rejects.toBeInstanceOf(
        LlmBadResponseError,
      );
    });

    it("should accept a transfer request with an empty answer", async () => {
      server.enqueue(
        chatReply({ answer: "", citations: [], needs_transfer: true, reason: "personal_status" }),
      );
      const { reply } = await draft(serviceWith({ maxRetries: 0 }));
      expect(reply).toMatchObject({ needsTransfer: true, reason: "personal_status" });
    });
  });

  describe("cancellation", () => {
    it("should raise LlmCancelledError when the caller aborts", async () => {
      server.respondWith(() => hang());
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 100);
      const started = Date.now();
      const error = await draft(serviceWith({ maxRetries: 2 }), controller.signal).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(LlmCancelledError);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(server.requests).toHaveLength(1);
    });
  });
});
