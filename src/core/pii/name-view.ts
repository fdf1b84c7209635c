import type { NormalizedText } from "../text";

const KANJI_DIGIT = /[〇一二三四五六七八九]/u;
/** Longest digit run given back its kanji: names hold short numerals (一ノ瀬, 五月女, 四月一日). */
const MAX_RUN = 3;
const WORD_CHAR = /[\p{Script=Han}\p{Script=Katakana}々ヶ]/u;

/**
 * The text the name recognizers read: the normalized text with short digit runs glued to a
 * word given back the kanji numerals they were written with (`5月女` → `五月女`, `1ノ瀬` →
 * `一ノ瀬`), so that names written with numerals can be found. Same length and offsets as the
 * normalized text; other recognizers keep reading digits, and `src/core/text` is unchanged.
 */
export function nameView(original: string, normalized: NormalizedText): string {
  const { text, offsets } = normalized;
  if (!/[〇一二三四五六七八九]/u.test(original) || !/[0-9]/u.test(text)) return text;
  // Split into characters only once a run is given back its kanji (most texts keep theirs).
  let chars: string[] | null = null;
  let i = 0;
  while (i < text.length) {
    if (!isDigit(text.charCodeAt(i))) {
      i += 1;
      continue;
    }
    let end = i;
    while (end < text.length && isDigit(text.charCodeAt(end))) end += 1;
    const glued = WORD_CHAR.test(text[i - 1] ?? "") || WORD_CHAR.test(text[end] ?? "");
    if (end - i <= MAX_RUN && glued && restorable(original, offsets, i, end)) {
      chars ??= text.split("");
      for (let k = i; k < end; k += 1) chars[k] = original[offsets[k] ?? 0] ?? chars[k] ?? "";
    }
    i = end;
  }
  return chars ? chars.join("") : text;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Every digit of the run comes from exactly one kanji numeral of the original. */
function restorable(original: string, offsets: readonly number[], start: number, end: number) {
  for (let k = start; k < end; k += 1) {
    const at = offsets[k] ?? -1;
    if ((offsets[k + 1] ?? -1) !== at + 1 || !KANJI_DIGIT.test(original[at] ?? "")) return false;
  }
  return true;
}
