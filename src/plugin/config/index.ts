export type {
  CallLogFieldRole,
  ConsultationFieldRole,
  DepartmentFieldRole,
  FaqFieldRole,
  PluginConfig,
  PluginLlmSettings,
  PluginMode,
} from "./plugin-config";
export {
  CALL_LOG_FIELD_ROLES,
  CONSULTATION_FIELD_ROLES,
  DEFAULT_CONFIG,
  DEPARTMENT_FIELD_ROLES,
  FAQ_FIELD_ROLES,
} from "./plugin-config";
export type { StoredConfig } from "./parse-config";
export { parseConfig, serializeConfig, splitList } from "./parse-config";
export type { ConfigFieldError, ValidateConfigResult } from "./validate-config";
export { validateConfig } from "./validate-config";
export { buildDemoConfig } from "./build-demo-config";
