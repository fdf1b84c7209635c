import { describeLlmConfigErrors, parseLlmConfig } from "./parse-llm-config";

describe("parseLlmConfig", () => {
  describe("valid settings", () => {
    it("should apply defaults for OpenAI", () => {
      const result = parseLlmConfig({ model: "gpt-4.1-mini" });
      expect(result).toEqual({
        ok: true,
        config: {
          provider: "openai",
          baseUrl: "https://api.openai.com/v1",
          model: "gpt-4.1-mini",
          deployment: null,
          apiVersion: null,
          embeddingModel: "text-embedding-3-small",
          transcriptionModel: "gpt-4o-mini-transcribe",
          timeoutMs: 30000,
          maxRetries: 2,
        },
      });
    });

    it("should accept numbers given as strings, as kintone plugin config stores them", () => {
      const result = parseLlmConfig({ model: "m", timeoutMs: "45000", maxRetries: "0" });
      expect(result.ok && result.config.timeoutMs).toBe(45000);
      expect(result.ok && result.config.maxRetries).toBe(0);
    });

    it.each([
      ["http://localhost:11434/v1", "http://localhost:11434/v1"],
      ["http://127.0.0.1:8000/v1/", "http://127.0.0.1:8000/v1"],
      ["http://[::1]:8080/v1", "http://[::1]:8080/v1"],
      ["https://llm.city.example.jp/v1", "https://llm.city.example.jp/v1"],
    ])("should accept the compatible endpoint %s", (baseUrl, expected) => {
      const result = parseLlmConfig({ provider: "compatible", baseUrl, model: "qwen2.5:7b" });
      expect(result.ok && result.config.baseUrl).toBe(expected);
    });

    it("should use the Azure deployment as the model label when no model is given", () => {
      const result = parseLlmConfig({
        provider: "azure",
        baseUrl: "https://city-ai.openai.azure.com/",
        deployment: "gpt-4o-jp",
        apiVersion: "2024-10-21",
      });
      expect(result.ok && result.config).toMatchObject({
        model: "gpt-4o-jp",
        deployment: "gpt-4o-jp",
        apiVersion: "2024-10-21",
      });
    });
  });

  describe("invalid settings", () => {
    it.each([
      [{}, "model", "E_LLM_CONFIG_MODEL_MISSING"],
      [{ model: "m", provider: "anthropic" }, "provider", "E_LLM_CONFIG_PROVIDER_INVALID"],
      [{ model: "m", baseUrl: "not a url" }, "baseUrl", "E_LLM_CONFIG_URL_INVALID"],
      [{ model: "m", baseUrl: "ftp://example.jp/v1" }, "baseUrl", "E_LLM_CONFIG_URL_INVALID"],
      [
        { model: "m", baseUrl: "https://user:pw@example.jp/v1" },
        "baseUrl",
        "E_LLM_CONFIG_URL_INVALID",
      ],
      [{ model: "m", baseUrl: "http://llm.example.jp/v1" }, "baseUrl", "E_LLM_CONFIG_URL_INSECURE"],
      [
        { model: "m", baseUrl: "http://192.168.1.10:8000/v1" },
        "baseUrl",
        "E_LLM_CONFIG_URL_INSECURE",
      ],
      [{ model: "m", provider: "compatible" }, "baseUrl", "E_LLM_CONFIG_BASE_URL_MISSING"],
      [
        { provider: "azure", baseUrl: "https://a.openai.azure.com", apiVersion: "2024-10-21" },
        "deployment",
        "E_LLM_CONFIG_AZURE_DEPLOYMENT_MISSING",
      ],
      [
        { provider: "azure", baseUrl: "https://a.openai.azure.com", deployment: "d" },
        "apiVersion",
        "E_LLM_CONFIG_AZURE_API_VERSION_MISSING",
      ],
      [{ model: "m", timeoutMs: "30秒" }, "timeoutMs", "E_LLM_CONFIG_TIMEOUT_INVALID"],
      [{ model: "m", timeoutMs: 10 }, "timeoutMs", "E_LLM_CONFIG_TIMEOUT_INVALID"],
      [{ model: "m", maxRetries: 9 }, "maxRetries", "E_LLM_CONFIG_RETRIES_INVALID"],
      [{ model: "bad model name" }, "model", "E_LLM_CONFIG_NAME_INVALID"],
    ])("should report %j as a %s error", (raw, field, key) => {
      const result = parseLlmConfig(raw);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.errors).toContainEqual({ field, key });
    });

    it("should describe each field's first problem in the chosen language", () => {
      const result = parseLlmConfig({ provider: "azure", baseUrl: "http://example.jp" });
      if (result.ok) throw new Error("expected errors");
      const ja = describeLlmConfigErrors(result.errors, "ja");
      expect(ja.baseUrl).toContain("http://");
      expect(ja.deployment).toContain("デプロイ名");
      expect(describeLlmConfigErrors(result.errors, "en").apiVersion).toContain("API version");
    });

    it("should treat non-objects as empty settings", () => {
      expect(parseLlmConfig("gpt-4o")).toEqual({
        ok: false,
        errors: [{ field: "model", key: "E_LLM_CONFIG_MODEL_MISSING" }],
      });
      expect(parseLlmConfig(null).ok).toBe(false);
    });
  });
});
