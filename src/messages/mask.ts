import type { MessageEntry } from "./format";

/** Messages of personal-information masking and `madoguchi mask`. */
export const MASK_MESSAGES = {
  M_MASK_SUMMARY: {
    ja: "各行の個人情報を型付きプレースホルダーに置き換えます (JSON Lines)",
    en: "Replace personal information in each line with typed placeholders (JSON Lines)",
  },
  E_MASK_LINE_FAILED: {
    ja: "{line} 行目をマスクできませんでした。この行は空の結果で出力しています: {detail}",
    en: "Could not mask line {line}; an empty result was written for it: {detail}",
  },
} as const satisfies Record<string, MessageEntry>;
