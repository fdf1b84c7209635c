import { parseConfig, serializeConfig, splitList } from "./parse-config";
import { DEFAULT_CONFIG } from "./plugin-config";

describe("parseConfig", () => {
  describe("round trip", () => {
    it("should read back what serializeConfig wrote, as strings only", () => {
      const config = {
        ...DEFAULT_CONFIG,
        mode: "llm" as const,
        llm: {
          ...DEFAULT_CONFIG.llm,
          provider: "azure" as const,
          baseUrl: "https://example.openai.azure.com",
          deployment: "gpt4o",
          apiVersion: "2024-10-21",
        },
        apps: { faq: "1", departments: "2", callLog: "3", consultation: "4", manuals: "5" },
        publicNumbers: ["0120-000-000", "03-0000-0000"],
        turnLimit: 4,
        minutesPerCall: 2.5,
      };
      const stored = serializeConfig(config);
      expect(Object.values(stored).every((value) => typeof value === "string")).toBe(true);
      expect(parseConfig(stored)).toEqual(config);
    });

    it("should never store an API key", () => {
      const stored = serializeConfig(DEFAULT_CONFIG);
      expect(Object.keys(stored).some((key) => /key|secret|token/i.test(key))).toBe(false);
    });
  });

  describe("untrusted input", () => {
    it.each([
      ["null", null],
      ["an array", []],
      ["a string", "mode=llm"],
      ["an empty object (fresh install)", {}],
    ])("should fall back to the defaults for %s", (_label, raw) => {
      expect(parseConfig(raw)).toEqual(DEFAULT_CONFIG);
    });

    it("should keep good values and default the malformed ones", () => {
      const config = parseConfig({
        mode: "LLM?",
        provider: "anthropic",
        callLogFields: "{not json",
        faqFields: JSON.stringify({ question: "  q  ", answer: 3 }),
        turnLimit: "abc",
        templates: JSON.stringify(["vacant_house", "unknown"]),
      });
      expect(config.mode).toBe("offline");
      expect(config.llm.provider).toBe("openai");
      expect(config.callLogFields).toEqual(DEFAULT_CONFIG.callLogFields);
      expect(config.faqFields.question).toBe("q");
      expect(config.faqFields.answer).toBe(DEFAULT_CONFIG.faqFields.answer);
      expect(config.turnLimit).toBe(DEFAULT_CONFIG.turnLimit);
      expect(config.templates).toEqual(["vacant_house"]);
    });
  });
});

describe("splitList", () => {
  it.each([
    ["0120-000-000, 03-0000-0000", ["0120-000-000", "03-0000-0000"]],
    ["0120-000-000、０３－００００－００００", ["0120-000-000", "０３－００００－００００"]],
    ["a\n\n b \r\n", ["a", "b"]],
    ["", []],
  ])("should split %p", (text, expected) => {
    expect(splitList(text)).toEqual(expected);
  });
});
