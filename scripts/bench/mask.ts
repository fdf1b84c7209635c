/**
 * Masking benchmark: throughput on ≥ 5 MB of citizen-style text, latency per utterance, a
 * 100 KB single input, and recall / false-positive figures on the PII fixtures.
 *   npx tsx scripts/bench/mask.ts      (or `npm run bench -- mask`)
 */
import { maskPii } from "../../src/core/pii";
import type { FixtureLine } from "../../test/fixtures/pii/evaluate";
import { readFixture, readPublicNumbers, scoreMasking } from "../../test/fixtures/pii/evaluate";

export const name = "mask";

const TARGET_BYTES = 5 * 1024 * 1024;

export async function run(): Promise<void> {
  const publicNumbers = readPublicNumbers();
  const cases = readFixture("pii-cases.jsonl");
  const negatives = readFixture("pii-negatives.jsonl");
  const heldout = readFixture("pii-heldout.jsonl");
  const heldout2 = readFixture("pii-heldout-2.jsonl");
  const adversarial = readFixture("pii-adversarial.jsonl");
  const adversarial2 = readFixture("pii-adversarial-2.jsonl");
  const adversarial3 = readFixture("pii-adversarial-3.jsonl");
  const unseen = readFixture("pii-unseen.jsonl");
  const unseen2 = readFixture("pii-unseen-2.jsonl");
  const unseen3 = readFixture("pii-unseen-3.jsonl");
  const unseen4 = readFixture("pii-unseen-4.jsonl");
  const unseen5 = readFixture("pii-unseen-5.jsonl");
  const utterances = buildCorpus([
    ...cases,
    ...negatives,
    ...heldout,
    ...heldout2,
    ...adversarial,
    ...adversarial2,
    ...adversarial3,
    ...unseen,
    ...unseen2,
    ...unseen3,
    ...unseen4,
    ...unseen5,
  ]);
  const bytes = utterances.reduce((sum, u) => sum + Buffer.byteLength(u, "utf8"), 0);

  for (const u of utterances.slice(0, 200)) maskPii(u, { publicNumbers }); // warm-up
  const latencies: number[] = [];
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (const u of utterances) {
    const t0 = performance.now();
    maskPii(u, { publicNumbers });
    latencies.push(performance.now() - t0);
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  latencies.sort((a, b) => a - b);
  // The same corpus again: a process that has masked for a while (the server, the plugin's page)
  // no longer pays the optimizing compiler, which is a large share of the first pass.
  const warmStarted = performance.now();
  for (const u of utterances) maskPii(u, { publicNumbers });
  const warmSeconds = (performance.now() - warmStarted) / 1000;

  const big = utterances.join("。").slice(0, 100_000);
  const t1 = performance.now();
  const bigResult = maskPii(big, { publicNumbers });
  const bigMs = performance.now() - t1;

  console.log(
    `corpus            ${(bytes / 1024 / 1024).toFixed(2)} MB, ${utterances.length} utterances`,
  );
  console.log(
    `throughput        ${(bytes / 1024 / 1024 / seconds).toFixed(2)} MB/s wall (target ≥ 1 MB/s)`,
  );
  console.log(
    `throughput (CPU) ${(bytes / 1024 / 1024 / cpuSeconds).toFixed(2)} MB/s per CPU second`,
  );
  console.log(
    `throughput, warm  ${(bytes / 1024 / 1024 / warmSeconds).toFixed(2)} MB/s wall (second pass over the corpus)`,
  );
  console.log(`latency p50       ${percentile(latencies, 0.5).toFixed(3)} ms`);
  console.log(`latency p95       ${percentile(latencies, 0.95).toFixed(3)} ms`);
  console.log(`latency max       ${(latencies.at(-1) ?? 0).toFixed(3)} ms`);
  console.log(`100 KB input      ${bigMs.toFixed(1)} ms, ${bigResult.entities.length} entities`);
  printScore("tuning positives", scoreMasking(cases, { publicNumbers }));
  printScore("tuning negatives", scoreMasking(negatives, { publicNumbers }));
  printScore("held-out", scoreMasking(heldout, { publicNumbers }));
  printScore("held-out 2", scoreMasking(heldout2, { publicNumbers }));
  printScore("adversarial", scoreMasking(adversarial, { publicNumbers }));
  printScore("adversarial 2", scoreMasking(adversarial2, { publicNumbers }));
  printScore("adversarial 3", scoreMasking(adversarial3, { publicNumbers }));
  printScore("unseen (dev set)", scoreMasking(unseen, { publicNumbers }));
  printScore("unseen 2 (dev set)", scoreMasking(unseen2, { publicNumbers }));
  printScore("unseen 3 (dev set)", scoreMasking(unseen3, { publicNumbers }));
  // A development set since 2026-12-03 (pii-unseen-4.README.md); the fifth blind set is not read.
  printScore("unseen 4 (dev set)", scoreMasking(unseen4, { publicNumbers }));
  // A development set since 2026-12-04 (pii-unseen-5.README.md).
  printScore("unseen 5 (dev set)", scoreMasking(unseen5, { publicNumbers }));
  // A development set since 2026-12-04 (pii-unseen-6.README.md).
  printScore(
    "unseen 6 (dev set)",
    scoreMasking(readFixture("pii-unseen-6.jsonl"), { publicNumbers }),
  );
  // A development set since 2026-12-04, ninth round (pii-unseen-7.README.md).
  printScore(
    "unseen 7 (dev set)",
    scoreMasking(readFixture("pii-unseen-7.jsonl"), { publicNumbers }),
  );
  // A development set since 2026-12-04, tenth round (pii-unseen-8.README.md).
  printScore(
    "unseen 8 (dev set)",
    scoreMasking(readFixture("pii-unseen-8.jsonl"), { publicNumbers }),
  );
  // A development set since 2026-12-04, eleventh round, after two blind runs (pii-unseen-9.README.md).
  printScore(
    "unseen 9 (dev set)",
    scoreMasking(readFixture("pii-unseen-9.jsonl"), { publicNumbers }),
  );
  // A development set since 2026-12-04, twelfth round, after blind runs in two sessions
  // (pii-unseen-10.README.md).
  printScore(
    "unseen 10 (dev set)",
    scoreMasking(readFixture("pii-unseen-10.jsonl"), { publicNumbers }),
  );
  // A development set since 2026-12-04, thirteenth round, after blind runs in two sessions
  // (pii-unseen-11.README.md).
  printScore(
    "unseen 11 (dev set)",
    scoreMasking(readFixture("pii-unseen-11.jsonl"), { publicNumbers }),
  );
  // A development set since 2026-12-04, fourteenth round, after blind runs in two sessions
  // (pii-unseen-12.README.md).
  printScore(
    "unseen 12 (dev set)",
    scoreMasking(readFixture("pii-unseen-12.jsonl"), { publicNumbers }),
  );
  // A development set since 2026-12-05, fifteenth round, after blind runs in two sessions
  // (pii-unseen-13.README.md).
  printScore(
    "unseen 13 (dev set)",
    scoreMasking(readFixture("pii-unseen-13.jsonl"), { publicNumbers }),
  );
  // A development set since 2026-12-05, sixteenth round, after blind runs in two sessions
  // (pii-unseen-14.README.md).
  printScore(
    "unseen 14 (dev set)",
    scoreMasking(readFixture("pii-unseen-14.jsonl"), { publicNumbers }),
  );
  // A development set since 2026-12-05, seventeenth round, after blind runs in two sessions
  // (pii-unseen-15.README.md).
  printScore(
    "unseen 15 (dev set)",
    scoreMasking(readFixture("pii-unseen-15.jsonl"), { publicNumbers }),
  );
  // A development set since 2026-12-05, eighteenth round, after blind runs in two sessions
  // (pii-unseen-16.README.md).
  printScore(
    "unseen 16 (dev set)",
    scoreMasking(readFixture("pii-unseen-16.jsonl"), { publicNumbers }),
  );
  // A development set since 2026-12-05, nineteenth round, after blind runs in two sessions
  // (pii-unseen-17.README.md).
  printScore(
    "unseen 17 (dev set)",
    scoreMasking(readFixture("pii-unseen-17.jsonl"), { publicNumbers }),
  );
  // A development set since 2026-12-05, twentieth round, after blind runs in two sessions
  // (pii-unseen-18.README.md).
  printScore(
    "unseen 18 (dev set)",
    scoreMasking(readFixture("pii-unseen-18.jsonl"), { publicNumbers }),
  );
  // A development set since 2026-12-05, twenty-first round, after blind runs in two sessions
  // (pii-unseen-19.README.md).
  printScore(
    "unseen 19 (dev set)",
    scoreMasking(readFixture("pii-unseen-19.jsonl"), { publicNumbers }),
  );
  // A development set since 2026-12-05, twenty-second round, after blind runs in two sessions
  // (pii-unseen-20.README.md).
  printScore(
    "unseen 20 (dev set)",
    scoreMasking(readFixture("pii-unseen-20.jsonl"), { publicNumbers }),
  );
  // A development set since 2026-12-05, twenty-third round, after blind runs in two sessions
  // (pii-unseen-21.README.md).
  printScore(
    "unseen 21 (dev set)",
    scoreMasking(readFixture("pii-unseen-21.jsonl"), { publicNumbers }),
  );
  // A development set since 2026-12-06, twenty-fourth round, after blind runs in two sessions
  // (pii-unseen-22.README.md).
  printScore(
    "unseen 22 (dev set)",
    scoreMasking(readFixture("pii-unseen-22.jsonl"), { publicNumbers }),
  );
  // A development set since 2026-12-06, twenty-fifth round, after blind runs in two sessions
  // (pii-unseen-23.README.md).
  printScore(
    "unseen 23 (dev set)",
    scoreMasking(readFixture("pii-unseen-23.jsonl"), { publicNumbers }),
  );
  // A development set since 2026-12-06, twenty-sixth round, after blind runs in two sessions
  // (pii-unseen-24.README.md).
  printScore(
    "unseen 24 (dev set)",
    scoreMasking(readFixture("pii-unseen-24.jsonl"), { publicNumbers }),
  );
  // A development set since 2026-12-06, twenty-seventh round, after blind runs in two sessions
  // (pii-unseen-25.README.md).
  printScore(
    "unseen 25 (dev set)",
    scoreMasking(readFixture("pii-unseen-25.jsonl"), { publicNumbers }),
  );
  // A development set since 2026-12-06, twenty-eighth round, after blind runs in two sessions
  // (pii-unseen-26.README.md).
  printScore(
    "unseen 26 (dev set)",
    scoreMasking(readFixture("pii-unseen-26.jsonl"), { publicNumbers }),
  );
  // A development set since 2026-12-06, twenty-ninth round, after blind runs in two sessions
  // (pii-unseen-27.README.md).
  printScore(
    "unseen 27 (dev set)",
    scoreMasking(readFixture("pii-unseen-27.jsonl"), { publicNumbers }),
  );
  // A development set since 2026-12-06, thirtieth round, after blind runs in two sessions
  // (pii-unseen-28.README.md).
  printScore(
    "unseen 28 (dev set)",
    scoreMasking(readFixture("pii-unseen-28.jsonl"), { publicNumbers }),
  );
  // A development set since 2026-12-06, thirty-first round, after blind runs in two sessions
  // (pii-unseen-29.README.md).
  printScore(
    "unseen 29 (dev set)",
    scoreMasking(readFixture("pii-unseen-29.jsonl"), { publicNumbers }),
  );
  // A development set since 2026-12-06, thirty-second round, after blind runs in two sessions
  // (pii-unseen-30.README.md).
  printScore(
    "unseen 30 (dev set)",
    scoreMasking(readFixture("pii-unseen-30.jsonl"), { publicNumbers }),
  );
  // A development set since 2026-12-06, thirty-third round, after blind runs in two sessions
  // (pii-unseen-31.README.md).
  printScore(
    "unseen 31 (dev set)",
    scoreMasking(readFixture("pii-unseen-31.jsonl"), { publicNumbers }),
  );
  // A development set since 2026-12-07, thirty-fourth round, after blind runs in two sessions
  // (pii-unseen-32.README.md).
  printScore(
    "unseen 32 (dev set)",
    scoreMasking(readFixture("pii-unseen-32.jsonl"), { publicNumbers }),
  );
  // A development set since 2026-12-07, thirty-fifth round, after blind runs in two sessions
  // (pii-unseen-33.README.md).
  printScore(
    "unseen 33 (dev set)",
    scoreMasking(readFixture("pii-unseen-33.jsonl"), { publicNumbers }),
  );
  // A development set since 2026-12-07, thirty-sixth round, after blind runs in two sessions
  // (pii-unseen-34.README.md).
  printScore(
    "unseen 34 (dev set)",
    scoreMasking(readFixture("pii-unseen-34.jsonl"), { publicNumbers }),
  );
  // A development set since 2026-12-07, thirty-seventh round, after blind runs in two sessions
  // (pii-unseen-35.README.md).
  printScore(
    "unseen 35 (dev set)",
    scoreMasking(readFixture("pii-unseen-35.jsonl"), { publicNumbers }),
  );
  // A development set since 2026-12-07, thirty-eighth round, after blind runs in two sessions
  // (pii-unseen-36.README.md).
  printScore(
    "unseen 36 (dev set)",
    scoreMasking(readFixture("pii-unseen-36.jsonl"), { publicNumbers }),
  );
  // A development set since 2026-12-07, thirty-ninth round, after blind runs in two sessions
  // (pii-unseen-37.README.md).
  printScore(
    "unseen 37 (dev set)",
    scoreMasking(readFixture("pii-unseen-37.jsonl"), { publicNumbers }),
  );
  // A development set since 2026-12-07, fortieth round, after blind runs in two sessions
  // (pii-unseen-38.README.md).
  printScore(
    "unseen 38 (dev set)",
    scoreMasking(readFixture("pii-unseen-38.jsonl"), { publicNumbers }),
  );
  // A development set since 2026-12-07, forty-first round, after blind runs in two sessions
  // (pii-unseen-39.README.md).
  printScore(
    "unseen 39 (dev set)",
    scoreMasking(readFixture("pii-unseen-39.jsonl"), { publicNumbers }),
  );
  // A development set since 2026-12-07, forty-second round, after blind runs in two sessions
  // (pii-unseen-40.README.md).
  printScore(
    "unseen 40 (dev set)",
    scoreMasking(readFixture("pii-unseen-40.jsonl"), { publicNumbers }),
  );
  // The forty-first blind set: its rows are never printed or read (pii-unseen-41.README.md).
  printScore(
    "unseen 41 (blind)",
    scoreMasking(readFixture("pii-unseen-41.jsonl"), { publicNumbers }),
  );
}

/** Repeats the fixture utterances (varied by joining pairs) until the corpus passes 5 MB. */
function buildCorpus(lines: readonly FixtureLine[]): string[] {
  const out: string[] = [];
  let bytes = 0;
  for (let round = 0; bytes < TARGET_BYTES; round += 1) {
    for (let i = 0; i < lines.length && bytes < TARGET_BYTES; i += 1) {
      const a = lines[i]?.text ?? "";
      const b = lines[(i * 7 + round) % lines.length]?.text ?? "";
      const text = round % 2 === 0 ? a : `${a}${b}`;
      out.push(text);
      bytes += Buffer.byteLength(text, "utf8");
    }
  }
  return out;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

function printScore(label: string, score: ReturnType<typeof scoreMasking>): void {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  console.log(
    `${label.padEnd(20)}recall ${pct(score.recall)} (${score.masked}/${score.items}), type ${pct(score.typeAccuracy)}, ` +
      `ordinary items masked ${pct(score.hazardRate)} (${score.hazardsMasked}/${score.hazards}), ` +
      `lines with unexpected masks ${pct(score.unexpectedLineRate)} (${score.linesWithUnexpected}/${score.lines})`,
  );
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
