/**
 * Manual search benchmark (`npm run bench -- docs`, or `npx tsx scripts/bench/docs.ts`):
 * recall@3 and MRR@10 on samples/manuals-questions.csv for madoguchi's retrieval and for a
 * plain bigram TF-IDF baseline in the same run, split into tuning and held-out questions and
 * the blind sets (samples/manuals-questions-unseen*.csv);
 * the "not found" gate; indexing time and index size per 100 pages; query latency.
 */
import { gzipSync } from "node:zlib";
import type { DocChunk } from "../../src/core/docs";
import { DocIndex, MIN_GATE_SCORE, answerFromManuals } from "../../src/core/docs";
import { BigramTfIdf } from "./docs-baseline";
import type { ManualQuestion as Question } from "./docs-corpus";
import { loadManualDocuments, readBlindManualQuestions, readManualQuestions } from "./docs-corpus";

export const name = "docs";

const LATENCY_ROUNDS = 20;
/** Report splits: the tuning rows, the held-out rows, and the blind sets (see docs-corpus). */
const SPLITS = ["tuning", "heldout", "blind-1 (dev)", "blind-2"] as const;
/** Search with the not-found gate turned off, to measure ranking alone. */
const UNGATED = { minCoverage: 0, minGateScore: 0 } as const;

type Scores = { recall3: number; mrr: number; n: number };

