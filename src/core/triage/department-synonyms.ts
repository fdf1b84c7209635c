import { ENGLISH_SYNONYMS } from "./department-synonyms-en";
import { JAPANESE_SYNONYMS } from "./department-synonyms-ja";
import { WORLD_SYNONYMS } from "./department-synonyms-world";

const TABLES = [JAPANESE_SYNONYMS, ENGLISH_SYNONYMS, WORLD_SYNONYMS];

/** The Japanese table and those of callers who do not speak Japanese, together. */
export const DEFAULT_DEPARTMENT_SYNONYMS: Readonly<Record<string, readonly string[]>> =
  Object.fromEntries(
    [...new Set(TABLES.flatMap((table) => Object.keys(table)))].map((key) => [
      key,
      TABLES.flatMap((table) => table[key] ?? []),
    ]),
  );

type SynonymTable = Readonly<Record<string, readonly string[]>>;
const PAIR_CACHE = new WeakMap<SynonymTable, readonly (readonly [string, string])[]>();

/** Rewrites folded text so synonyms read as their canonical keyword (longest variant first). */
export function expandDepartmentSynonyms(
  folded: string,
  synonyms: SynonymTable,
  fold: (text: string) => string,
): string {
  let pairs = PAIR_CACHE.get(synonyms);
  if (!pairs) {
    pairs = Object.entries(synonyms)
      .flatMap(([canonical, variants]) => variants.map((v) => [fold(v), fold(canonical)] as const))
      .filter(([variant]) => variant.length > 0)
      .sort((a, b) => b[0].length - a[0].length);
    PAIR_CACHE.set(synonyms, pairs);
  }
  let out = folded;
  for (const [variant, canonical] of pairs) {
    // Spaces keep a canonical word from fusing with its neighbours into another keyword.
    if (out.includes(variant)) out = out.split(variant).join(` ${canonical} `);
  }
  return out;
}
