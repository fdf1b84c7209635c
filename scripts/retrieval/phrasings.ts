/**
 * Citizen phrasings for the sample FAQ's keywords. The training question sets
 * (`samples/mynumber-questions-train-*.csv`, written for this and never used to measure) say the
 * same needs in the words callers use; each answerable row becomes a keyword of the FAQ entry it
 * is labelled with first, so retrieval matches those words the way a city's own FAQ app would
 * after staff add the phrasings they hear. Rows that hold personal information are never copied.
 */
import type { EvalQuestion } from "../../src/core";
import { maskPii } from "../../src/core";

/**
 * The training sets whose rows become keywords (never the development or blind sets), and whether
 * their rows in other languages do too. Since training set 7 they do not: the foreign lexicon maps
 * their words to the FAQ's concepts, and whole foreign sentences as keywords tied questions to
 * the entries that happen to hold a phrasing in the same language (docs/engine.md, eleventh
 * round). The earlier sets' foreign keywords stay.
 */
export const PHRASING_SETS = [
  { file: "mynumber-questions-train-1.csv", foreign: true },
  { file: "mynumber-questions-train-2.csv", foreign: true },
  { file: "mynumber-questions-train-4.csv", foreign: true },
  { file: "mynumber-questions-train-5.csv", foreign: true },
  { file: "mynumber-questions-train-7.csv", foreign: false },
] as const;

/** A keyword as stored: `;` separates keywords, so it becomes 、; whitespace runs become one space. */
export function toKeyword(question: string): string {
  return question.replace(/[;；]/gu, "、").replace(/\s+/gu, " ").trim();
}

export type Phrasing = { readonly faqId: string; readonly keyword: string; readonly rowId: string };

/**
 * The phrasings of a training set: `answer` rows with an FAQ id (the first one), in Japanese
 * unless `foreign`, without the `[FAQなし]` marker, neither labelled as holding personal data
 * (`[mask]`, `[block]`) nor holding any the masker finds. Both checks: the masker misses some (a
 * name said with speech-recognition spaces, 田所 と 申します), the labels miss nothing their writer
 * saw.
 */
export function selectPhrasings(
  questions: readonly EvalQuestion[],
  options: { readonly foreign: boolean },
): Phrasing[] {
  return questions.flatMap((q) => {
    const faqId = q.expectedFaqIds[0];
    if (q.expectedAction !== "answer" || !faqId || /\[(FAQなし|mask|block)\]/u.test(q.note))
      return [];
    if (!options.foreign && q.tags.includes("english")) return [];
    if (maskPii(q.question).entities.length > 0) return [];
    const keyword = toKeyword(q.question);
    return keyword ? [{ faqId, keyword, rowId: q.id }] : [];
  });
}
