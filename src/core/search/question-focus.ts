/**
 * A caller often tells a story before asking (子どもが先月生まれました。…いつできますか?): the
 * story's words match entries about the story, the question's words the entry that answers it.
 * The concepts of the asking sentences count this much more in the whole-entry score; measured
 * on the development pool (twenty-sixth round).
 */
export const QUESTION_FOCUS_BOOST = 0.5;

// A sentence ends at a Japanese or Chinese stop, a question or exclamation mark, a line break,
// or a Latin full stop before a space.
const SENTENCE_END = /(?<=[。．！？!?\n])|(?<=\.)\s+/u;
const ASKS = /[?？]/u;
// A Japanese question without its mark: ends in か or の (…ますか。 …いいの).
const ASKS_WITHOUT_MARK = /(か|の|かな|かね)[。．.\s]*$/u;

/**
 * The sentences of `text` that ask, joined, or null when there is nothing to focus on: one
 * sentence only, every sentence asks, or none does. Sentences with a question mark ask; without
 * any mark, those ending like a Japanese question do. Several questions (要りますか?お金は?)
 * are all kept: the last is often a follow-up, not the topic.
 */
export function findAskingSentences(text: string): string | null {
  const sentences = text
    .split(SENTENCE_END)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
  if (sentences.length < 2) return null;
  const marked = sentences.filter((sentence) => ASKS.test(sentence));
  const asking =
    marked.length > 0 ? marked : sentences.filter((sentence) => ASKS_WITHOUT_MARK.test(sentence));
  if (asking.length === 0 || asking.length === sentences.length) return null;
  return asking.join(" ");
}
