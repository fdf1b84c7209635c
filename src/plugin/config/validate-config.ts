import type { LlmConfig } from "../../llm";
import { parseLlmConfig } from "../../llm";
import type { BrowserMessageKey } from "../../messages/browser";
import type { PluginConfig } from "./plugin-config";

/** One problem with one settings field; `field` is a dotted path such as `llm.baseUrl`. */
export type ConfigFieldError = { readonly field: string; readonly key: BrowserMessageKey };

export type ValidateConfigResult =
  | { readonly ok: true; readonly llm: LlmConfig | null }
  | { readonly ok: false; readonly errors: readonly ConfigFieldError[] };

const APP_ID = /^[1-9][0-9]{0,9}$/;
// kintone field codes: no spaces or symbols other than _ ・ ＄ ￥ (and no leading digit).
const FIELD_CODE = /^(?![0-9])[^\s!-/:-@[-^`{-~]*$/u;
const TURN_LIMIT = { min: 1, max: 20 } as const;
const MINUTES = { min: 0.5, max: 120 } as const;

/**
 * Checks the settings before they are saved. In LLM mode the model settings go through the
 * model seam's own `parseLlmConfig`, so the page shows the same messages as the CLI.
 * @param key.entered a new API key typed on this page; `key.stored` one kept in the proxy config
 */
export function validateConfig(
  config: PluginConfig,
  key: { readonly entered: boolean; readonly stored: boolean },
): ValidateConfigResult {
  const errors: ConfigFieldError[] = [];
  let llm: LlmConfig | null = null;
  if (config.mode === "llm") {
    const parsed = parseLlmConfig(config.llm);
    if (parsed.ok) llm = parsed.config;
    else
      for (const error of parsed.errors)
        errors.push({ field: `llm.${error.field}`, key: error.key });
    if (!key.entered && !key.stored)
      errors.push({ field: "llm.apiKey", key: "E_PLUGIN_API_KEY_MISSING" });
  }
  for (const [name, id] of Object.entries(config.apps)) {
    if (id !== "" && !APP_ID.test(id))
      errors.push({ field: `apps.${name}`, key: "E_PLUGIN_APP_ID_INVALID" });
  }
  if (config.apps.callLog !== "" && config.apps.faq === "") {
    errors.push({ field: "apps.faq", key: "E_PLUGIN_FAQ_APP_REQUIRED" });
  }
  const maps = {
    callLogFields: config.callLogFields,
    faqFields: config.faqFields,
    departmentFields: config.departmentFields,
    consultationFields: config.consultationFields,
  };
  for (const [group, map] of Object.entries(maps)) {
    for (const [role, code] of Object.entries(map)) {
      if (!FIELD_CODE.test(code))
        errors.push({ field: `${group}.${role}`, key: "E_PLUGIN_FIELD_CODE_INVALID" });
    }
  }
  const required = [config.callLogFields.callerWords, config.callLogFields.draft];
  if (config.apps.callLog !== "" && required.some((code) => code === "")) {
    errors.push({ field: "callLogFields.callerWords", key: "E_PLUGIN_CALL_LOG_FIELDS_REQUIRED" });
  }
  if (!inRange(config.turnLimit, TURN_LIMIT) || !Number.isInteger(config.turnLimit)) {
    errors.push({ field: "turnLimit", key: "E_PLUGIN_TURN_LIMIT_INVALID" });
  }
  if (!inRange(config.minutesPerCall, MINUTES)) {
    errors.push({ field: "minutesPerCall", key: "E_PLUGIN_MINUTES_INVALID" });
  }
  for (const number of config.publicNumbers) {
    if (!/^[0-9０-９()（）+\-－ー‐ ]{4,20}$|^[^@\s]+@[^@\s]+$/.test(number)) {
      errors.push({ field: "publicNumbers", key: "E_PLUGIN_PUBLIC_NUMBER_INVALID" });
      break;
    }
  }
  if (config.templates.length === 0 && config.apps.consultation !== "") {
    errors.push({ field: "templates", key: "E_PLUGIN_TEMPLATES_EMPTY" });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, llm };
}

function inRange(value: number, range: { readonly min: number; readonly max: number }): boolean {
  return Number.isFinite(value) && value >= range.min && value <= range.max;
}
