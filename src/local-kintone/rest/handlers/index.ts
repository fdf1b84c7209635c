import type { HandlerTable } from "../types";
import { APP_HANDLERS } from "./apps";
import { COMMENT_HANDLERS } from "./comments";
import { CURSOR_HANDLERS } from "./cursor";
import { CUSTOMIZE_HANDLERS } from "./customize";
import { FILE_HANDLERS } from "./files";
import { PUT_SETTINGS_HANDLER, SETTINGS_HANDLERS } from "./app-settings";
import { FORM_HANDLERS } from "./form";
import { LAYOUT_HANDLERS } from "./form-layout";
import { PLUGIN_HANDLERS } from "./plugins";
import { RECORD_HANDLERS } from "./records";

/** Every REST handler except bulkRequest (which dispatches to these). */
export const REST_HANDLERS: HandlerTable = {
  ...APP_HANDLERS,
  ...RECORD_HANDLERS,
  ...CURSOR_HANDLERS,
  ...COMMENT_HANDLERS,
  ...FILE_HANDLERS,
  ...FORM_HANDLERS,
  ...LAYOUT_HANDLERS,
  ...SETTINGS_HANDLERS,
  ...PUT_SETTINGS_HANDLER,
  ...CUSTOMIZE_HANDLERS,
  ...PLUGIN_HANDLERS,
};