function summarize(ranks: readonly (number | null)[]): Scores {
  const n = ranks.length || 1;
  return {
    recall3: ranks.filter((rank) => rank !== null && rank <= 3).length / n,
    mrr: ranks.reduce<number>((sum, rank) => sum + (rank ? 1 / rank : 0), 0) / n,
    n: ranks.length,
  };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const fmt = (x: number, digits = 3): string => x.toFixed(digits);

/** Flattened text of the expected section, to judge baseline windows (which have no sections). */
function goldText(chunks: readonly DocChunk[], q: Question): string {
  return chunks
    .filter(
      (chunk) =>
        chunk.doc === q.doc && chunk.sectionPath[chunk.sectionPath.length - 1] === q.section,
    )
    .map((chunk) => chunk.text.replace(/\s+/g, ""))
    .join("");
}

/** A window counts as the section when it holds 20 consecutive characters of it. */
function windowMatches(window: string, gold: string): boolean {
  const flat = window.replace(/\s+/g, "");
  for (let start = 0; start + 20 <= gold.length; start += 5) {
    if (flat.includes(gold.slice(start, start + 20))) return true;
  }
  return gold.length > 0 && gold.length < 20 && flat.includes(gold);
}

/** The documents a refusal lists (a coverage floor above 1 forces the refusal). */
function closestOf(index: DocIndex, question: string): string[] {
  const result = index.search(question, { minCoverage: 2 });
  return result.found ? [] : result.closestDocuments.map((d) => d.doc);
}

export async function run(): Promise<void> {
  let started = performance.now();
  const documents = await loadManualDocuments();
  const extractMs = performance.now() - started;
  started = performance.now();
  const index = DocIndex.build(documents);
  const buildMs = performance.now() - started;
  // Same passage length as ours, so recall@3 compares like with like (a 300-character window
  // spans two or three sections and would get three times the text into the top 3).
  const meanChunk = Math.round(
    index.chunks.reduce((sum, c) => sum + c.text.length, 0) / index.chunks.length,
  );
  const baseline = BigramTfIdf.build(documents, meanChunk, Math.round(meanChunk * 0.75));
  const wideBaseline = BigramTfIdf.build(documents, 300, 200);

  const pages = documents.reduce(
    (sum, d) =>
      sum +
      (d.pages[0]?.page !== null ? d.pages.length : Math.ceil(d.pages[0]!.text.length / 1000)),
    0,
  );
  const chars = documents.reduce(
    (sum, d) => sum + d.pages.reduce((s, p) => s + p.text.length, 0),
    0,
  );
  const json = JSON.stringify(index.toJSON());
  const bytes = Buffer.byteLength(json);
  const gzipBytes = gzipSync(json).length;
  started = performance.now();
  DocIndex.fromJSON(JSON.parse(json));
  const loadMs = performance.now() - started;

  console.log(
    `corpus: ${documents.length} documents, ${pages} pages (text: 1 page = 1,000 chars), ${chars} chars, ${index.chunks.length} chunks`,
  );
  console.log(
    `extract ${fmt(extractMs, 0)} ms, index ${fmt(buildMs, 0)} ms (${fmt((buildMs / pages) * 100, 0)} ms per 100 pages), load from JSON ${fmt(loadMs, 1)} ms`,
  );
  // Stored size with embeddings: 1,536 dimensions (text-embedding-3-small) as int8 + base64.
  // The values do not matter for the size, so no model is called.
  const dims = 1536;
  const withVectors = index.withEmbeddings(
    "size-only",
    index.chunks.map((_, row) =>
      Array.from({ length: dims }, (__, col) => Math.sin(row * dims + col)),
    ),
  )!;
  const hybridBytes = Buffer.byteLength(JSON.stringify(withVectors.toJSON()));
  console.log(
    `index JSON with ${dims}-dim int8 embeddings ${fmt(hybridBytes / 1024, 0)} KiB; per 100 pages ${fmt(((hybridBytes / pages) * 100) / 1024, 0)} KiB`,
  );
  console.log(
    `index JSON ${fmt(bytes / 1024, 0)} KiB (gzip ${fmt(gzipBytes / 1024, 0)} KiB); per 100 pages ${fmt(((bytes / pages) * 100) / 1024, 0)} KiB (gzip ${fmt(((gzipBytes / pages) * 100) / 1024, 0)} KiB)`,
  );

  const questions = [
    ...readManualQuestions(),
    ...readBlindManualQuestions("blind-1 (dev)"),
    ...readBlindManualQuestions("blind-2"),
  ];
  const answerable = questions.filter((q) => q.doc);
  const ours = new Map<string, number | null>();
  const base = new Map<string, number | null>();
  const wide = new Map<string, number | null>();
  for (const q of answerable) {
    const result = index.search(q.question, { limit: 10, ...UNGATED });
    const hits = result.found ? result.hits : [];
    const rank = hits.findIndex(
      (h) =>
        h.chunk.doc === q.doc && h.chunk.sectionPath[h.chunk.sectionPath.length - 1] === q.section,
    );
    ours.set(q.id, rank >= 0 ? rank + 1 : null);
    const gold = goldText(index.chunks, q);
    if (!gold)
      console.log(
        `warning: ${q.id} expects a section that does not exist: ${q.doc} / ${q.section}`,
      );
    const baseRank = baseline
      .search(q.question, 10)
      .findIndex((h) => h.chunk.doc === q.doc && windowMatches(h.chunk.text, gold));
    base.set(q.id, baseRank >= 0 ? baseRank + 1 : null);
    const wideRank = wideBaseline
      .search(q.question, 10)
      .findIndex((h) => h.chunk.doc === q.doc && windowMatches(h.chunk.text, gold));
    wide.set(q.id, wideRank >= 0 ? wideRank + 1 : null);
  }
  console.log(
    `\nretrieval (answerable questions; recall@3, MRR@10); baseline windows ${meanChunk} chars (= mean chunk), wide baseline 300 chars`,
  );
  console.log("set\tn\tmadoguchi R@3\tMRR\tbaseline R@3\tMRR\twide R@3\tMRR");
  for (const [label, subset] of [
    ...SPLITS.map((split) => [split, answerable.filter((q) => q.split === split)] as const),
    ["all (tuning + heldout)", answerable.filter((q) => !q.heldout || q.split === "heldout")],
  ] as const) {
    const a = summarize(subset.map((q) => ours.get(q.id) ?? null));
    const b = summarize(subset.map((q) => base.get(q.id) ?? null));
    const w = summarize(subset.map((q) => wide.get(q.id) ?? null));
    console.log(
      `${label}\t${a.n}\t${fmt(a.recall3)}\t\t${fmt(a.mrr)}\t${fmt(b.recall3)}\t\t${fmt(b.mrr)}\t${fmt(w.recall3)}\t\t${fmt(w.mrr)}`,
    );
  }
  const misses = answerable
    .filter((q) => q.split === "tuning" && (ours.get(q.id) ?? 99) > 3)
    .map((q) => q.id);
  console.log(`madoguchi misses@3 (tuning rows): ${misses.join(" ") || "none"}`);

  // The trade-off by threshold on tuning rows (scripts/fit-docs-gate.ts adds the development set).
  const tuningRows = questions.filter((q) => q.split === "tuning");
  const scores = tuningRows.map((q) => ({
    answerable: Boolean(q.doc),
    score: index.search(q.question, UNGATED).gate?.score ?? 0,
  }));
  console.log(
    "\nnot-found gate on tuning rows by score threshold (answerable answered / unanswerable refused)",
  );
  console.log(
    [0.3, 0.4, 0.5, 0.6, 0.7]
      .map((threshold) => {
        const answered = scores.filter((c) => c.answerable && c.score >= threshold).length;
        const refused = scores.filter((c) => !c.answerable && c.score < threshold).length;
        const nAnswerable = scores.filter((c) => c.answerable).length;
        return `${threshold}: ${answered}/${nAnswerable} ${refused}/${scores.length - nAnswerable}`;
      })
      .join("  "),
  );

  console.log(`\nnot-found gate (MIN_GATE_SCORE ${MIN_GATE_SCORE})`);
  console.log("set\tanswerable answered\tunanswerable refused\t(rates)");
  for (const label of SPLITS) {
    const subset = questions.filter((q) => q.split === label);
    const answered = subset.filter((q) => q.doc && index.search(q.question).found).length;
    const refused = subset.filter((q) => !q.doc && !index.search(q.question).found).length;
    const nAnswerable = subset.filter((q) => q.doc).length;
    const nUnanswerable = subset.length - nAnswerable;
    console.log(
      `${label}\t${answered}/${nAnswerable}\t\t\t${refused}/${nUnanswerable}\t\t\t(${fmt(answered / nAnswerable)} / ${fmt(refused / nUnanswerable)})`,
    );
  }
  // Ids only, and only of tuning rows: held-out rows are reported as aggregates.
  const tuning = questions.filter((q) => q.split === "tuning");
  const wrongly = tuning.filter((q) => !q.doc && index.search(q.question).found).map((q) => q.id);
  const refusedAnswerable = tuning
    .filter((q) => q.doc && !index.search(q.question).found)
    .map((q) => q.id);
  console.log(
    `tuning rows answered but should be not found: ${wrongly.join(" ") || "none"}; refused but answerable: ${refusedAnswerable.join(" ") || "none"}`,
  );

  // When the gate refuses, the closest documents should still be where to look: for every
  // answerable row, as if it had been refused, is its document among the (up to 3) listed?
  console.log(
    "\nclosest documents contain the expected document (answerable rows, refusal forced)",
  );
  for (const label of SPLITS) {
    const subset = answerable.filter((q) => q.split === label);
    const listed = subset.filter((q) => closestOf(index, q.question).includes(q.doc)).length;
    const refusedRows = subset.filter((q) => !index.search(q.question).found);
    const refusedListed = refusedRows.filter((q) => closestOf(index, q.question).includes(q.doc));
    console.log(
      `${label}\t${listed}/${subset.length} rows; of the wrongly refused ${refusedListed.length}/${refusedRows.length}`,
    );
  }

  const latencies: number[] = [];
  const baseLatencies: number[] = [];
  for (let round = 0; round < LATENCY_ROUNDS; round += 1) {
    for (const q of questions) {
      let t = performance.now();
      await answerFromManuals({ question: q.question, index });
      latencies.push(performance.now() - t);
      t = performance.now();
      baseline.search(q.question, 3);
      baseLatencies.push(performance.now() - t);
    }
  }
  console.log(
    `\nquery latency (search + snippets + extractive answer, ${latencies.length} queries): p50 ${fmt(percentile(latencies, 50), 2)} ms, p95 ${fmt(percentile(latencies, 95), 2)} ms; baseline p50 ${fmt(percentile(baseLatencies, 50), 2)} ms, p95 ${fmt(percentile(baseLatencies, 95), 2)} ms`,
  );
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
