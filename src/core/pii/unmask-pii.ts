import { escapeRegExp } from "../text";
import type { PiiEntity } from "./types";

/**
 * Puts the original values back in place of their placeholders (for staff views only; never
 * for text that leaves the office). Works on any text that uses the placeholders of `entities`,
 * e.g. an LLM answer drafted from the masked text.
 */
export function unmaskPii(
  masked: string,
  original: string,
  entities: readonly PiiEntity[],
): string {
  const values = new Map<string, string>();
  for (const entity of entities) {
    if (!values.has(entity.placeholder)) {
      values.set(entity.placeholder, original.slice(entity.start, entity.end));
    }
  }
  if (values.size === 0) return masked;
  const pattern = new RegExp([...values.keys()].map(escapeRegExp).join("|"), "g");
  return masked.replace(pattern, (placeholder) => values.get(placeholder) ?? placeholder);
}
