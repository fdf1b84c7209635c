import type { TextAnalyzer } from "../search";
import { TERM_PREFIX } from "../search";

// Hiragana in a question is mostly grammar (〜してもいいですか, 〜はいくら); topics are written
// in kanji and katakana. Katakana is folded to hiragana only after this check.
const HIRAGANA_RUN = /[\p{Script=Hiragana}]+/gu;

/**
 * The terms of a conversational question that carry its topic: variant concepts, terms of its
 * kanji/katakana/latin parts, and terms inside a recognised concept. Without this, polite
 * phrasing (〜と言われたらどうすればいいですか) weighs as much as the topic and a clear
 * question looks unanswered.
 */
export function selectQueryTerms(analyze: TextAnalyzer, question: string): string[] {
  const all = analyze(question);
  const content = new Set(analyze(question.replace(HIRAGANA_RUN, " ")));
  const concepts = all
    .filter((term) => term.startsWith(TERM_PREFIX.concept))
    .map((term) => term.slice(TERM_PREFIX.concept.length));
  const selected = all.filter((term) => {
    if (term.startsWith(TERM_PREFIX.concept) || content.has(term)) return true;
    const text = term.slice(2);
    return concepts.some((concept) => concept.includes(text));
  });
  // A question written only in hiragana still has to search for something.
  return selected.length > 0 ? selected : all;
}
