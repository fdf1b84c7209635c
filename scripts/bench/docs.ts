/**
 * Manual search benchmark (`npm run bench -- docs`, or `npx tsx scripts/bench/docs.ts`):
 * recall@3 and MRR@10 on samples/manuals-questions.csv for madoguchi's retrieval and for a
 * plain bigram TF-IDF baseline in the same run, split into tuning and held-out questions;
 * the "not found" gate; indexing time and index size per 100 pages; query latency.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { readCsvTable } from "../../src/core/csv";
import type { DocChunk, ExtractedDocument } from "../../src/core/docs";
import { DocIndex, answerFromManuals } from "../../src/core/docs";
import { extractDocument, listManualFiles } from "../../src/docs-ingest";
import { BigramTfIdf } from "./docs-baseline";
import { findRepoRoot } from "../repo-root";

export const name = "docs";

const ROOT = findRepoRoot();
const MANUALS = join(ROOT, "samples", "manuals");
const QUESTIONS = join(ROOT, "samples", "manuals-questions.csv");
const LATENCY_ROUNDS = 20;

type Question = { id: string; question: string; doc: string; section: string; heldout: boolean };
type Scores = { recall3: number; mrr: number; n: number };

function readQuestions(): Question[] {
  const table = readCsvTable(readFileSync(QUESTIONS, "utf8"), [
    "id",
    "question",
    "expected_doc",
    "expected_section",
    "tags",
  ]);
  return table.records.map(({ values }) => ({
    id: values.id ?? "",
    question: values.question ?? "",
    doc: values.expected_doc ?? "",
    section: values.expected_section ?? "",
    heldout: (values.tags ?? "").split(";").includes("heldout"),
  }));
}

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

export async function run(): Promise<void> {
  const files = await listManualFiles(MANUALS);
  let started = performance.now();
  const documents: ExtractedDocument[] = [];
  for (const file of files) {
    try {
      documents.push(
        (await extractDocument({ doc: file, bytes: readFileSync(join(MANUALS, file)) })).document,
      );
    } catch (error) {
      console.log(`skipped ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
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
  console.log(
    `index JSON ${fmt(bytes / 1024, 0)} KiB (gzip ${fmt(gzipBytes / 1024, 0)} KiB); per 100 pages ${fmt(((bytes / pages) * 100) / 1024, 0)} KiB (gzip ${fmt(((gzipBytes / pages) * 100) / 1024, 0)} KiB)`,
  );

  const questions = readQuestions();
  const answerable = questions.filter((q) => q.doc);
  const ours = new Map<string, number | null>();
  const base = new Map<string, number | null>();
  const wide = new Map<string, number | null>();
  for (const q of answerable) {
    const result = index.search(q.question, { limit: 10, minCoverage: 0 });
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
    ["tuning", answerable.filter((q) => !q.heldout)],
    ["heldout", answerable.filter((q) => q.heldout)],
    ["all", answerable],
  ] as const) {
    const a = summarize(subset.map((q) => ours.get(q.id) ?? null));
    const b = summarize(subset.map((q) => base.get(q.id) ?? null));
    const w = summarize(subset.map((q) => wide.get(q.id) ?? null));
    console.log(
      `${label}\t${a.n}\t${fmt(a.recall3)}\t\t${fmt(a.mrr)}\t${fmt(b.recall3)}\t\t${fmt(b.mrr)}\t${fmt(w.recall3)}\t\t${fmt(w.mrr)}`,
    );
  }
  const misses = answerable
    .filter((q) => (ours.get(q.id) ?? 99) > 3)
    .map((q) => `${q.id}${q.heldout ? "(h)" : ""}`);
  console.log(`madoguchi misses@3: ${misses.join(" ") || "none"}`);

  console.log("\nnot-found gate (default minCoverage)");
  console.log("set\tanswerable answered\tunanswerable refused");
  for (const [label, heldout] of [
    ["tuning", false],
    ["heldout", true],
  ] as const) {
    const subset = questions.filter((q) => q.heldout === heldout);
    const answered = subset.filter((q) => q.doc && index.search(q.question).found).length;
    const refused = subset.filter((q) => !q.doc && !index.search(q.question).found).length;
    const nAnswerable = subset.filter((q) => q.doc).length;
    console.log(
      `${label}\t${answered}/${nAnswerable}\t\t\t${refused}/${subset.length - nAnswerable}`,
    );
  }
  const wrongly = questions
    .filter((q) => !q.doc && index.search(q.question).found)
    .map((q) => q.id);
  const refusedAnswerable = answerable
    .filter((q) => !index.search(q.question).found)
    .map((q) => q.id);
  console.log(
    `answered but should be not found: ${wrongly.join(" ") || "none"}; refused but answerable: ${refusedAnswerable.join(" ") || "none"}`,
  );

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
