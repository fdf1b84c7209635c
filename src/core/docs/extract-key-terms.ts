import type { TextAnalyzer, VariantTable } from "../search";
import { TERM_PREFIX } from "../search";
import { foldForMatch } from "../text";
import { EVERYDAY_WORDS } from "./everyday-words";
import { foldForKeys } from "./fold-for-keys";

/** A topic-bearing term of a question, folded for substring matching. */
export type KeyTerm = {
  /** Folded text searched for in passages (a variant's canonical form for concepts). */
  readonly text: string;
  /** A variant concept of the welfare table (or the city's own). */
  readonly concept: boolean;
  /** Other folded forms that count as the same term (a concept's aliases). */
  readonly forms: readonly string[];
};

const HAN = /\p{Script=Han}/u;
const LATIN_OR_DIGIT = /^[a-z0-9]{2,}$/;
const KATAKANA_RUN = /[\p{Script=Katakana}ー]{2,}/gu;
const TRAILING_HIRAGANA = /\p{Script=Hiragana}+$/u;
// Interrogatives ask, they are not the topic (何日, 誰に); nor is a vague count (何人, 数百).
const QUESTION_WORDS = new Set(["何", "誰", "幾"]);
const VAGUE_COUNT = /^[何幾数]\p{Script=Han}/u;

/** 拒む → 拒, 出し → 出: inflected endings never match across forms; 入れ歯 stays whole. */
function stripOkurigana(word: string): string {
  return HAN.test(word) ? word.replace(TRAILING_HIRAGANA, "") : word;
}

/** Folded alias → folded canonical, and canonical → its folded forms. */
export type VariantLookup = {
  readonly aliases: readonly string[];
  readonly formsOf: ReadonlyMap<string, readonly string[]>;
  /** Every canonical form and alias as written, folded with `foldForMatch`, longest first. */
  readonly written: readonly string[];
};

export function buildVariantLookup(variants: VariantTable): VariantLookup {
  const formsOf = new Map<string, string[]>();
  const aliases: string[] = [];
  const written = new Set<string>();
  for (const [canonical, list] of Object.entries(variants)) {
    for (const form of [canonical, ...list]) written.add(foldForMatch(form));
    const folded = foldForMatch(canonical);
    const forms = [canonical, ...list]
      .map((form) => foldForKeys(stripOkurigana(form)))
      .filter((form) => form !== "");
    formsOf.set(folded, [...(formsOf.get(folded) ?? []), ...forms]);
    aliases.push(...forms);
  }
  written.delete("");
  return { aliases, formsOf, written: [...written].sort((a, b) => b.length - a.length) };
}

/**
 * The terms that say what a question is about, as opposed to how it is asked: variant
 * concepts, words with a kanji (inflected verbs cut to their kanji stem: 売らない → 売),
 * katakana loanwords and latin words. Everyday words ({@link EVERYDAY_WORDS}: 今日, 全部,
 * 大丈夫, 言う) and vague counts (何人) are left out. Words spelled inside a recognised concept are left to the
 * concept, so 家庭訪問 is one term, not three. Used to judge whether a passage covers the
 * question; ranking keeps using every analyzed term.
 */
export function extractKeyTerms(params: {
  analyze: TextAnalyzer;
  lookup: VariantLookup;
  question: string;
}): KeyTerm[] {
  const terms = params.analyze(params.question);
  const concepts = [
    ...new Set(
      terms
        .filter((term) => term.startsWith(TERM_PREFIX.concept))
        .map((term) => term.slice(TERM_PREFIX.concept.length)),
    ),
  ];
  const conceptForms = concepts.flatMap((concept) => params.lookup.formsOf.get(concept) ?? []);
  const insideConcept = (text: string) =>
    concepts.some((concept) => concept.includes(text)) ||
    conceptForms.some((form) => form.includes(text) || text.includes(form));
  const keys = new Map<string, KeyTerm>();
  for (const concept of concepts) {
    keys.set(concept, {
      text: concept,
      concept: true,
      forms: params.lookup.formsOf.get(concept) ?? [concept],
    });
  }
  const addWord = (text: string) => {
    if (
      text &&
      !keys.has(text) &&
      !QUESTION_WORDS.has(text) &&
      !VAGUE_COUNT.test(text) &&
      !EVERYDAY_WORDS.has(text) &&
      !insideConcept(text)
    ) {
      keys.set(text, { text, concept: false, forms: [text] });
    }
  };
  for (const term of terms) {
    if (!term.startsWith(TERM_PREFIX.word)) continue;
    const word = term.slice(TERM_PREFIX.word.length);
    if (HAN.test(word)) addWord(foldForKeys(stripOkurigana(word)));
    else if (LATIN_OR_DIGIT.test(word)) addWord(word);
  }
  // Katakana is folded to hiragana by the analyzer and then split into fragments (パート →
  // ぱ, と), so loanwords are taken from the question as written.
  for (const match of params.question.matchAll(KATAKANA_RUN)) {
    const folded = foldForMatch(match[0]);
    if (folded.length >= 2) addWord(folded);
  }
  return [...keys.values()];
}
