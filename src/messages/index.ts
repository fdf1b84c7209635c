/**
 * Every user-facing string of madoguchi, Japanese first and English second.
 *
 * Each area keeps its entries in its own file (so the table stays readable), and this barrel
 * is the one place code reads them from. Keys use the customize-uploader convention:
 * `E_` errors, `M_` messages and labels, `Q_` questions.
 */
import { CLI_MESSAGES } from "./cli";
import { COMMON_MESSAGES } from "./common";
import { ENGINE_MESSAGES } from "./engine";
import { LOCAL_KINTONE_SHELL_MESSAGES } from "./local-kintone-shell";
import { LOCAL_KINTONE_MESSAGES } from "./local-kintone";
import { LLM_MESSAGES } from "./llm";
import { DOCS_MESSAGES } from "./docs";
import { MASK_MESSAGES } from "./mask";
import { GATEWAY_MESSAGES } from "./gateway";
import { PLUGIN_MESSAGES } from "./plugin";
import { KINTONE_MESSAGES } from "./kintone";
import { MANUALS_PANEL_MESSAGES } from "./manuals-panel";

export type Lang = "ja" | "en";
export type MessageEntry = { readonly ja: string; readonly en: string };

export const MESSAGES = {
  ...COMMON_MESSAGES,
  ...CLI_MESSAGES,
  ...ENGINE_MESSAGES,
  ...LOCAL_KINTONE_SHELL_MESSAGES,
  ...LOCAL_KINTONE_MESSAGES,
  ...LLM_MESSAGES,
  ...DOCS_MESSAGES,
  ...MASK_MESSAGES,
  ...GATEWAY_MESSAGES,
  ...PLUGIN_MESSAGES,
  ...KINTONE_MESSAGES,
  ...MANUALS_PANEL_MESSAGES,
} as const satisfies Record<string, MessageEntry>;

export type MessageKey = keyof typeof MESSAGES;

/**
 * Returns the message for `key` in `lang`, with `{name}` placeholders filled from `params`.
 * @example formatMessage("E_CSV_ROW", "ja", { line: 3 })
 */
export function formatMessage(
  key: MessageKey,
  lang: Lang = "ja",
  params: Readonly<Record<string, string | number>> = {},
): string {
  const template: string = MESSAGES[key][lang];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Both languages on one line, Japanese first: for logs and CLI errors read by staff and IT. */
export function formatBilingual(
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return `${formatMessage(key, "ja", params)} / ${formatMessage(key, "en", params)}`;
}
