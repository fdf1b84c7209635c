import { normalizeText } from "./normalize-text";

const SMALL_KANA: Readonly<Record<string, string>> = {
  ぁ: "あ",
  ぃ: "い",
  ぅ: "う",
  ぇ: "え",
  ぉ: "お",
  っ: "つ",
  ゃ: "や",
  ゅ: "ゆ",
  ょ: "よ",
  ゎ: "わ",
  ゕ: "か",
  ゖ: "け",
};

/**
 * Folds text for search matching: {@link normalizeText}, katakana → hiragana, lower case, small
 * kana → full size, long-vowel marks dropped. The result is not length-preserving.
 * @example foldForMatch("マイナンバーカード") === foldForMatch("まいなんばあかあど".replace(/あ(?=[かど]|$)/g, "")) // both "まいなんばかど"
 */
export function foldForMatch(input: string): string {
  const text = normalizeText(input).text.toLowerCase();
  let out = "";
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (ch === "ー" || ch === "〜" || ch === "~") continue;
    const hira = code >= 0x30a1 && code <= 0x30f6 ? String.fromCharCode(code - 0x60) : ch;
    out += SMALL_KANA[hira] ?? hira;
  }
  return out;
}
