// A space with Japanese on its left (or 、。) and Japanese or a digit on its right.
const SPACE_IN_JAPANESE =
  /(?<=[\p{scx=Hira}\p{scx=Kana}\p{scx=Han}ー々〇、。])\s(?=[\p{scx=Hira}\p{scx=Kana}\p{scx=Han}ー々〇0-9０-９])/gu;

/**
 * Drops the spaces that phone speech recognition puts between Japanese words
 * (カード が 割れて → カードが割れて), so rules and models written for text read both. Spaces
 * between Latin words, or after a digit, stay. Expects runs of spaces already collapsed to one.
 */
export function joinJapaneseWords(text: string): string {
  return text.replace(SPACE_IN_JAPANESE, "");
}
