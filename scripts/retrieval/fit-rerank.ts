/**
 * Fits the FAQ reranker's weights (`npx tsx scripts/retrieval/fit-rerank.ts`): a linear model
 * over the features of `src/core/search/rerank-features.ts`, trained with a listwise softmax
 * loss (the expected entries against the other top-20 candidates) on the tuning rows of
 * `samples/mynumber-questions.csv` and the two blind sets that became development sets. Prints
 * top-1/top-3 per set for the hand-set weights and for each fit: trained without one development
 * set (so that set is out of sample), then on all three (the weights for `rerank-weights.ts`,
 * scaled so `whole` is 1). Held-out rows only as aggregates, never trained on. Blind sets that
 * have not had their first run are not read. Deterministic: fixed start, full-batch descent.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { EvalQuestion, FaqEntry } from "../../src/core";
import { parseFaqCsv } from "../../src/core";
import { buildFaqSearchParts, MAX_QUERY_CHARS } from "../../src/core/search/FaqIndex";
import { RERANK_DEPTH } from "../../src/core/search/question-views";
import type { RerankWeights } from "../../src/core/search/rerank-features";
import {
  computeCandidateFeatures,
  RERANK_FEATURE_NAMES,
} from "../../src/core/search/rerank-features";
import { RERANK_WEIGHTS } from "../../src/core/search/rerank-weights";
import { findRepoRoot } from "../repo-root";
import { loadSplits } from "./diagnose";

type Example = { features: number[][]; positive: boolean[] };

const L2 = Number(process.env.RERANK_L2 ?? "0.01");
const STEPS = 3000;
const LEARNING_RATE = 0.5;

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
      bigram: parts.bigrams.scorer(q.question.slice(0, MAX_QUERY_CHARS)),
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
  // The blind sets whose first run is recorded are development sets now (samples/*README.md).
  const splits = loadSplits();
  const load = (questions: readonly EvalQuestion[]) => loadExamples(entries, questions);
  const tuning = load(splits.tuning);
  const heldout = load(splits.heldout);
  const dev1 = load(splits.unseen);
  const dev2 = load(splits.unseen2);
  const dev3 = load(splits.unseen3);
  const dev4 = load(splits.unseen4);
  // The hand-set weights scaled to a softmax-friendly size: the start point of every fit.
  const start = toVector(RERANK_WEIGHTS).map((wk) => wk * 10);
  const current = RERANK_FEATURE_NAMES.map(() => 0);
  current[0] = 10;
  current[1] = 3;
  console.log(`L2 ${L2}; each line: trained on the left, measured on every set`);
  const plans = [
    ["all but dev-1", [...tuning, ...dev2, ...dev3, ...dev4]],
    ["all but dev-2", [...tuning, ...dev1, ...dev3, ...dev4]],
    ["all but dev-3", [...tuning, ...dev1, ...dev2, ...dev4]],
    ["all but dev-4", [...tuning, ...dev1, ...dev2, ...dev3]],
    ["tuning + dev-1 … dev-4 (the weights)", [...tuning, ...dev1, ...dev2, ...dev3, ...dev4]],
  ] as const;
  const sets = [
    ["tuning", tuning],
    ["dev-1", dev1],
    ["dev-2", dev2],
    ["dev-3", dev3],
    ["dev-4", dev4],
    ["heldout (aggregate)", heldout],
  ] as const;
  console.log(
    `whole 1, view 0.3: ${sets.map(([n, e]) => `${n} ${accuracy(e, current)}`).join(" | ")}`,
  );
  let fitted: number[] = start;
  for (const [label, train] of plans) {
    fitted = fit(train, start);
    console.log(`${label}: ${sets.map(([n, e]) => `${n} ${accuracy(e, fitted)}`).join(" | ")}`);
  }
  const scaled = fitted.map((wk) => Math.round((wk / (fitted[0] as number)) * 1000) / 1000);
  console.log("fitted weights (whole = 1), for rerank-weights.ts:");
  console.log(
    JSON.stringify(Object.fromEntries(RERANK_FEATURE_NAMES.map((n, k) => [n, scaled[k]])), null, 2),
  );
}

main();
