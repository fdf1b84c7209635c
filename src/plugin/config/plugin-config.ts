import type { LlmProvider } from "../../llm";
import type { SummaryTemplateId } from "../../core";
import {
  CALL_LOG_FIELDS,
  CONSULTATION_FIELDS,
  DEPARTMENT_FIELDS,
  FAQ_FIELDS,
  PLUGIN_PANEL_SPACER,
} from "../../kintone/apps";

const FAQ_FIELD_CODES = {
  id: FAQ_FIELDS.id,
  question: FAQ_FIELDS.question,
  answer: FAQ_FIELDS.answer,
  category: FAQ_FIELDS.category,
  department: FAQ_FIELDS.department,
  keywords: FAQ_FIELDS.keywords,
  status: FAQ_FIELDS.status,
} as const;

/** Which engine drafts answers: the FAQ text verbatim (offline) or a model through the proxy. */
export type PluginMode = "offline" | "llm";

/** The call-log fields the plugin reads and writes (role → field code). */
export const CALL_LOG_FIELD_ROLES = [
  "callerWords",
  "maskedText",
  "draft",
  "draftOriginal",
  "citations",
  "citationText",
  "action",
  "department",
  "reasonCodes",
  "reasons",
  "confidence",
  "mode",
  "model",
  "promptVersion",
  "latencyMs",
  "draftedAt",
  "rating",
  "outcome",
  "channel",
  "startedAt",
] as const;
export type CallLogFieldRole = (typeof CALL_LOG_FIELD_ROLES)[number];

/** FAQ app fields (same columns as the FAQ CSV). */
export const FAQ_FIELD_ROLES = [
  "id",
  "question",
  "answer",
  "category",
  "department",
  "keywords",
  "status",
] as const;
export type FaqFieldRole = (typeof FAQ_FIELD_ROLES)[number];

/** Departments app fields (same columns as the departments CSV). */
export const DEPARTMENT_FIELD_ROLES = ["name", "extension", "description", "keywords"] as const;
export type DepartmentFieldRole = (typeof DEPARTMENT_FIELD_ROLES)[number];

/** Consultation-record fields besides the template's own fields. */
export const CONSULTATION_FIELD_ROLES = ["template", "transcript", "audio"] as const;
export type ConsultationFieldRole = (typeof CONSULTATION_FIELD_ROLES)[number];

/** The model settings kept in the plugin config. The API key is NOT here: it lives only in the proxy config. */
export type PluginLlmSettings = {
  readonly provider: LlmProvider;
  readonly baseUrl: string;
  readonly model: string;
  readonly deployment: string;
  readonly apiVersion: string;
};

/** Everything the plugin needs in one app; stored with `kintone.plugin.app.setConfig`. */
export type PluginConfig = {
  readonly mode: PluginMode;
  readonly llm: PluginLlmSettings;
  /** App ids (as strings, like kintone's). Empty: that feature is off. */
  readonly apps: {
    readonly faq: string;
    readonly departments: string;
    readonly callLog: string;
    readonly consultation: string;
    readonly manuals: string;
  };
  readonly callLogFields: Readonly<Record<CallLogFieldRole, string>>;
  readonly faqFields: Readonly<Record<FaqFieldRole, string>>;
  readonly departmentFields: Readonly<Record<DepartmentFieldRole, string>>;
  readonly consultationFields: Readonly<Record<ConsultationFieldRole, string>>;
  /** The element id of the SPACER the panels go into (header space when absent). */
  readonly spacerId: string;
  /** After this many turns with one caller the engine hands over to staff. */
  readonly turnLimit: number;
  /** Consultation templates offered to staff. */
  readonly templates: readonly SummaryTemplateId[];
  /** The city's published phone numbers: never masked as personal information. */
  readonly publicNumbers: readonly string[];
  /** Staff minutes one call takes, for "hours saved" on the dashboard. */
  readonly minutesPerCall: number;
};

/** Settings of a fresh install: offline, with the field codes of the madoguchi apps (`madoguchi setup`). */
export const DEFAULT_CONFIG: PluginConfig = {
  mode: "offline",
  llm: { provider: "openai", baseUrl: "", model: "gpt-4o-mini", deployment: "", apiVersion: "" },
  apps: { faq: "", departments: "", callLog: "", consultation: "", manuals: "" },
  callLogFields: {
    callerWords: CALL_LOG_FIELDS.callerText,
    maskedText: CALL_LOG_FIELDS.maskedText,
    draft: CALL_LOG_FIELDS.aiDraft,
    draftOriginal: CALL_LOG_FIELDS.aiDraftOriginal,
    citations: CALL_LOG_FIELDS.citations,
    citationText: CALL_LOG_FIELDS.citationText,
    action: CALL_LOG_FIELDS.action,
    department: CALL_LOG_FIELDS.department,
    reasonCodes: CALL_LOG_FIELDS.reasonCodes,
    reasons: CALL_LOG_FIELDS.reasons,
    confidence: CALL_LOG_FIELDS.confidence,
    mode: CALL_LOG_FIELDS.mode,
    model: CALL_LOG_FIELDS.model,
    promptVersion: CALL_LOG_FIELDS.promptVersion,
    latencyMs: CALL_LOG_FIELDS.latencyMs,
    draftedAt: CALL_LOG_FIELDS.draftedAt,
    rating: CALL_LOG_FIELDS.rating,
    outcome: CALL_LOG_FIELDS.outcome,
    channel: CALL_LOG_FIELDS.channel,
    startedAt: CALL_LOG_FIELDS.startedAt,
  },
  faqFields: { ...FAQ_FIELD_CODES },
  departmentFields: {
    name: DEPARTMENT_FIELDS.name,
    extension: DEPARTMENT_FIELDS.extension,
    description: DEPARTMENT_FIELDS.description,
    keywords: DEPARTMENT_FIELDS.keywords,
  },
  consultationFields: {
    template: CONSULTATION_FIELDS.templateType,
    transcript: CONSULTATION_FIELDS.transcript,
    audio: CONSULTATION_FIELDS.audio,
  },
  spacerId: PLUGIN_PANEL_SPACER,
  turnLimit: 6,
  templates: ["vacant_house", "maternal_child_health", "community_care"],
  publicNumbers: [],
  minutesPerCall: 3,
};
