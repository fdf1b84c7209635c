import { maskPii } from "../mask-pii";
import type { MaskOptions, PiiType } from "../types";

/** The types found in `text` and the original text each covers, for table-driven tests. */
export function findTypes(text: string, options?: MaskOptions): { type: PiiType; text: string }[] {
  return maskPii(text, options).entities.map((e) => ({
    type: e.type,
    text: text.slice(e.start, e.end),
  }));
}
