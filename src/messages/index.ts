/**
 * Every user-facing string of madoguchi, Japanese first and English second.
 *
 * Each area keeps its entries in its own file (so the table stays readable), and this barrel
 * is the one place Node code reads them from. Code that also runs in the kintone plug-in reads
 * `./browser` instead, which holds only the catalogs the browser needs (the plug-in's size
 * budget); this barrel is that set plus the Node-only catalogs. Keys use the
 * customize-uploader convention: `E_` errors, `M_` messages and labels, `Q_` questions.
 */
import { BROWSER_MESSAGES } from "./browser";
import { CLI_MESSAGES } from "./cli";
import { COMMON_MESSAGES } from "./common";
import type { MessageEntry } from "./format";
import { createFormatters } from "./format";
import { GATEWAY_MESSAGES } from "./gateway";
import { KINTONE_MESSAGES } from "./kintone";
import { LOCAL_KINTONE_SHELL_MESSAGES } from "./local-kintone-shell";
import { LOCAL_KINTONE_MESSAGES } from "./local-kintone";
import { MASK_MESSAGES } from "./mask";

export type { Lang, MessageEntry, MessageParams } from "./format";
export type { BrowserMessageKey } from "./browser";

export const MESSAGES = {
  ...BROWSER_MESSAGES,
  ...COMMON_MESSAGES,
  ...CLI_MESSAGES,
  ...LOCAL_KINTONE_SHELL_MESSAGES,
  ...LOCAL_KINTONE_MESSAGES,
  ...MASK_MESSAGES,
  ...GATEWAY_MESSAGES,
  ...KINTONE_MESSAGES,
} as const satisfies Record<string, MessageEntry>;

export type MessageKey = keyof typeof MESSAGES;

export const { formatMessage, formatBilingual } = createFormatters(MESSAGES);
