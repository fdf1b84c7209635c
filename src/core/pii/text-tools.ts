// The text area's helpers, re-exported for the masker and its recognizers (core areas import only
// through barrels).
import * as textArea from "../text";

// Bound once as plain values: `export { … } from "../text"` compiles (CommonJS, the Node build)
// to a getter that reads a getter of the text barrel, walked again on every call from the hot
// name and number loops (and the barrel's exports object is left in slow, dictionary mode).
export const normalizeText = textArea.normalizeText;
export const toOriginalSpan = textArea.toOriginalSpan;
export const codeAt = textArea.codeAt;
export const execAll = textArea.execAll;
export const parseJapaneseNumber = textArea.parseJapaneseNumber;
export const splitAtAny = textArea.splitAtAny;
