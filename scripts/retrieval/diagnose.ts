/**
 * Retrieval diagnosis (`npx tsx scripts/retrieval/diagnose.ts [--failures]`): top-1/top-3 of
 * `FaqIndex` on the tuning rows, the held-out rows (aggregates only: their text is never
 * printed) and each development set (`DEVELOPMENT_SETS`), plus, with `--failures`, each failed
 * tuning or development row with the rank of its first expected entry, grouped by kind (not in
 * the top 20, in the top 10, ranked 11–20).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { EvalQuestion } from "../../src/core";
import { FaqIndex, HELDOUT_TAG, parseFaqCsv, parseQuestionsCsv } from "../../src/core";
import { findRepoRoot } from "../repo-root";

const samples = join(findRepoRoot(), "samples");
const read = (file: string) => readFileSync(join(samples, file), "utf8");

/** Rank (1-based) of the first expected entry in the top `depth`, or null. */
function rankOf(index: FaqIndex, q: EvalQuestion, depth: number): number | null {
  const hits = index.search(q.question, { limit: depth }).hits;
  const at = hits.findIndex((hit) => q.expectedFaqIds.includes(hit.id));
  return at < 0 ? null : at + 1;
}

/** Answerable rows by split: `tuning`, `heldout`, and each development set by name. */
export type Splits = Readonly<Record<string, EvalQuestion[]>>;

export function loadSplits(): Splits {
  const answerable = (file: string) =>
    parseQuestionsCsv(read(file)).questions.filter((q) => q.expectedFaqIds.length > 0);
  const tagged = answerable("mynumber-questions.csv");
  const splits: Record<string, EvalQuestion[]> = {
    tuning: tagged.filter((q) => !q.tags.includes(HELDOUT_TAG)),
    heldout: tagged.filter((q) => q.tags.includes(HELDOUT_TAG)),
  };
  // The blind sets that became development sets after their first runs (samples/unseen*-README.md).
  for (const [name, file] of DEVELOPMENT_SETS) splits[name] = answerable(file);
  return splits;
}

/** Blind question sets read after their first runs, in the order they were written. */
export const DEVELOPMENT_SETS = [
  ["unseen", "mynumber-questions-unseen.csv"],
  ...[2, 3, 4, 5, 6, 7, 8, 9, 10].map(
    (n) => [`unseen${n}`, `mynumber-questions-unseen-${n}.csv`] as const,
  ),
] as const;

function main(): void {
  const entries = parseFaqCsv(read("mynumber-faq.csv")).entries;
  const index = FaqIndex.build(entries);
  const splits = loadSplits();
  const showFailures = process.argv.includes("--failures");
  for (const [split, rows] of Object.entries(splits)) {
    const ranks = rows.map((q) => rankOf(index, q, 20));
    const within = (n: number) => ranks.filter((r) => r !== null && r <= n).length;
    const pct = (n: number) => `${((100 * n) / rows.length).toFixed(1)}% (${n}/${rows.length})`;
    console.log(
      `${split}: top-1 ${pct(within(1))}, top-3 ${pct(within(3))}, top-10 ${pct(within(10))}, top-20 ${pct(within(20))}`,
    );
    if (!showFailures || split === "heldout") continue;
    rows.forEach((q, i) => {
      const rank = ranks[i];
      if (rank === 1) return;
      const top = index.search(q.question, { limit: 3 }).hits.map((h) => h.id);
      const kind =
        rank === null || rank === undefined
          ? "gap(>20)"
          : rank <= 10
            ? `rank ${rank}`
            : `rank ${rank}(>10)`;
      console.log(
        `  ${q.id} [${kind}] want ${q.expectedFaqIds.join("/")} got ${top.join(",")} :: ${q.question}`,
      );
    });
  }
}

if (require.main === module) main();
