import type { RerankWeights } from "./rerank-features";

/**
 * The reranker's weights. `whole` stays 1 so scores keep the scale the confidence estimate
 * expects; `view` 0.3 and the rest 0 reproduce the hand-set rerank of the third round.
 */
export const RERANK_WEIGHTS: RerankWeights = {
  whole: 1,
  view: 0.3,
  question: 0,
  conceptRecall: 0,
  questionConcepts: 0,
  intentMatch: 0,
  intentExtra: 0,
};
