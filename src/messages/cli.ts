import type { MessageEntry } from "./format";

/** Messages of the `madoguchi` command. */
export const CLI_MESSAGES = {
  M_CLI_USAGE: {
    ja: "使い方: madoguchi <コマンド> [オプション]",
    en: "usage: madoguchi <command> [options]",
  },
  E_CLI_UNKNOWN_COMMAND: {
    ja: "不明なコマンドです: {command}",
    en: "Unknown command: {command}",
  },
  E_CLI_BAD_OPTION: {
    ja: "オプションが正しくありません: {detail}",
    en: "Invalid option: {detail}",
  },
} as const satisfies Record<string, MessageEntry>;
