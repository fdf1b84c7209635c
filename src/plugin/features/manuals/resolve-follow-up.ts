import type { DocIndex } from "../../../core/docs";

/** At most this many key terms of the earlier turn are carried into a follow-up. */
export const MAX_CARRIED_TERMS = 6;

/**
 * How far down the follow-up's own ranking the context may reach: the earlier turn only
 * chooses among passages the follow-up itself finds, so a new topic is never pulled back.
 */
const RERANK_DEPTH = 10;

// Words that point back at the earlier turn: the follow-up cannot stand alone.
const BACK_REFERENCE =
  /^(?:では|じゃあ|それなら|だったら|なら|また|あと|ほかに|他に)|それ|その|この|これ|あれ|同じ|そちら|こちら/;

// Kanji, katakana and latin runs carry the topic; hiragana is grammar (as in the engine).
const TOPICAL_RUN = /[\p{Script=Han}\p{Script=Katakana}ーｰA-Za-zＡ-Ｚａ-ｚ0-9０-９]{2,}/gu;

/** The topic words of a question, in order, without repeats. */
export function extractKeyTerms(text: string): string[] {
  return [...new Set(text.match(TOPICAL_RUN) ?? [])];
}

/** The follow-up with the earlier turn's key terms in front. */
export function buildContextQuery(carried: readonly string[], question: string): string {
  return carried.length > 0 ? `${carried.join("・")}について、${question}` : question;
}

export type FollowUp = {
  /** What is searched (and, in LLM mode, asked). */
  readonly query: string;
  /** Key terms taken from the earlier turn; empty when the question stands alone. */
  readonly carried: readonly string[];
};

/**
 * Understands a follow-up in the context of the earlier turn (`previousQuery`, itself already
 * resolved). Context is carried when the follow-up refers back (それ, その場合, では…); when its
 * best passage is one that the follow-up alone also finds and that is about the earlier turn's
 * words (the context then only picks among the follow-up's own passages). A follow-up the
 * manuals do not cover on its own words stays "not found", and a new topic is searched on its
 * own.
 */
export function resolveFollowUp(params: {
  index: DocIndex;
  previousQuery: string | null;
  question: string;
}): FollowUp {
  const { index, question } = params;
  const alone: FollowUp = { query: question, carried: [] };
  if (!params.previousQuery) return alone;
  const own = new Set(extractKeyTerms(question));
  const carried = extractKeyTerms(params.previousQuery)
    .filter((term) => !own.has(term))
    .slice(-MAX_CARRIED_TERMS);
  if (carried.length === 0) return alone;
  const contextual: FollowUp = { query: buildContextQuery(carried, question), carried };
  if (BACK_REFERENCE.test(question)) return contextual;
  const ownResult = index.search(question, { limit: RERANK_DEPTH });
  if (!ownResult.found) return alone;
  const withContext = index.search(contextual.query, { limit: 1 });
  if (!withContext.found) return alone;
  const best = withContext.hits[0]!.chunk;
  const passage = [...best.sectionPath, best.text].join("\n");
  const related = carried.some((term) => passage.includes(term));
  const reachable = ownResult.hits.some((hit) => hit.chunk.id === best.id);
  return related && reachable ? contextual : alone;
}
