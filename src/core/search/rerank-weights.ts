import type { RerankWeights } from "./rerank-features";

/**
 * The reranker's weights, fitted by `scripts/retrieval/fit-rerank.ts` on the tuning rows and the
 * two development sets (blind sets after their first run), scaled so `whole` is 1 and scores
 * keep the scale the confidence estimate expects. Out of sample (trained without it), each
 * development set gained 2 rows at top-1 over the hand-set weights (whole 1, view 0.3), the
 * held-out rows lost 2 (docs/engine.md, fifth round). Twenty-seventh round: view, question and
 * bigram raised by coordinate search on top-1 over the whole development pool (50 sets), so a
 * near-tie on words goes to the entry whose question the caller says in full: 8,984 → 9,009 of
 * 9,637, top-3 9,493 → 9,501; 21 sets gained, 9 lost a row or more. Thirty-fourth round: askWhy
 * set by hand over all 65 sets (0.05 +2, 0.07 +3, 0.1 +3 −1 top-1; top-3 unchanged);
 * abroadUnsaid likewise (−0.1 +10, −0.15 +16, −0.2 +17 and top-3 +2, −0.3 +18 −1 and top-3 +2 −1).
 * Thirty-fifth round, over all 67 sets: abroadUnsaid became caseUnsaid with the religious or
 * medical head cover (−0.2 +3, −0.25 +8, −0.3 +8 −1 and top-3 −1, over the abroad-only −0.2);
 * personUnsaid, a child or an old person, on top of it (−0.05 +8 −1, −0.08 +12 −1 and top-3 +4,
 * −0.1 +14 −2 and top-3 +6, −0.12 +16 −3).
 * Thirty-seventh round, over all 71 sets: scopeUnsaid, all or both (全部, 両方) in the entry's
 * question and not in the caller's (−0.1 +4 −1 and top-3 +3, −0.15 +5 −1 and top-3 +3,
 * −0.2 +7 −1 and top-3 +3 −2, −0.25 +7 −2 and top-3 +3 −2).
 * Thirty-ninth round: intentInViews, every kind the caller asks asked by one of the entry's views
 * (screen: 0.03 +12 −7, 0.06 +24 −10 and top-3 −4, 0.09 +29 −15, 0.12 +37 −25); at 0.06 over the
 * whole pool +24 −10 top-1, top-3 −4, hand-overs, departments, answered rows and crises unchanged.
 */
export const RERANK_WEIGHTS: RerankWeights = {
  whole: 1,
  view: 0.124,
  question: 0.08,
  conceptRecall: -0.011,
  questionConcepts: 0.069,
  intentMatch: -0.019,
  intentExtra: -0.016,
  bigram: 0.148,
  askWhy: 0.07,
  intentInViews: 0.06,
  caseUnsaid: -0.25,
  personUnsaid: -0.08,
  scopeUnsaid: -0.15,
};
