import { parseLlmConfig } from "./parse-llm-config";
import { buildProxyConfigEntries, proxyUrlPrefix } from "./proxy-config";

function configOf(raw: Record<string, unknown>) {
  const parsed = parseLlmConfig(raw);
  if (!parsed.ok) throw new Error("bad config");
  return parsed.config;
}

describe("buildProxyConfigEntries", () => {
  describe("OpenAI and compatible endpoints", () => {
    it("should store a Bearer header for every POST under the base URL", () => {
      const entries = buildProxyConfigEntries(configOf({ model: "gpt-4.1-mini" }), "sk-secret");
      expect(entries).toEqual([
        {
          url: "https://api.openai.com/v1/",
          method: "POST",
          headers: { Authorization: "Bearer sk-secret" },
          data: {},
        },
      ]);
    });
  });

  describe("Azure OpenAI", () => {
    it("should store the api-key header for every deployment of the resource", () => {
      const config = configOf({
        provider: "azure",
        baseUrl: "https://city.openai.azure.com/",
        deployment: "d",
        apiVersion: "2024-10-21",
      });
      const [entry] = buildProxyConfigEntries(config, "az-secret");
      expect(entry?.url).toBe("https://city.openai.azure.com/openai/");
      expect(entry?.headers).toEqual({ "api-key": "az-secret" });
    });
  });

  describe("what is never stored", () => {
    it("should not store Content-Type, which would override multipart uploads", () => {
      const [entry] = buildProxyConfigEntries(configOf({ model: "m" }), "k");
      expect(Object.keys(entry?.headers ?? {}).map((name) => name.toLowerCase())).not.toContain(
        "content-type",
      );
    });
  });

  describe("proxyUrlPrefix", () => {
    it("should be a prefix of the URLs the SDK calls", () => {
      const config = configOf({
        provider: "compatible",
        baseUrl: "http://localhost:8000/v1",
        model: "m",
      });
      expect(`${config.baseUrl}/chat/completions`.startsWith(proxyUrlPrefix(config))).toBe(true);
    });
  });
});
