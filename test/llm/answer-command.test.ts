import { PassThrough, Readable } from "node:stream";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";
import type { OpenAiTestServer } from "../helpers/openai-test-server";
import { startOpenAiTestServer } from "../helpers/openai-test-server";
import { collectReceivedText } from "./pii-cases";

const SAMPLES = join(__dirname, "..", "..", "samples");
const ARGS = [
  "answer",
  "--faq",
  join(SAMPLES, "mynumber-faq.csv"),
  "--departments",
  join(SAMPLES, "departments.csv"),
];

async function runAnswer(lines: string[], env: NodeJS.ProcessEnv, extra: string[] = []) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks: string[] = [];
  stdout.on("data", (chunk: Buffer) => chunks.push(chunk.toString("utf8")));
  const io: CliIo = {
    stdin: Readable.from([`${lines.join("\n")}\n`]),
    stdout,
    stderr,
    env,
    cwd: SAMPLES,
  };
  const code = await main([...ARGS, ...extra], io);
  const results = chunks
    .join("")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { code, results };
}

describe("madoguchi answer with a configured model", () => {
  let server: OpenAiTestServer;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    server = await startOpenAiTestServer();
    env = {
      OPENAI_BASE_URL: server.baseUrl,
      MADOGUCHI_LLM_MODEL: "test-model",
      MADOGUCHI_LLM_MAX_RETRIES: "0",
    };
  });
  afterEach(() => server.reset());
  afterAll(() => server.close());

  describe("answerable questions", () => {
    it("should answer with mode llm and the model's accountability data", async () => {
      const { code, results } = await runAnswer(
        ["マイナンバーカードの暗証番号を忘れてしまいました"],
        env,
      );
      expect(code).toBe(0);
      expect(results[0]).toMatchObject({ action: "answer", mode: "llm" });
      expect(results[0]?.["meta"]).toMatchObject({ provider: "compatible", model: "test-model" });
      expect(server.requests).toHaveLength(1);
    });

    it("should not call the model with --offline", async () => {
      const { results } = await runAnswer(
        ["マイナンバーカードの暗証番号を忘れてしまいました"],
        env,
        ["--offline"],
      );
      expect(results[0]).toMatchObject({ mode: "offline" });
      expect(server.requests).toHaveLength(0);
    });
  });

  describe("personal information", () => {
    it("should send only masked text to the model", async () => {
      await runAnswer(
        ["山田と申します。電話は090-1234-5678です。マイナンバーカードの更新の方法を教えてください"],
        env,
      );
      const received = server.requests.map(collectReceivedText).join("\n");
      expect(received).not.toContain("090-1234-5678");
    });
  });

  describe("model failures", () => {
    it("should fall back to the offline answer, marked as such", async () => {
      server.respondWith(() => ({ status: 500, json: { error: { message: "down" } } }));
      const { code, results } = await runAnswer(
        ["マイナンバーカードの暗証番号を忘れてしまいました"],
        env,
      );
      expect(code).toBe(0);
      expect(results[0]).toMatchObject({ mode: "offline" });
      expect(
        String((results[0]?.["fallback"] as { reason?: string } | undefined)?.reason),
      ).toContain("LLM_SERVER");
    });
  });
});
