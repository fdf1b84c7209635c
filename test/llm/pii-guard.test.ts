import { maskPii } from "../../src/core/pii";
import { findSummaryTemplate } from "../../src/core/summary";
import { PiiBlockedError } from "../../src/errors";
import { createLlmService } from "../../src/llm";
import type { LlmService } from "../../src/llm";
import type { OpenAiTestServer } from "../helpers/openai-test-server";
import { startOpenAiTestServer, transcriptionReply } from "../helpers/openai-test-server";
import { buildTestConfig } from "./helpers";
import { collectReceivedText, findLeaks, loadPiiCases } from "./pii-cases";

const { cases, sharedCount } = loadPiiCases();
const maskCases = cases.filter((item) => !item.block);
const blockCases = cases.filter((item) => item.block);
const template = findSummaryTemplate("地域包括ケア");

type Operation = {
  name: string;
  /** The user text as this operation sends it (the part that carries the case's values). */
  wrap?: (text: string) => string;
  run: (service: LlmService, text: string) => Promise<unknown>;
};

const wrapTranscript = (text: string) => `相談者: ${text}\n職員: 承知しました。`;

const OPERATIONS: readonly Operation[] = [
  {
    name: "draftAnswer",
    run: (service, text) =>
      service.draftAnswer(
        {
          messages: [
            {
              role: "system",
              content: "次のFAQだけを根拠に答えてください。[MN-001] カードの更新は窓口で行います。",
            },
            { role: "user", content: text },
          ],
          citableIds: ["MN-001"],
          promptVersion: "answer-test-v1",
        },
        { audience: "citizen" },
      ),
  },
  {
    name: "summarizeTranscript",
    wrap: wrapTranscript,
    run: (service, text) => {
      if (!template) throw new Error("template missing");
      return service.summarizeTranscript({
        template,
        transcript: wrapTranscript(text),
        audience: "citizen",
      });
    },
  },
  {
    name: "classifyTriage",
    run: (service, text) => service.classifyTriage({ text, departments: ["市民課", "保険年金課"] }),
  },
  { name: "embed", run: (service, text) => service.embed({ inputs: ["カードの更新", text] }) },
  {
    name: "transcribeAudio",
    run: (service, text) =>
      service.transcribeAudio({
        audio: new Uint8Array([0, 1, 2, 3]),
        filename: `${text.slice(0, 40)}.wav`,
        prompt: text,
        audience: "citizen",
      }),
  },
];

describe("PII guard", () => {
  let server: OpenAiTestServer;
  let service: LlmService;
  const figures: Record<
    string,
    { calls: number; items: number; leaks: number; maskerMisses: number; blocked: number }
  > = {};
  const missesByOperation: Record<string, string[]> = {};

  beforeAll(async () => {
    server = await startOpenAiTestServer();
    service = createLlmService({
      config: buildTestConfig({ baseUrl: server.baseUrl, maxRetries: 0 }),
      transport: { kind: "node", apiKey: "sk-test-guard" },
    });
  });
  afterEach(() => server.reset());
  afterAll(async () => {
    await server.close();
    console.log(
      `PII guard figures (${cases.length} cases, ${sharedCount} from test/fixtures/pii):\n` +
        Object.entries(figures)
          .map(
            ([name, f]) =>
              `  ${name}: ${f.calls} calls, ${f.items} PII items sent through, ${f.leaks} guard leaks, ` +
              `${f.maskerMisses} masker misses, ${f.blocked} block-class calls stopped before sending`,
          )
          .join("\n") +
        Object.entries(missesByOperation)
          .map(([name, misses]) => `\n  masker misses in ${name}:\n    ${misses.join("\n    ")}`)
          .join(""),
    );
  });

  // The guard's promise: nothing the masker finds in what an operation sends ever reaches the
  // model, and block-class findings stop the call. Our own lines must show zero leaks; a value
  // of the shared test set that the masker itself does not find (a recall miss of src/core/pii)
  // is counted and printed as a masker miss instead of failing this test.
  describe.each(OPERATIONS)("$name", ({ name, wrap, run }) => {
    const sentText = (text: string) => (wrap ? wrap(text) : text);

    it("should let nothing the masker finds reach the server (zero leaks on our own lines)", async () => {
      const leaks: string[] = [];
      const maskerMisses: string[] = [];
      let items = 0;
      for (const item of maskCases) {
        server.reset();
        // The transcription endpoint answers with the line itself, so the returned text is checked too.
        server.respondWith((request) =>
          request.kind === "transcriptions" ? transcriptionReply(item.text) : undefined,
        );
        const result = await run(service, item.text);
        items += item.values.length;
        const received = server.requests.map(collectReceivedText).join("\n");
        const returned = name === "transcribeAudio" ? JSON.stringify(result) : "";
        const maskerView = maskPii(sentText(item.text)).masked;
        for (const value of findLeaks(`${received}\n${returned}`, item.values)) {
          const missedByMasker = findLeaks(maskerView, [value]).length > 0;
          if (item.source === "shared" && missedByMasker)
            maskerMisses.push(`${value} ← ${item.text}`);
          else leaks.push(`${value} ← ${item.text}`);
        }
      }
      figures[name] = {
        calls: maskCases.length,
        items,
        leaks: leaks.length,
        maskerMisses: maskerMisses.length,
        blocked: 0,
      };
      if (maskerMisses.length > 0) missesByOperation[name] = maskerMisses;
      expect(leaks).toEqual([]);
    });

    it("should refuse block-class input before anything is sent", async () => {
      let blocked = 0;
      for (const item of blockCases) {
        server.reset();
        if (name === "transcribeAudio") continue;
        if (item.source === "shared" && !maskPii(sentText(item.text)).blocked) {
          const entry = figures[name];
          if (entry) entry.maskerMisses += 1;
          continue;
        }
        await expect(run(service, item.text)).rejects.toBeInstanceOf(PiiBlockedError);
        expect(server.requests).toHaveLength(0);
        blocked += 1;
      }
      const entry = figures[name];
      if (entry) entry.blocked = blocked;
    });
  });

  describe("transcribeAudio results", () => {
    it("should mask a transcript that carries block-class information and report its types", async () => {
      server.enqueue(transcriptionReply("マイナンバーは123456789018です。"));
      const result = await service.transcribeAudio({
        audio: new Uint8Array([9]),
        filename: "a.wav",
        audience: "citizen",
      });
      expect(result.blockedTypes).toContain("my_number");
      expect(result.text).not.toContain("123456789018");
      expect(result.masked).not.toContain("123456789018");
    });

    it("should return the original transcript to staff but keep the masked form apart", async () => {
      server.enqueue(transcriptionReply("電話番号は090-1234-5678です。"));
      const result = await service.transcribeAudio({
        audio: new Uint8Array([9]),
        filename: "a.wav",
        audience: "staff",
      });
      expect(result.text).toBe("電話番号は090-1234-5678です。");
      expect(result.masked).not.toContain("090-1234-5678");
    });
  });
});
