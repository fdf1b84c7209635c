export type {
  AppDefinition,
  AppKey,
  FieldDefinition,
  FieldType,
  LayoutBlock,
  LayoutItem,
  TokenRight,
} from "./types";
export { PLUGIN_PANEL_SPACER } from "./types";
export { FAQ_APP, FAQ_FIELDS, FAQ_STATUS } from "./faq-app";
export { DEPARTMENTS_APP, DEPARTMENT_FIELDS } from "./departments-app";
export {
  CALL_LOG_APP,
  CALL_LOG_FIELDS,
  CHANNELS,
  ACTION_LABELS,
  OUTCOMES,
  RATINGS,
  MODES,
} from "./call-log-app";
export {
  CONSULTATIONS_APP,
  CONSULTATION_FIELDS,
  DRAFT_STATUSES,
  TEMPLATE_TYPE_LABELS,
} from "./consultations-app";
export {
  TEMPLATE_PREFIXES,
  toConsultationFieldCode,
  toTemplateGroupCode,
  buildTemplateFields,
} from "./consultation-fields";
export { MANUALS_APP, MANUAL_FIELDS } from "./manuals-app";
export { MADOGUCHI_APPS, CLIENT_TOKEN_RIGHTS } from "./all-apps";
export type { TokenClient } from "./all-apps";
