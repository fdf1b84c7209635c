import type { MessageEntry } from "./format";

/** Messages shared by every area. */
export const COMMON_MESSAGES = {
  E_UNEXPECTED: {
    ja: "予期しないエラーが発生しました: {detail}",
    en: "An unexpected error occurred: {detail}",
  },
  E_CONFIG: {
    ja: "設定に誤りがあります: {detail}",
    en: "The configuration is invalid: {detail}",
  },
  E_CSV_ROW: {
    ja: "CSVの{line}行目を読み込めませんでした: {detail}",
    en: "Line {line} of the CSV could not be read: {detail}",
  },
} as const satisfies Record<string, MessageEntry>;
