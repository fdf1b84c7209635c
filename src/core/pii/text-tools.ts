// The text area's helpers, re-exported for recognizers (core areas import only through barrels).
import * as textArea from "../text";

// Bound once as plain values: `export { … } from "../text"` compiles (CommonJS, the Node build)
// to a getter that reads a getter of the text barrel, walked again on every call from the hot
// name and number loops.
export const codeAt = textArea.codeAt;
export const execAll = textArea.execAll;
export const parseJapaneseNumber = textArea.parseJapaneseNumber;
export const splitAtAny = textArea.splitAtAny;
