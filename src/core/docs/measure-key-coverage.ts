import { ASKED_ATTRIBUTES } from "./everyday-words";
import type { KeyTerm } from "./extract-key-terms";

/** How well the best of the top passages covers a question's key terms and compounds. */
export type KeyCoverage = {
  /** Best IDF-weighted share (0–1) of the key terms found in one of the candidate passages. */
  readonly coverage: number;
  /** IDF-weighted share (0–1) of the key words (2+ characters, not concepts) no passage contains. */
  readonly missing: number;
  /** IDF-weighted share (0–1) of the compounds found whole in that best passage; 1 without any. */
  readonly compoundCoverage: number;
  readonly keyTerms: number;
};

type TermStats = { readonly idf: number; readonly df: number; readonly inCandidate: boolean[] };

function measureTerms(
  terms: readonly KeyTerm[],
  passages: readonly string[],
  candidates: readonly number[],
): TermStats[] {
  const count = passages.length;
  return terms.map((term) => {
    const has = (passage: string) => term.forms.some((form) => passage.includes(form));
    let df = 0;
    for (const passage of passages) if (has(passage)) df += 1;
    return {
      idf: Math.log(1 + (count - df + 0.5) / (df + 0.5)),
      df,
      inCandidate: candidates.map((passage) => has(passages[passage] ?? "")),
    };
  });
}

const ATTRIBUTES = new Set(ASKED_ATTRIBUTES);

/**
 * Whether a key term found nowhere says the question is off the manuals' topics. A one-kanji
 * term is mostly a verb stem (出る → 出, 言う → 言), a concept is our own casework vocabulary
 * (地区担当員) and an asked attribute (方法, 期限) is the question's shape: a small manual may
 * never use them, which says nothing about its topics.
 */
function isTopicWord(term: KeyTerm): boolean {
  return !term.concept && Array.from(term.text).length >= 2 && !ATTRIBUTES.has(term.text);
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/**
 * Measures key-term coverage with substring matching on folded text, so a compound
 * (介護保険料) or an inflected stem (振込 in 振り込む) is judged as written, not as the
 * analyzer's fragments. IDF comes from how many passages contain the term. The best passage is
 * the candidate covering most key terms; compounds are then looked for in that same passage.
 * @param passages every passage of the index, folded with `foldForKeys`
 * @param candidates indexes into `passages` of the passages ranked first
 */
export function measureKeyCoverage(params: {
  keyTerms: readonly KeyTerm[];
  compounds?: readonly KeyTerm[];
  passages: readonly string[];
  candidates: readonly number[];
}): KeyCoverage {
  const { keyTerms, passages, candidates } = params;
  const keys = measureTerms(keyTerms, passages, candidates);
  const compounds = measureTerms(params.compounds ?? [], passages, candidates);
  const total = sum(keys.map((key) => key.idf));
  const found = candidates.map((_, rank) =>
    sum(keys.filter((key) => key.inCandidate[rank]).map((key) => key.idf)),
  );
  const best = found.indexOf(Math.max(...found));
  const compoundTotal = sum(compounds.map((compound) => compound.idf));
  const share = (
    stats: readonly TermStats[],
    of: number,
    keep: (s: TermStats, i: number) => boolean,
  ) => (of === 0 ? 0 : sum(stats.filter(keep).map((s) => s.idf)) / of);
  return {
    coverage: total === 0 || best < 0 ? 0 : found[best]! / total,
    missing: share(keys, total, (key, i) => key.df === 0 && isTopicWord(keyTerms[i]!)),
    compoundCoverage:
      compoundTotal === 0
        ? 1
        : share(compounds, compoundTotal, (c) => c.inCandidate[best] === true),
    keyTerms: keyTerms.length,
  };
}
