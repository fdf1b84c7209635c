import { DEFAULT_CONFIG } from "./plugin-config";
import type { PluginConfig } from "./plugin-config";
import { validateConfig } from "./validate-config";

const APPS = { faq: "1", departments: "2", callLog: "3", consultation: "4", manuals: "5" };
const NO_KEY = { entered: false, stored: false };
const fieldsOf = (config: PluginConfig, key = NO_KEY) => {
  const result = validateConfig(config, key);
  return result.ok ? [] : result.errors.map((error) => `${error.field}:${error.key}`);
};

describe("validateConfig", () => {
  describe("offline mode", () => {
    it("should accept the setup defaults with app ids", () => {
      expect(validateConfig({ ...DEFAULT_CONFIG, apps: APPS }, NO_KEY)).toEqual({
        ok: true,
        llm: null,
      });
    });

    it.each([
      [
        "a non-numeric app id",
        { apps: { ...APPS, faq: "FAQ" } },
        "apps.faq:E_PLUGIN_APP_ID_INVALID",
      ],
      [
        "a call log without FAQ",
        { apps: { ...APPS, faq: "" } },
        "apps.faq:E_PLUGIN_FAQ_APP_REQUIRED",
      ],
      [
        "a field code with a space",
        { callLogFields: { ...DEFAULT_CONFIG.callLogFields, draft: "ai draft" } },
        "callLogFields.draft:E_PLUGIN_FIELD_CODE_INVALID",
      ],
      [
        "an empty draft field",
        { callLogFields: { ...DEFAULT_CONFIG.callLogFields, draft: "" } },
        "callLogFields.callerWords:E_PLUGIN_CALL_LOG_FIELDS_REQUIRED",
      ],
      ["a turn limit of 0", { turnLimit: 0 }, "turnLimit:E_PLUGIN_TURN_LIMIT_INVALID"],
      ["a fractional turn limit", { turnLimit: 2.5 }, "turnLimit:E_PLUGIN_TURN_LIMIT_INVALID"],
      ["NaN minutes", { minutesPerCall: Number.NaN }, "minutesPerCall:E_PLUGIN_MINUTES_INVALID"],
      [
        "a public number with letters",
        { publicNumbers: ["call us"] },
        "publicNumbers:E_PLUGIN_PUBLIC_NUMBER_INVALID",
      ],
      ["no templates", { templates: [] }, "templates:E_PLUGIN_TEMPLATES_EMPTY"],
    ])("should reject %s", (_label, patch, expected) => {
      expect(fieldsOf({ ...DEFAULT_CONFIG, apps: APPS, ...patch } as PluginConfig)).toContain(
        expected,
      );
    });

    it("should accept Japanese field codes and full-width public numbers", () => {
      const config = {
        ...DEFAULT_CONFIG,
        apps: APPS,
        publicNumbers: ["０３－１２３４－５６７８", "info@example.jp"],
        callLogFields: { ...DEFAULT_CONFIG.callLogFields, draft: "回答案" },
      };
      expect(fieldsOf(config)).toEqual([]);
    });
  });

  describe("LLM mode", () => {
    const llm = (patch: Partial<PluginConfig["llm"]>): PluginConfig => ({
      ...DEFAULT_CONFIG,
      apps: APPS,
      mode: "llm",
      llm: { ...DEFAULT_CONFIG.llm, ...patch },
    });

    it("should need a key typed now or stored before", () => {
      expect(fieldsOf(llm({}))).toEqual(["llm.apiKey:E_PLUGIN_API_KEY_MISSING"]);
      expect(fieldsOf(llm({}), { entered: true, stored: false })).toEqual([]);
      expect(fieldsOf(llm({}), { entered: false, stored: true })).toEqual([]);
    });

    it("should use the model seam's messages for model settings", () => {
      const errors = fieldsOf(llm({ provider: "azure", baseUrl: "http://example.com" }), {
        entered: true,
        stored: false,
      });
      expect(errors).toEqual(
        expect.arrayContaining([
          "llm.baseUrl:E_LLM_CONFIG_URL_INSECURE",
          "llm.deployment:E_LLM_CONFIG_AZURE_DEPLOYMENT_MISSING",
          "llm.apiVersion:E_LLM_CONFIG_AZURE_API_VERSION_MISSING",
        ]),
      );
    });

    it("should return the parsed model config when valid", () => {
      const result = validateConfig(
        llm({ provider: "compatible", baseUrl: "http://127.0.0.1:11434/v1", model: "qwen2.5" }),
        { entered: true, stored: false },
      );
      expect(result.ok && result.llm?.baseUrl).toBe("http://127.0.0.1:11434/v1");
    });
  });
});
