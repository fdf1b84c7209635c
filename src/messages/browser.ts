/**
 * The messages entry of the kintone plug-in and of the modules it shares with Node (the
 * engine's phrases, the model seam, the errors): only the catalogs that run in the browser,
 * so the plug-in bundle does not carry the text of the CLI, the gateway, setup or the local
 * kintone server. `index.ts` adds those Node-only catalogs to these for everything else.
 */
import { DOCS_MESSAGES } from "./docs";
import { ENGINE_MESSAGES } from "./engine";
import type { MessageEntry } from "./format";
import { createFormatters } from "./format";
import { LLM_MESSAGES } from "./llm";
import { MANUALS_PANEL_MESSAGES } from "./manuals-panel";
import { PLUGIN_MESSAGES } from "./plugin";
import { REASON_MESSAGES } from "./reasons";

export type { Lang, MessageEntry, MessageParams } from "./format";

export const BROWSER_MESSAGES = {
  ...ENGINE_MESSAGES,
  ...LLM_MESSAGES,
  ...DOCS_MESSAGES,
  ...REASON_MESSAGES,
  ...PLUGIN_MESSAGES,
  ...MANUALS_PANEL_MESSAGES,
} as const satisfies Record<string, MessageEntry>;

export type BrowserMessageKey = keyof typeof BROWSER_MESSAGES;

export const { formatMessage, formatBilingual } = createFormatters(BROWSER_MESSAGES);
