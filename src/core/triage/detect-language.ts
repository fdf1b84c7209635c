/** Best-effort language of an utterance. */
export type DetectedLanguage = "ja" | "en" | "zh" | "ko" | "other" | "unknown";

const CHINESE_MARKERS = /[的了是我你么吗怎这那们个该丢]/u;

/**
 * Counts scripts: any kana means Japanese; Hangul Korean; Han without kana Chinese;
 * mostly Latin letters English (other Latin-script languages are reported as English too,
 * which is good enough to choose bilingual replies).
 */
export function detectLanguage(text: string): DetectedLanguage {
  let kana = 0;
  let han = 0;
  let hangul = 0;
  let latin = 0;
  let other = 0;
  for (const char of text.normalize("NFKC")) {
    if (/[\p{Script=Hiragana}\p{Script=Katakana}ー]/u.test(char)) kana += 1;
    else if (/\p{Script=Han}/u.test(char)) han += 1;
    else if (/\p{Script=Hangul}/u.test(char)) hangul += 1;
    else if (/[a-zA-Z]/u.test(char)) latin += 1;
    else if (/\p{L}/u.test(char)) other += 1;
  }
  const letters = kana + han + hangul + latin + other;
  if (letters === 0) return "unknown";
  if (kana > 0 && kana + han >= letters * 0.2) return "ja";
  if (hangul >= letters * 0.3) return "ko";
  // Kanji-only text is usually Japanese (暗証番号); Chinese shows its function characters.
  if (han >= letters * 0.5) return CHINESE_MARKERS.test(text) ? "zh" : "ja";
  if (latin >= letters * 0.6) return "en";
  return other > latin ? "other" : kana + han > 0 ? "ja" : "en";
}
