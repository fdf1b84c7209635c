/**
 * The "not found" decision of a manual search: measures how well the best-ranked passages
 * cover the question's key terms and compounds, and refuses below the fitted gate
 * ({@link scoreGate}) or the coverage floor, so a weak match is never shown as the answer.
 */

import type { Bm25Hit, TextAnalyzer } from "../search";
import { extractCompounds } from "./extract-compounds";
import type { VariantLookup } from "./extract-key-terms";
import { extractKeyTerms } from "./extract-key-terms";
import { measureKeyCoverage } from "./measure-key-coverage";
import { explainGate, MIN_GATE_SCORE, scoreGate } from "./score-gate";
import type { DocGateVerdict } from "./types";

/**
 * A floor under the not-found gate ({@link scoreGate}): below this IDF-weighted share of the
 * question's key terms (concepts, kanji words, loanwords) found in one candidate passage, the
 * manuals are taken not to answer whatever the other signals say. The fitted gate already
 * refuses below about 0.19, so the floor only guards against a refit gone wrong.
 */
export const MIN_COVERAGE = 0.15;

/** How many of the best BM25 passages the not-found gate looks at. */
export const GATE_CANDIDATES = 2;

/** How many of the best fused passages (what the caseworker is shown) the gate also looks at. */
export const GATE_FUSED_CANDIDATES = 3;

/** Whether the manuals answer the question, and the rounded signals that decided it. */
export type AnswerableJudgement = {
  readonly answerable: boolean;
  readonly verdict: DocGateVerdict;
};

/**
 * Judges one ranked question. Nothing ranked is never answerable.
 * @param passages every passage of the index, folded with `foldForKeys`
 */
export function judgeAnswerable(params: {
  readonly analyze: TextAnalyzer;
  readonly lookup: VariantLookup;
  /** The question, cut to the query limit. */
  readonly text: string;
  readonly passages: readonly string[];
  readonly lexical: readonly Bm25Hit[];
  readonly ranked: readonly { readonly index: number }[];
  /** @default MIN_COVERAGE */
  readonly minCoverage?: number;
  /** @default MIN_GATE_SCORE */
  readonly minGateScore?: number;
}): AnswerableJudgement {
  const { analyze, lookup, text, lexical, ranked } = params;
  const gate = measureKeyCoverage({
    keyTerms: extractKeyTerms({ analyze, lookup, question: text }),
    compounds: extractCompounds(text, lookup),
    passages: params.passages,
    candidates: [
      ...new Set([
        ...lexical.slice(0, GATE_CANDIDATES).map((hit) => hit.index),
        ...ranked.slice(0, GATE_FUSED_CANDIDATES).map((hit) => hit.index),
      ]),
    ],
  });
  const answerable = !(
    ranked.length === 0 ||
    gate.coverage < (params.minCoverage ?? MIN_COVERAGE) ||
    scoreGate(gate) < (params.minGateScore ?? MIN_GATE_SCORE)
  );
  return { answerable, verdict: explainGate(gate) };
}
