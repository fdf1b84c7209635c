// The text area's helpers, re-exported for recognizers (core areas import only through barrels).
export { codeAt, execAll, parseJapaneseNumber, splitAtAny } from "../text";
