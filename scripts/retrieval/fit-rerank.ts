/**
 * Fits the FAQ reranker's weights (`npx tsx scripts/retrieval/fit-rerank.ts`): a linear model
 * over the features of `src/core/search/rerank-features.ts`, trained with a listwise softmax
 * loss (the expected entries against the other top-20 candidates) on the tuning rows of
 * `samples/mynumber-questions.csv` and the blind sets that became development sets
 * (`DEVELOPMENT_SETS` in `diagnose.ts`). Prints top-1 per set for the current weights; then, for
 * each development set left out in turn, its top-1 under the current weights and under a fit
 * without it (out of sample), summed over the sets; then the fit on all of them (the weights for
 * `rerank-weights.ts`, scaled so `whole` is 1). Held-out rows only as aggregates, never trained
 * on. Blind sets that have not had their runs are not read. Deterministic: fixed start,
 * full-batch descent.
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
import { DEVELOPMENT_SETS, loadSplits } from "./diagnose";

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
  let correct = 0;
  for (const { features, positive } of examples) {
    const order = features
      .map((x, c) => ({ c, s: dot(w, x) }))
      .sort((a, b) => b.s - a.s || a.c - b.c);
    if (order[0] && positive[order[0].c]) correct += 1;
  }
  return { correct, top1: `${correct}/${examples.length}` };
}

function toVector(weights: RerankWeights): number[] {
  return RERANK_FEATURE_NAMES.map((name) => weights[name]);
}

function main(): void {
  const samples = join(findRepoRoot(), "samples");
  const read = (file: string) => readFileSync(join(samples, file), "utf8");
  const entries = parseFaqCsv(read("mynumber-faq.csv")).entries;
  // The blind sets whose first runs are recorded are development sets now (samples/*README.md).
  const splits = loadSplits();
  const load = (questions: readonly EvalQuestion[]) => loadExamples(entries, questions);
  const tuning = load(splits.tuning ?? []);
  const heldout = load(splits.heldout ?? []);
  const devs = DEVELOPMENT_SETS.map(([name]) => [name, load(splits[name] ?? [])] as const);
  // The current weights scaled to a softmax-friendly size: the start point of every fit.
  const start = toVector(RERANK_WEIGHTS).map((wk) => wk * 10);
  const sets = [["tuning", tuning], ...devs, ["heldout (aggregate)", heldout]] as const;
  const show = (w: readonly number[]) => sets.map(([n, e]) => `${n} ${accuracy(e, w).top1}`);
  console.log(`L2 ${L2}; top-1 per set`);
  console.log(`current weights: ${show(start).join(" | ")}`);
  // Leave one development set out: its figure is out of sample.
  let outCurrent = 0;
  let outFitted = 0;
  for (const [name, held] of devs) {
    const train = [...tuning, ...devs.filter(([other]) => other !== name).flatMap(([, e]) => e)];
    const w = fit(train, start);
    const before = accuracy(held, start).correct;
    const after = accuracy(held, w).correct;
    outCurrent += before;
    outFitted += after;
    console.log(`without ${name}: ${name} ${before} → ${after} of ${held.length}`);
  }
  console.log(`out of sample, summed over the development sets: ${outCurrent} → ${outFitted}`);
  const fitted = fit([...tuning, ...devs.flatMap(([, e]) => e)], start);
  console.log(`fitted on all: ${show(fitted).join(" | ")}`);
  const scaled = fitted.map((wk) => Math.round((wk / (fitted[0] as number)) * 1000) / 1000);
  console.log("fitted weights (whole = 1), for rerank-weights.ts:");
  console.log(
    JSON.stringify(Object.fromEntries(RERANK_FEATURE_NAMES.map((n, k) => [n, scaled[k]])), null, 2),
  );
}

main();
