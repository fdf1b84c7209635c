import type { SummaryTemplateId } from "../../core";
import { LLM_PROVIDERS } from "../../llm";
import type { LlmProvider } from "../../llm";
import type { PluginConfig } from "./plugin-config";
import { DEFAULT_CONFIG } from "./plugin-config";

/** The flat string map kintone stores (`getConfig`/`setConfig` only know strings). */
export type StoredConfig = Readonly<Record<string, string>>;

const TEMPLATE_IDS: readonly SummaryTemplateId[] = [
  "vacant_house",
  "maternal_child_health",
  "community_care",
];

/**
 * Turns what `kintone.plugin.app.getConfig` returned into a {@link PluginConfig}. Lenient:
 * missing or malformed values fall back to {@link DEFAULT_CONFIG} (the settings page's
 * validation is where staff are told what is wrong), so desktop code never crashes on config.
 */
export function parseConfig(raw: unknown): PluginConfig {
  const input = isRecord(raw) ? raw : {};
  const text = (key: string, fallback: string) => {
    const value = input[key];
    return typeof value === "string" ? value.trim() : fallback;
  };
  const d = DEFAULT_CONFIG;
  const provider = LLM_PROVIDERS.find((each) => each === text("provider", d.llm.provider));
  return {
    mode: text("mode", d.mode) === "llm" ? "llm" : "offline",
    llm: {
      provider: (provider ?? d.llm.provider) as LlmProvider,
      baseUrl: text("baseUrl", d.llm.baseUrl),
      model: text("model", d.llm.model),
      deployment: text("deployment", d.llm.deployment),
      apiVersion: text("apiVersion", d.llm.apiVersion),
    },
    apps: {
      faq: text("faqApp", d.apps.faq),
      departments: text("departmentsApp", d.apps.departments),
      callLog: text("callLogApp", d.apps.callLog),
      consultation: text("consultationApp", d.apps.consultation),
      manuals: text("manualsApp", d.apps.manuals),
    },
    callLogFields: readMap(input["callLogFields"], d.callLogFields),
    faqFields: readMap(input["faqFields"], d.faqFields),
    departmentFields: readMap(input["departmentFields"], d.departmentFields),
    consultationFields: readMap(input["consultationFields"], d.consultationFields),
    spacerId: text("spacerId", d.spacerId),
    turnLimit: readNumber(input["turnLimit"], d.turnLimit),
    templates: readList(input["templates"], d.templates).filter((id): id is SummaryTemplateId =>
      TEMPLATE_IDS.includes(id as SummaryTemplateId),
    ),
    publicNumbers: readList(input["publicNumbers"], d.publicNumbers),
    minutesPerCall: readNumber(input["minutesPerCall"], d.minutesPerCall),
  };
}

/** The inverse of {@link parseConfig}: strings only, nested data as JSON. Never holds the API key. */
export function serializeConfig(config: PluginConfig): StoredConfig {
  return {
    mode: config.mode,
    provider: config.llm.provider,
    baseUrl: config.llm.baseUrl,
    model: config.llm.model,
    deployment: config.llm.deployment,
    apiVersion: config.llm.apiVersion,
    faqApp: config.apps.faq,
    departmentsApp: config.apps.departments,
    callLogApp: config.apps.callLog,
    consultationApp: config.apps.consultation,
    manualsApp: config.apps.manuals,
    callLogFields: JSON.stringify(config.callLogFields),
    faqFields: JSON.stringify(config.faqFields),
    departmentFields: JSON.stringify(config.departmentFields),
    consultationFields: JSON.stringify(config.consultationFields),
    spacerId: config.spacerId,
    turnLimit: String(config.turnLimit),
    templates: JSON.stringify(config.templates),
    publicNumbers: JSON.stringify(config.publicNumbers),
    minutesPerCall: String(config.minutesPerCall),
  };
}

/** Splits staff input such as "0120-000-000, 03-0000-0000" (comma, 、 or newline separated). */
export function splitList(text: string): string[] {
  return text
    .split(/[,、，\n\r]+/)
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

function readMap<T extends Readonly<Record<string, string>>>(value: unknown, fallback: T): T {
  const parsed = typeof value === "string" ? tryJson(value) : value;
  if (!isRecord(parsed)) return fallback;
  const result: Record<string, string> = { ...fallback };
  for (const key of Object.keys(fallback)) {
    const item = parsed[key];
    if (typeof item === "string") result[key] = item.trim();
  }
  return result as T;
}

function readList<T extends string>(value: unknown, fallback: readonly T[]): string[] {
  const parsed = typeof value === "string" ? tryJson(value) : value;
  if (!Array.isArray(parsed)) return [...fallback];
  return parsed
    .filter((item): item is string => typeof item === "string")
    .map((item) => item.trim());
}

function readNumber(value: unknown, fallback: number): number {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value !== "string" || value.trim() === "") return fallback;
  const number = Number(value.trim());
  return Number.isFinite(number) ? number : fallback;
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
