/**
 * Fits the FAQ reranker's weights (`npx tsx scripts/retrieval/fit-rerank.ts`): a linear model
 * over the features of `src/core/search/rerank-features.ts`, trained with a listwise softmax
 * loss (the expected entries against the other top-20 candidates) on the TUNING rows of
 * `samples/mynumber-questions.csv` only. Prints 5-fold cross-validation on the tuning rows, then
 * the fitted weights (scaled so `whole` is 1, ready to paste into `rerank-weights.ts`) and
 * top-1/top-3 on tuning, the unseen development set and the held-out rows (aggregates only).
 * Deterministic: fixed folds, fixed start, full-batch gradient descent.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { EvalQuestion, FaqEntry } from "../../src/core";
import { HELDOUT_TAG, parseFaqCsv, parseQuestionsCsv } from "../../src/core";
import { buildFaqSearchParts, MAX_QUERY_CHARS } from "../../src/core/search/FaqIndex";
import { RERANK_DEPTH } from "../../src/core/search/question-views";
import type { RerankWeights } from "../../src/core/search/rerank-features";
import {
  computeCandidateFeatures,
  RERANK_FEATURE_NAMES,
} from "../../src/core/search/rerank-features";
import { RERANK_WEIGHTS } from "../../src/core/search/rerank-weights";
import { findRepoRoot } from "../repo-root";

type Example = { features: number[][]; positive: boolean[] };

const L2 = Number(process.env.RERANK_L2 ?? "0.01");
const STEPS = 3000;
const LEARNING_RATE = 0.5;
const FOLDS = 5;

function loadExamples(entries: readonly FaqEntry[], rows: readonly EvalQuestion[]): Example[] {
  const parts = buildFaqSearchParts(entries);
  return rows.map((q) => {
    const queryTerms = parts.analyze(q.question.slice(0, MAX_QUERY_CHARS));
    const { candidates, features } = computeCandidateFeatures({
      whole: parts.bm25.scoreAll(queryTerms),
      views: parts.views,
      queryTerms,
      idf: (term) => parts.bm25.idf(term),
      depth: RERANK_DEPTH,
    });
    const positive = candidates.map((hit) =>
      q.expectedFaqIds.includes(parts.bm25.ids[hit.index] ?? ""),
    );
    return { features: features.map((f) => [...f]), positive };
  });
}

const dot = (w: readonly number[], x: readonly number[]) =>
  w.reduce((sum, wk, k) => sum + wk * (x[k] ?? 0), 0);

/** Listwise softmax: maximize log Σ p(expected) per question, L2 on all but `whole`. */
function fit(examples: readonly Example[], start: readonly number[]): number[] {
  const w = [...start];
  const usable = examples.filter((e) => e.positive.some(Boolean));
  for (let step = 0; step < STEPS; step += 1) {
    const grad = w.map((wk, k) => (k === 0 ? 0 : 2 * L2 * wk));
    for (const { features, positive } of usable) {
      const scores = features.map((x) => dot(w, x));
      const top = Math.max(...scores);
      const exp = scores.map((s) => Math.exp(s - top));
      const all = exp.reduce((a, b) => a + b, 0);
      const pos = exp.reduce((a, e, c) => a + (positive[c] ? e : 0), 0);
      features.forEach((x, c) => {
        const pAll = (exp[c] as number) / all;
        const pPos = positive[c] ? (exp[c] as number) / pos : 0;
        x.forEach((xk, k) => {
          grad[k] = (grad[k] as number) + ((pAll - pPos) * xk) / usable.length;
        });
      });
    }
    w.forEach((_, k) => {
      w[k] = (w[k] as number) - LEARNING_RATE * (grad[k] as number);
    });
  }
  return w;
}

function accuracy(examples: readonly Example[], w: readonly number[]) {
  let top1 = 0;
  let top3 = 0;
  for (const { features, positive } of examples) {
    const order = features
      .map((x, c) => ({ c, s: dot(w, x) }))
      .sort((a, b) => b.s - a.s || a.c - b.c);
    if (order[0] && positive[order[0].c]) top1 += 1;
    if (order.slice(0, 3).some((o) => positive[o.c])) top3 += 1;
  }
  const pct = (n: number) =>
    `${((100 * n) / examples.length).toFixed(1)}% (${n}/${examples.length})`;
  return `top-1 ${pct(top1)}, top-3 ${pct(top3)}`;
}

function toVector(weights: RerankWeights): number[] {
  return RERANK_FEATURE_NAMES.map((name) => weights[name]);
}

function main(): void {
  const samples = join(findRepoRoot(), "samples");
  const read = (file: string) => readFileSync(join(samples, file), "utf8");
  const entries = parseFaqCsv(read("mynumber-faq.csv")).entries;
  const tagged = parseQuestionsCsv(read("mynumber-questions.csv")).questions.filter(
    (q) => q.expectedFaqIds.length > 0,
  );
  const unseen = parseQuestionsCsv(read("mynumber-questions-unseen.csv")).questions.filter(
    (q) => q.expectedFaqIds.length > 0,
  );
  const tuning = loadExamples(
    entries,
    tagged.filter((q) => !q.tags.includes(HELDOUT_TAG)),
  );
  const heldout = loadExamples(
    entries,
    tagged.filter((q) => q.tags.includes(HELDOUT_TAG)),
  );
  const dev = loadExamples(entries, unseen);
  // The hand-set weights scaled to a softmax-friendly size: the start point of every fit.
  const start = toVector(RERANK_WEIGHTS).map((wk) => wk * 10);
  const folds = Array.from({ length: FOLDS }, (_, f) => tuning.filter((_, i) => i % FOLDS === f));
  let cvCurrent = 0;
  let cvFitted = 0;
  folds.forEach((test, f) => {
    const train = tuning.filter((_, i) => i % FOLDS !== f);
    const w = fit(train, start);
    const hits = (weights: readonly number[]) =>
      test.filter(({ features, positive }) => {
        const best = features.reduce(
          (b, x, c) => (dot(weights, x) > dot(weights, features[b] ?? []) ? c : b),
          0,
        );
        return positive[best];
      }).length;
    cvCurrent += hits(start);
    cvFitted += hits(w);
  });
  console.log(
    `L2 ${L2}; tuning ${FOLDS}-fold CV top-1: current weights ${cvCurrent}/${tuning.length}, fitted ${cvFitted}/${tuning.length}`,
  );
  const w = fit(tuning, start);
  const scaled = w.map((wk) => Math.round((wk / (w[0] as number)) * 1000) / 1000);
  console.log("fitted weights (whole = 1):");
  console.log(
    JSON.stringify(Object.fromEntries(RERANK_FEATURE_NAMES.map((n, k) => [n, scaled[k]])), null, 2),
  );
  for (const [label, examples] of [
    ["tuning", tuning],
    ["unseen (dev)", dev],
    ["heldout (aggregate)", heldout],
  ] as const) {
    console.log(
      `${label}: current ${accuracy(examples, start)} | fitted ${accuracy(examples, scaled)}`,
    );
  }
}

main();
