import { createLlmServiceFromEnv } from "../../src/llm";
import type { OpenAiTestServer } from "../helpers/openai-test-server";
import { startOpenAiTestServer } from "../helpers/openai-test-server";

const FAQ_WITH_OFFICE_NUMBER = "[MN-050] 市民課（093-582-1234）までお問い合わせください。";

describe("createLlmServiceFromEnv", () => {
  let server: OpenAiTestServer;

  beforeAll(async () => {
    server = await startOpenAiTestServer();
  });
  afterEach(() => server.reset());
  afterAll(() => server.close());

  const draftWith = async (env: NodeJS.ProcessEnv) => {
    const service = createLlmServiceFromEnv({
      OPENAI_BASE_URL: server.baseUrl,
      MADOGUCHI_LLM_MODEL: "m",
      ...env,
    });
    if (!service) throw new Error("no service");
    await service.draftAnswer(
      {
        messages: [{ role: "user", content: FAQ_WITH_OFFICE_NUMBER }],
        citableIds: ["MN-050"],
        promptVersion: "v",
      },
      { audience: "citizen" },
    );
    return server.requests[0]?.raw.toString("utf8") ?? "";
  };

  describe("configuration", () => {
    it("should return null without a model", () => {
      expect(createLlmServiceFromEnv({ OPENAI_API_KEY: "sk-x" })).toBeNull();
    });
  });

  describe("the city's public numbers", () => {
    it("should mask an office number that is not configured as public", async () => {
      expect(await draftWith({})).not.toContain("093-582-1234");
    });

    it("should keep numbers listed in MADOGUCHI_PUBLIC_NUMBERS readable", async () => {
      expect(await draftWith({ MADOGUCHI_PUBLIC_NUMBERS: "093-582-1234, 093-582-0000" })).toContain(
        "093-582-1234",
      );
    });
  });
});
