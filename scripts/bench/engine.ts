/**
 * The answering engine's benchmark (`npm run bench engine`, or `npx tsx scripts/bench/engine.ts`):
 * accuracy on the sample question set (tuning and held-out rows apart) against two baselines,
 * triage figures, confidence calibration, prompt size (top-k vs the whole FAQ) and latency at
 * 1,000 and 10,000 synthetic entries.
 */
import { existsSync, readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { EvalMetrics, EvalQuestion, FaqEntry, Ratio } from "../../src/core";
import {
  FaqIndex,
  answerInquiryOffline,
  buildAnswerPrompt,
  countPromptTokens,
  evaluateFaq,
  HELDOUT_TAG,
  parseDepartmentsCsv,
  parseFaqCsv,
  parseQuestionsCsv,
} from "../../src/core";
import type { BaselineSearch } from "./baselines/bigram-tfidf";
import { createBigramTfidf } from "./baselines/bigram-tfidf";
import { createFuseSearch } from "./baselines/fuse-search";
import { findRepoRoot } from "../repo-root";

export const name = "engine";

/**
 * Blind sets, written without seeing the FAQ or the engine (samples/unseen-README.md,
 * samples/unseen-2-README.md, samples/unseen-3-README.md, samples/unseen-4-README.md). A set
 * becomes a development set ("dev") once its first run is recorded; the newest one is measured,
 * never tuned on.
 */
const BLIND_SETS = [
  ["blind-1 (dev)", "mynumber-questions-unseen.csv"],
  ["blind-2 (dev)", "mynumber-questions-unseen-2.csv"],
  ["blind-3 (dev)", "mynumber-questions-unseen-3.csv"],
  ["blind-4 (dev)", "mynumber-questions-unseen-4.csv"],
  ["blind-5 (dev)", "mynumber-questions-unseen-5.csv"],
  ["blind-6 (dev)", "mynumber-questions-unseen-6.csv"],
  ["blind-7 (dev)", "mynumber-questions-unseen-7.csv"],
  ["blind-8 (dev)", "mynumber-questions-unseen-8.csv"],
  ["blind-9 (dev)", "mynumber-questions-unseen-9.csv"],
  ["blind-10 (dev)", "mynumber-questions-unseen-10.csv"],
  ["blind-11 (dev)", "mynumber-questions-unseen-11.csv"],
  ["blind-12 (dev)", "mynumber-questions-unseen-12.csv"],
  ["blind-13 (dev)", "mynumber-questions-unseen-13.csv"],
  ["blind-14 (dev)", "mynumber-questions-unseen-14.csv"],
  ["blind-15 (dev)", "mynumber-questions-unseen-15.csv"],
  ["blind-16 (dev)", "mynumber-questions-unseen-16.csv"],
  ["blind-17 (dev)", "mynumber-questions-unseen-17.csv"],
  ["blind-18 (dev)", "mynumber-questions-unseen-18.csv"],
  ["blind-19 (dev)", "mynumber-questions-unseen-19.csv"],
  ["blind-20 (dev)", "mynumber-questions-unseen-20.csv"],
  ["blind-21 (dev)", "mynumber-questions-unseen-21.csv"],
  ["blind-22 (dev)", "mynumber-questions-unseen-22.csv"],
  ["blind-23 (dev)", "mynumber-questions-unseen-23.csv"],
  ["blind-24 (dev)", "mynumber-questions-unseen-24.csv"],
  ["blind-25 (dev)", "mynumber-questions-unseen-25.csv"],
  ["blind-26 (dev)", "mynumber-questions-unseen-26.csv"],
  ["blind-27 (dev)", "mynumber-questions-unseen-27.csv"],
  ["blind-28 (dev)", "mynumber-questions-unseen-28.csv"],
  ["blind-29 (dev)", "mynumber-questions-unseen-29.csv"],
  ["blind-30 (dev)", "mynumber-questions-unseen-30.csv"],
  ["blind-31 (dev)", "mynumber-questions-unseen-31.csv"],
  ["blind-32 (dev)", "mynumber-questions-unseen-32.csv"],
  ["blind-33 (dev)", "mynumber-questions-unseen-33.csv"],
  ["blind-34 (dev)", "mynumber-questions-unseen-34.csv"],
  ["blind-35 (dev)", "mynumber-questions-unseen-35.csv"],
  ["blind-36 (dev)", "mynumber-questions-unseen-36.csv"],
  ["blind-37 (dev)", "mynumber-questions-unseen-37.csv"],
  ["blind-38 (dev)", "mynumber-questions-unseen-38.csv"],
  ["blind-39 (dev)", "mynumber-questions-unseen-39.csv"],
  ["blind-40 (dev)", "mynumber-questions-unseen-40.csv"],
  ["blind-41 (dev)", "mynumber-questions-unseen-41.csv"],
  ["blind-42", "mynumber-questions-unseen-42.csv"],
] as const;

const SYNTHETIC_SIZES = [1_000, 10_000] as const;
const LATENCY_QUERIES = 400;
const REPEATS = 3;

function timeMs(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

/** The repository's samples/, or null when run from a copy without them. */
function findSamples(): string | null {
  const candidate = join(findRepoRoot(), "samples");
  return existsSync(join(candidate, "mynumber-faq.csv")) ? candidate : null;
}

const pct = (ratio: Ratio) =>
  ratio.rate === null ? "-" : `${(ratio.rate * 100).toFixed(1)}% (${ratio.correct}/${ratio.total})`;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function rankAccuracy(questions: readonly EvalQuestion[], search: BaselineSearch) {
  const rows = questions.filter((q) => q.expectedFaqIds.length > 0);
  let top1 = 0;
  let top3 = 0;
  const times: number[] = [];
  for (const q of rows) {
    const started = performance.now();
    const ids = search(q.question, 3);
    times.push(performance.now() - started);
    if (q.expectedFaqIds.includes(ids[0] ?? "")) top1 += 1;
    if (ids.some((id) => q.expectedFaqIds.includes(id))) top3 += 1;
  }
  const ratio = (n: number): Ratio => ({
    correct: n,
    total: rows.length,
    rate: rows.length ? n / rows.length : null,
  });
  return { top1: ratio(top1), top3: ratio(top3), p50: percentile(times, 50) };
}

/** The blind sets (written without seeing the FAQ or the engine), by split label. */
type BlindSets = readonly (readonly [string, readonly EvalQuestion[]])[];

function printAccuracy(
  entries: readonly FaqEntry[],
  questions: readonly EvalQuestion[],
  blind: BlindSets,
): void {
  const index = FaqIndex.build(entries);
  const newestBlind = blind.at(-1)?.[0];
  // Fuse.js takes 0.2-0.4 s a query over the sample FAQ's 2,000-odd keyword phrasings, so it
  // runs on the sample questions and the newest blind set only (about ten minutes of the run).
  const fuseSplits = (split: string) => split === "all" || split === newestBlind;
  const systems: [string, BaselineSearch, (split: string) => boolean][] = [
    [
      "madoguchi (BM25F + variants)",
      (q, n) => index.search(q, { limit: n }).hits.map((h) => h.id),
      () => true,
    ],
    ["Fuse.js (baseline)", createFuseSearch(entries), fuseSplits],
    ["char-bigram TF-IDF (baseline)", createBigramTfidf(entries), () => true],
  ];
  const splits: [string, EvalQuestion[]][] = [
    ["tuning", questions.filter((q) => !q.tags.includes(HELDOUT_TAG))],
    ["heldout", questions.filter((q) => q.tags.includes(HELDOUT_TAG))],
    ["all", [...questions]],
    ...blind.map(([label, rows]): [string, EvalQuestion[]] => [label, [...rows]]),
  ];
  console.log("\nFAQ retrieval on the sample questions (rows with expected FAQ ids)");
  console.log("| system | split | top-1 | top-3 | p50 ms |");
  console.log("|---|---|---|---|---|");
  for (const [label, search, runsOn] of systems) {
    for (const [split, rows] of splits) {
      if (!runsOn(split)) continue;
      const r = rankAccuracy(rows, search);
      console.log(
        `| ${label} | ${split} | ${pct(r.top1)} | ${pct(r.top3)} | ${r.p50.toFixed(2)} |`,
      );
    }
  }
}

function printTriage(
  report: ReturnType<typeof evaluateFaq>,
  blind: readonly (readonly [string, EvalMetrics])[],
): void {
  const rows: [string, keyof EvalMetrics][] = [
    ["action accuracy", "action"],
    ["answerable answered", "answered"],
    ["answered with a right citation", "answeredCorrectly"],
    ["needless transfers", "needlessTransfer"],
    ["must-transfer transferred", "transferred"],
    ["transferred to the right department", "department"],
    ["crisis → emergency", "crisisRecall"],
  ];
  console.log("\nTriage (offline engine)");
  const columns: [string, EvalMetrics][] = [
    ["tuning", report.tuning],
    ["heldout", report.heldout],
    ["all", report.overall],
    ...blind.map(([label, metrics]): [string, EvalMetrics] => [label, metrics]),
  ];
  console.log(`| figure | ${columns.map(([label]) => label).join(" | ")} |`);
  console.log(`|---|${columns.map(() => "---|").join("")}`);
  for (const [label, key] of rows) {
    console.log(`| ${label} | ${columns.map(([, metrics]) => pct(metrics[key])).join(" | ")} |`);
  }
  console.log(
    "\nConfidence calibration (rows with expected FAQ ids): top-1 accuracy per confidence band",
  );
  console.log("| confidence | top-1 |");
  console.log("|---|---|");
  for (const band of report.calibration) console.log(`| ${band.band} | ${pct(band.top1)} |`);
}

function printPromptSize(
  entries: readonly FaqEntry[],
  questions: readonly EvalQuestion[],
  index: FaqIndex,
  departments: Parameters<typeof answerInquiryOffline>[0]["departments"],
): void {
  const answered = questions
    .map((q) => answerInquiryOffline({ text: q.question, index, departments }))
    .filter((r) => r.action === "answer");
  const topK = answered.reduce((sum, r) => sum + r.promptTokens, 0) / Math.max(1, answered.length);
  const whole =
    answered.reduce(
      (sum, r) => sum + countPromptTokens(buildAnswerPrompt({ maskedQuestion: r.masked, entries })),
      0,
    ) / Math.max(1, answered.length);
  console.log(`\nPrompt size (o200k tokens, mean over ${answered.length} answered questions)`);
  console.log(`| top-3 prompt | whole FAQ (${entries.length} entries) in the prompt | ratio |`);
  console.log("|---|---|---|");
  console.log(
    `| ${topK.toFixed(0)} | ${whole.toFixed(0)} | ${(whole / topK).toFixed(1)}× smaller |`,
  );
}

/** Synthetic entries: real entries' sentences recombined, so term statistics stay realistic. */
function makeSyntheticEntries(entries: readonly FaqEntry[], count: number): FaqEntry[] {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const sentences = entries.flatMap((e) => e.answer.split("。").filter(Boolean));
  return Array.from({ length: count }, (_, i) => {
    const base = pick(entries);
    return {
      ...base,
      id: `SYN-${i}`,
      question: `${pick(entries).question.slice(0, 12)}${base.question}`,
      answer: `${pick(sentences)}。${pick(sentences)}。${pick(sentences)}。`,
      keywords: [...base.keywords, ...pick(entries).keywords.slice(0, 2)],
    };
  });
}

function printLatency(entries: readonly FaqEntry[], questions: readonly EvalQuestion[]): void {
  console.log("\nRetrieval latency (synthetic entries, Node, one query at a time)");
  // On a shared machine a query may wait for a CPU: the best of REPEATS runs per query is the
  // engine's own cost (usual micro-benchmark practice); the single-run columns show the tails.
  console.log(
    "| entries | build ms | index JSON MB | p50 ms | p95 ms | single-run p50 | single-run p95 |",
  );
  console.log("|---|---|---|---|---|---|---|");
  const queries = questions.map((q) => q.question).slice(0, LATENCY_QUERIES);
  for (const size of SYNTHETIC_SIZES) {
    const synthetic = makeSyntheticEntries(entries, size);
    const started = performance.now();
    const index = FaqIndex.build(synthetic);
    const buildMs = performance.now() - started;
    const jsonMb = JSON.stringify(index.toJSON()).length / 1e6;
    for (const q of queries) index.search(q); // warm-up: JIT and caches
    const single: number[] = [];
    const best: number[] = [];
    for (const q of queries) {
      const runs = Array.from({ length: REPEATS }, () => timeMs(() => index.search(q)));
      single.push(runs[0] as number);
      best.push(Math.min(...runs));
    }
    const cells = [best, single].flatMap((t) => [percentile(t, 50), percentile(t, 95)]);
    console.log(
      `| ${size.toLocaleString("en")} | ${buildMs.toFixed(0)} | ${jsonMb.toFixed(1)} | ${cells.map((n) => n.toFixed(2)).join(" | ")} |`,
    );
  }
}

function printEngineLatency(
  index: FaqIndex,
  questions: readonly EvalQuestion[],
  departments: Parameters<typeof answerInquiryOffline>[0]["departments"],
): void {
  const time = (text: string) =>
    Math.min(
      ...Array.from({ length: REPEATS }, () =>
        timeMs(() => answerInquiryOffline({ text, index, departments })),
      ),
    );
  for (const q of questions) time(q.question); // warm-up
  const times = questions.map((q) => time(q.question));
  const huge = time("マイナンバーカードの暗証番号を忘れました。".repeat(5_000));
  console.log(
    `\nWhole offline engine per utterance, best of ${REPEATS} (mask + retrieve + triage + speech + prompt tokens)`,
  );
  console.log(
    `p50 ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms; one 100 KB line: ${huge.toFixed(1)} ms`,
  );
}

export async function run(): Promise<void> {
  if (process.env.ENGINE_BENCH === "latency") {
    const samples = findSamples();
    if (!samples) return;
    const entries = parseFaqCsv(readFileSync(join(samples, "mynumber-faq.csv"), "utf8")).entries;
    const questions = parseQuestionsCsv(
      readFileSync(join(samples, "mynumber-questions.csv"), "utf8"),
    ).questions;
    printLatency(entries, questions);
    return;
  }
  // The machine may be shared: print the load so latency tails can be read in context.
  console.log(
    `load average ${loadavg()
      .map((n) => n.toFixed(1))
      .join(" ")} on ${cpus().length} CPUs`,
  );
  const samples = findSamples();
  if (!samples) {
    console.log("samples/mynumber-faq.csv not found: nothing to measure");
    return;
  }
  const read = (file: string) => readFileSync(join(samples, file), "utf8");
  const entries = parseFaqCsv(read("mynumber-faq.csv")).entries;
  const departments = parseDepartmentsCsv(read("departments.csv")).departments;
  const questions = parseQuestionsCsv(read("mynumber-questions.csv")).questions;
  console.log(
    `${entries.length} FAQ entries, ${departments.length} departments, ${questions.length} questions (${questions.filter((q) => q.tags.includes(HELDOUT_TAG)).length} held out)`,
  );
  const index = FaqIndex.build(entries);
  const blind = BLIND_SETS.filter(([, file]) => existsSync(join(samples, file))).map(
    ([label, file]) => [label, parseQuestionsCsv(read(file)).questions] as const,
  );
  printAccuracy(entries, questions, blind);
  printTriage(
    evaluateFaq({ questions, index, departments }),
    blind.map(([label, rows]) => [
      label,
      evaluateFaq({ questions: rows, index, departments }).overall,
    ]),
  );
  printPromptSize(entries, questions, index, departments);
  printEngineLatency(index, questions, departments);
  printLatency(entries, questions);
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
