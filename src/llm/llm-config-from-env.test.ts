import { ConfigError } from "../errors";
import { llmConfigFromEnv } from "./llm-config-from-env";

describe("llmConfigFromEnv", () => {
  describe("no model configured", () => {
    it("should return null so madoguchi runs offline", () => {
      expect(llmConfigFromEnv({ OPENAI_API_KEY: "sk-x" })).toBeNull();
    });
  });

  describe("provider detection", () => {
    it("should use OpenAI with the key from OPENAI_API_KEY", () => {
      const settings = llmConfigFromEnv({
        OPENAI_API_KEY: "sk-x",
        MADOGUCHI_LLM_MODEL: "gpt-4.1-mini",
      });
      expect(settings?.config.provider).toBe("openai");
      expect(settings?.apiKey).toBe("sk-x");
    });

    it("should treat a non-OpenAI OPENAI_BASE_URL as a compatible server that needs no key", () => {
      const settings = llmConfigFromEnv({
        OPENAI_BASE_URL: "http://localhost:11434/v1",
        MADOGUCHI_LLM_MODEL: "qwen2.5:7b",
      });
      expect(settings?.config).toMatchObject({
        provider: "compatible",
        baseUrl: "http://localhost:11434/v1",
      });
      expect(settings?.apiKey).toBe("unused");
    });

    it("should use Azure when AZURE_OPENAI_ENDPOINT is set", () => {
      const settings = llmConfigFromEnv({
        AZURE_OPENAI_ENDPOINT: "https://city-ai.openai.azure.com",
        AZURE_OPENAI_API_KEY: "az-key",
        OPENAI_API_VERSION: "2024-10-21",
        MADOGUCHI_LLM_DEPLOYMENT: "gpt-4o-jp",
      });
      expect(settings?.config).toMatchObject({
        provider: "azure",
        deployment: "gpt-4o-jp",
        apiVersion: "2024-10-21",
      });
      expect(settings?.apiKey).toBe("az-key");
    });

    it("should read the timeout, retries and extra model names", () => {
      const settings = llmConfigFromEnv({
        OPENAI_API_KEY: "sk-x",
        MADOGUCHI_LLM_MODEL: "gpt-4.1-mini",
        MADOGUCHI_LLM_TIMEOUT_MS: "15000",
        MADOGUCHI_LLM_MAX_RETRIES: "1",
        MADOGUCHI_LLM_EMBEDDING_MODEL: "text-embedding-3-large",
        MADOGUCHI_LLM_TRANSCRIPTION_MODEL: "whisper-1",
      });
      expect(settings?.config).toMatchObject({
        timeoutMs: 15000,
        maxRetries: 1,
        embeddingModel: "text-embedding-3-large",
        transcriptionModel: "whisper-1",
      });
    });
  });

  describe("unusable settings", () => {
    it("should throw a ConfigError naming the missing key variable", () => {
      expect(() => llmConfigFromEnv({ MADOGUCHI_LLM_MODEL: "gpt-4.1-mini" })).toThrow(
        /OPENAI_API_KEY/,
      );
    });

    it("should throw a ConfigError for an insecure endpoint", () => {
      const call = () =>
        llmConfigFromEnv({ MADOGUCHI_LLM_MODEL: "m", OPENAI_BASE_URL: "http://llm.example.jp/v1" });
      expect(call).toThrow(ConfigError);
      expect(call).toThrow(/baseUrl/);
    });
  });
});
