export type { NormalizedText } from "./normalized-text";
export { toOriginalSpan } from "./normalized-text";
export { normalizeText } from "./normalize-text";
export { foldForMatch } from "./fold-for-match";
export { parseJapaneseNumber } from "./japanese-number";
export { readRomaji, romajiWordToKana } from "./romaji";
export { joinJapaneseWords } from "./join-japanese-words";
export { execAll } from "./exec-all";
export { splitAtAny } from "./split-at-any";
