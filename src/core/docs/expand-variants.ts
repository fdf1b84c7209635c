import type { VariantTable } from "../search";
import { escapeRegExp, foldForMatch } from "../text";

/** Text → the same text with each recognised variant followed by its canonical form. */
export type VariantExpander = (text: string) => string;

/**
 * Builds an expander for the character-bigram ranking: 叔父さん becomes 叔父 三親等内の親族 さん,
 * so a paraphrase shares the manual's bigrams while keeping its own. Folded, longest variant
 * first (as the analyzer matches them); the canonical form itself is left as written.
 */
export function createVariantExpander(variants: VariantTable): VariantExpander {
  const canonicalOf = new Map<string, string>();
  for (const [canonical, aliases] of Object.entries(variants)) {
    const folded = foldForMatch(canonical);
    for (const alias of aliases) {
      const key = foldForMatch(alias);
      if (key && key !== folded && !canonicalOf.has(key)) canonicalOf.set(key, folded);
    }
  }
  const keys = [...canonicalOf.keys()].sort((a, b) => b.length - a.length);
  if (keys.length === 0) return foldForMatch;
  const pattern = new RegExp(keys.map(escapeRegExp).join("|"), "g");
  return (text) =>
    foldForMatch(text).replace(pattern, (alias) => `${alias} ${canonicalOf.get(alias) ?? ""} `);
}
