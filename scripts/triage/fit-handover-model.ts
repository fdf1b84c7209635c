/**
 * Fits the hand-over model of `src/core/triage/handover-model.ts` and writes its weights to
 * `src/core/triage/handover-model-weights.ts` (`npx tsx scripts/triage/fit-handover-model.ts`;
 * `--check` prints the figures without writing, `--held-out[=set,…]` adds the figures of a model fitted
 * without each set in turn). Two logistic models over the model's features, on the development
 * and training question sets listed below (blind sets are never read: every file is named) and
 * the lines written for the triage routing tests:
 *   - must go to a person or not, on every `answer` and `transfer` row;
 *   - which department, on the `transfer` rows.
 * Each is fitted on all features, cut to the strongest ones, fitted again on those and rounded to
 * integers. The rules' own decisions come from the engine with the model switched off, so the
 * held-out figures say what the model adds to the rules: hand-overs it finds that the rules
 * answered, and answerable questions it would send to a person. The rules were written from
 * these sets, so a held-out set's rules are better than on new text, and so the gain is smaller
 * than on new text; the losses are the honest cost. Deterministic: a seeded shuffle, a fixed
 * schedule.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { format, resolveConfig } from "prettier";
import {
  FaqIndex,
  parseDepartmentsCsv,
  parseFaqCsv,
  parseQuestionsCsv,
  prepareInquiry,
} from "../../src/core";
import { ROUTING_CASES } from "../../src/core/triage/__fixtures__/routing-cases";
import { ROUND_TEN_CASES } from "../../src/core/triage/__fixtures__/routing-cases-10";
import { ROUND_ELEVEN_CASES } from "../../src/core/triage/__fixtures__/routing-cases-11";
import { ROUND_FOUR_CASES } from "../../src/core/triage/__fixtures__/routing-cases-4";
import { ROUND_FIVE_CASES } from "../../src/core/triage/__fixtures__/routing-cases-5";
import { ROUND_SIX_CASES } from "../../src/core/triage/__fixtures__/routing-cases-6";
import { ROUND_SEVEN_CASES } from "../../src/core/triage/__fixtures__/routing-cases-7";
import { ROUND_EIGHT_CASES } from "../../src/core/triage/__fixtures__/routing-cases-8";
import { ROUND_NINE_CASES } from "../../src/core/triage/__fixtures__/routing-cases-9";
import { isMostlyJapanese } from "../../src/core/triage/crisis-model";
import {
  HANDOVER_FEATURES_VERSION,
  handoverFeatureNorm,
  handoverFeatures,
} from "../../src/core/triage/handover-model";
import { createRng } from "../../test/fixtures/pii/render";
import { type Linear, linearScores, shuffle, softmax, strongest } from "./linear-model";

const ROOT = join(__dirname, "..", "..");
const SAMPLES = join(ROOT, "samples");
const OUTPUT = join(ROOT, "src", "core", "triage", "handover-model-weights.ts");

/**
 * Development and training question sets; a blind set joins only once it has been read. Training
 * set 14 (other desks' matters, 44 % in other languages) is left out: fitted on, the four newest
 * development sets held out found 37 of their 70 rule-missed hand-overs instead of 43 (40 with
 * 20,000 n-grams kept), and over all sets 177 of 435 instead of 188 (seventeenth round).
 * Training sets 15 and 16 (ordinary desk traffic in Japanese, hand-over heavy) joined in the
 * nineteenth round: the four newest development sets held out found 60 of their 82 rule-missed
 * hand-overs instead of 55, and sent 1 of 662 answerable questions to a person instead of 0.
 * Training sets 17 and 18 (the same brief, twentieth round) are left out: with blind-16 to -19
 * and training set 15 each held out, fitted on they found 126 of 211 rule-missed hand-overs instead
 * of 125 (department right 112 instead of 114), but on the four blind sets alone 73 instead of 76.
 * Looked at again in the twenty-second round, blind-21 joined: with blind-18 to -21 each held out
 * at 0.8, fitted also on training set 19 the model found 48 of their 58 rule-missed hand-overs
 * instead of 51 (department right 44 instead of 48, 8 answerable of 664 sent instead of 4), and
 * fitted also on sets 17 to 19 it found 52 (right department 51, 3 sent); on training set 20, which
 * no fit saw, transferred 190 of 231 without them, 191 with 19 and 188 with 17 to 19. The rule set
 * in advance (at least 3 more hand-overs found, summed) kept them out.
 * Thirtieth round (the model had not been refitted since the twenty-second): blind-22 to -28 and
 * training sets 17 to 26 joined, judged on blind-29 and training set 27, which no fit saw and
 * nobody had read, by a rule written down first (transferred gained + right department gained -
 * 2 × answered lost ≥ 3, summed over the two, no false emergency added; at most three variants).
 * With the blind sets alone the two sets lost 2 hand-overs, 7 right departments and 1 answered
 * (-11); with the training sets too they gained 13 hand-overs (blind-29 2, training 27 11), 5
 * right departments and 1 answered (+18): kept. In sample over the 57 sets the figures rose from
 * 7,967 to 8,198 of 8,448 hand-overs (older sets fitted before lost a few: training 13 seven,
 * training 15 six), answered 10,477 → 10,509.
 * Thirty-sixth round (the thirty-first round's refit, with blind-29 and training set 27, lost on
 * both sets it was judged on and was not kept): blind-29 to -35 and training sets 27 to 33 joined,
 * judged on blind-36 and training set 34, which no fit saw and nobody had read, by the thirty-first
 * round's rule written down first (on each: transferred gained + right department gained - 2 ×
 * answered lost ≥ 0, the sum ≥ 3, no false emergency added; at most two variants). With the blind
 * sets alone: blind-36 answered +1 (+2), training set 34 right department +2 and answered -1 (0):
 * sum 2, not kept. With the training sets too: blind-36 transferred 105 → 103, right department
 * 102 → 100, answered 163 → 165 (0); training set 34 195 → 203, 182 → 189, 180 → 178 (+11): kept.
 * In sample over the 69 sets: transferred 10,054 → 10,131 of 10,477, right department 9,566 →
 * 9,651, answered 12,603 → 12,624 of 13,049; the fourteen sets that joined gained 135, 137 and 23,
 * the sets fitted before lost 58, 52 and 2 (training 22 nine hand-overs, training 18 eight).
 * Forty-second round: blind-36 to -41 and training sets 34 to 39 joined, judged on blind-42 and
 * training set 40, which no fit saw and nobody had read, by the same rule written down first. With
 * the blind sets alone: blind-42 right department 101 → 100 (-1), training set 40 transferred 195 →
 * 198, right department 173 → 182, answered 184 → 183 (+10): not kept (blind-42 below 0). With the
 * training sets too: blind-42 transferred 104 → 108, right department 101 → 105, answered 167 → 164
 * (+2); training set 40 transferred 202, right department 182, answered 184 (+16): kept. The
 * in-sample figures are in docs/engine.md (forty-second round).
 */
const QUESTION_SETS = [
  "mynumber-questions.csv",
  "mynumber-questions-unseen.csv",
  ...[
    2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27,
    28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41,
  ].map((n) => `mynumber-questions-unseen-${n}.csv`),
  ...[
    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27,
    28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39,
  ].map((n) => `mynumber-questions-train-${n}.csv`),
];

const ALL_ROUTING_CASES = [
  ...ROUTING_CASES,
  ...ROUND_FOUR_CASES,
  ...ROUND_FIVE_CASES,
  ...ROUND_SIX_CASES,
  ...ROUND_SEVEN_CASES,
  ...ROUND_EIGHT_CASES,
  ...ROUND_NINE_CASES,
  ...ROUND_TEN_CASES,
  ...ROUND_ELEVEN_CASES,
];

/**
 * Japanese text at 0.8 since the nineteenth round (0.85 before). Held out over all 34 sets, 0.85 →
 * 0.8 finds 35 more of the 704 hand-overs the rules missed (347 → 382) for 19 more of 6,995
 * answerable questions sent to a person (77 → 96): a caller handed over needlessly costs a clerk a
 * minute, a hand-over missed leaves the caller with an answer that is not theirs.
 */
const THRESHOLD = 0.8;
/**
 * For text mostly in other languages (chosen by the held-out report's last lines): 0.85 since the
 * nineteenth round, 19 → 26 of 70 found for 7 → 10 of 731 sent. Looked at again in the
 * twenty-first round: held out over all 36 sets after its refit, 0.9 would find 14 → 11 of 70 and
 * send 18 → 10 of 765; but on training set 14 (callers in other languages, never fitted on) it
 * would hand over 3 fewer of 254 and send none fewer, and on training sets 17 to 19 nothing moves.
 * Out of sample that is 6 hand-overs lost for 8 needless ones saved, while the answered target is
 * met and the transferred one is not: kept at 0.85.
 */
const FOREIGN_THRESHOLD = 0.85;
const HANDOVER_GRAMS = Number(process.env.HG ?? 15000);
const DEPARTMENT_GRAMS = Number(process.env.DG ?? 3000);
/**
 * How far the department part evens out the departments' row counts (0: not at all, 1: fully).
 * 0.5 since the twentieth round: with blind-16 to -19 and training set 15 each held out, the
 * department was right for 114 of the 125 rule-missed hand-overs the model found, against 110 at 0
 * and 109 at 1 (the hand-overs found and the answerable questions sent are the same). On training
 * sets 17 and 18, which it is not fitted on: right department 180 and 154 at 0.5, 178 and 153 at 0.
 */
const DEPARTMENT_BALANCE = Number(process.env.DBAL ?? 0.5);
const EPOCHS = 15;
const RATE = 0.5;
const L2 = 1e-4;
const SEED = 20261205;
/** Integer weights run from -LEVELS to LEVELS. */
const LEVELS = 99;

type Row = {
  readonly set: string;
  readonly features: readonly string[];
  readonly japanese: boolean;
  readonly mustTransfer: boolean;
  readonly department: string;
  /** What the rules alone decided. */
  readonly rulesAction: string;
  readonly rulesDepartment: string | null;
};

/** The lines written for the triage tests (`__fixtures__/routing-cases*.ts`), as one group. */
const ROUTING = "routing cases";

function loadRows(): Row[] {
  const faq = parseFaqCsv(readFileSync(join(SAMPLES, "mynumber-faq.csv"), "utf8")).entries;
  const departments = parseDepartmentsCsv(
    readFileSync(join(SAMPLES, "departments.csv"), "utf8"),
  ).departments;
  const index = FaqIndex.build(faq, {});
  const labelled: { set: string; text: string; action: string; department: string }[] = [];
  for (const set of QUESTION_SETS) {
    const { questions } = parseQuestionsCsv(readFileSync(join(SAMPLES, set), "utf8"));
    for (const q of questions) {
      labelled.push({
        set,
        text: q.question,
        action: q.expectedAction ?? "",
        department: q.expectedDepartment ?? "",
      });
    }
  }
  for (const c of ALL_ROUTING_CASES) {
    labelled.push({ set: ROUTING, text: c.text, action: c.action, department: c.department ?? "" });
  }
  const rows: Row[] = [];
  for (const { set, text, action, department } of labelled) {
    if (action !== "answer" && action !== "transfer") continue;
    const prepared = prepareInquiry({
      text,
      index,
      departments,
      options: { triage: { handoverModel: false } },
    });
    rows.push({
      set,
      features: handoverFeatures(prepared.masked),
      japanese: isMostlyJapanese(prepared.masked),
      mustTransfer: action === "transfer",
      department,
      rulesAction: prepared.triage.action,
      rulesDepartment: prepared.triage.department,
    });
  }
  return rows;
}

/**
 * Softmax regression (two classes for the hand-over, one per department for the second part)
 * by Adagrad with L2, over features weighted by {@link handoverFeatureNorm}. With `keep`, only
 * those features.
 */
function fit(
  rows: readonly Row[],
  classes: number,
  label: (row: Row) => number,
  keep?: ReadonlySet<string>,
  weightOf: (row: Row) => number = () => 1,
): Linear {
  const bias = new Array<number>(classes).fill(0);
  const biasSquares = new Array<number>(classes).fill(1e-8);
  const weights = new Map<string, number[]>();
  const squares = new Map<string, number[]>();
  const random = createRng(SEED);
  const order = rows.map((_, i) => i);
  // The kept features and the norm (of all the row's features) are the same every epoch.
  const inputs = rows.map((row) => ({
    features: keep ? row.features.filter((f) => keep.has(f)) : row.features,
    norm: handoverFeatureNorm(row.features.length),
    target: label(row),
    weight: weightOf(row),
  }));
  for (let epoch = 0; epoch < EPOCHS; epoch += 1) {
    shuffle(order, random);
    for (const k of order) {
      const input = inputs[k];
      if (!input) continue;
      const { features, norm, target, weight } = input;
      const vectors = features.map((feature) => {
        let vector = weights.get(feature);
        if (!vector) {
          vector = new Array<number>(classes).fill(0);
          weights.set(feature, vector);
          squares.set(feature, new Array<number>(classes).fill(1e-8));
        }
        return vector;
      });
      const probabilities = softmax(linearScores({ bias, weights }, features, norm));
      probabilities.forEach((p, c) => {
        const gradient = (p - (c === target ? 1 : 0)) * weight;
        biasSquares[c] = (biasSquares[c] ?? 0) + gradient * gradient;
        bias[c] = (bias[c] ?? 0) - (RATE * gradient) / Math.sqrt(biasSquares[c] ?? 1);
        features.forEach((feature, f) => {
          const vector = vectors[f] ?? [];
          const square = squares.get(feature) ?? [];
          const step = gradient * norm + L2 * (vector[c] ?? 0);
          square[c] = (square[c] ?? 0) + step * step;
          vector[c] = (vector[c] ?? 0) - (RATE * step) / Math.sqrt(square[c] ?? 1);
        });
      });
    }
  }
  return { bias, weights };
}

function predict(model: Linear, row: Row): number[] {
  return softmax(linearScores(model, row.features, handoverFeatureNorm(row.features.length)));
}

/** Largest absolute weight in any class: what {@link strongest} ranks features by. */
const largestWeight = (vector: number[]) => Math.max(...vector.map(Math.abs));

type Fitted = { handover: Linear; department: Linear; departments: string[] };

function fitBoth(rows: readonly Row[]): Fitted {
  // Two classes, "answer" (0) and "transfer" (1); the stored weights are the difference.
  const label = (row: Row) => (row.mustTransfer ? 1 : 0);
  const handover = fit(
    rows,
    2,
    label,
    strongest(fit(rows, 2, label), HANDOVER_GRAMS, largestWeight),
  );
  const transfers = rows.filter((row) => row.mustTransfer && row.department !== "");
  const departments = [...new Set(transfers.map((row) => row.department))].sort();
  const dLabel = (row: Row) => departments.indexOf(row.department);
  const weightOf = departmentWeights(transfers, departments.length);
  const department = fit(
    transfers,
    departments.length,
    dLabel,
    strongest(
      fit(transfers, departments.length, dLabel, undefined, weightOf),
      DEPARTMENT_GRAMS,
      largestWeight,
    ),
    weightOf,
  );
  return { handover, department, departments };
}

/**
 * Each transfer row's weight in the department part: (mean rows per department / rows of its
 * department) ^ {@link DEPARTMENT_BALANCE}, so that 市民課's many own-case rows do not drown the
 * few words that name another desk's matter.
 */
function departmentWeights(transfers: readonly Row[], departments: number): (row: Row) => number {
  const counts = new Map<string, number>();
  for (const row of transfers) counts.set(row.department, (counts.get(row.department) ?? 0) + 1);
  const mean = transfers.length / departments;
  return (row) => (mean / (counts.get(row.department) ?? mean)) ** DEPARTMENT_BALANCE;
}

/** The thresholds the held-out report compares; the model ships with {@link THRESHOLD}. */
const REPORTED_THRESHOLDS = [0.75, 0.8, 0.85, 0.9];

type Tally = { gained: number; department: number; rulesDepartment: number; lost: number };

/**
 * Figures of a model fitted without each set in turn (`only`: just those sets): per set at
 * {@link THRESHOLD}, and over all sets at each of {@link REPORTED_THRESHOLDS}.
 */
function heldOutReport(rows: readonly Row[], only?: readonly string[]): void {
  const sets = [...new Set(rows.map((row) => row.set))].filter(
    (set) => !only || only.includes(set),
  );
  const empty = (): Tally => ({ gained: 0, department: 0, rulesDepartment: 0, lost: 0 });
  const totals = REPORTED_THRESHOLDS.map(empty);
  // Lines mostly in other languages, which the shipped model leaves unscored.
  const foreign = REPORTED_THRESHOLDS.map(empty);
  let foreignMissed = 0;
  let foreignAnswers = 0;
  let missedTotal = 0;
  let answersTotal = 0;
  for (const set of sets) {
    const model = fitBoth(rows.filter((row) => row.set !== set));
    const held = rows.filter((row) => row.set === set);
    const tallies = REPORTED_THRESHOLDS.map(empty);
    for (const row of held) {
      if (row.rulesAction !== "answer") continue;
      const score = predict(model.handover, row)[1] ?? 0;
      if (!row.japanese) {
        if (row.mustTransfer) foreignMissed += 1;
        else foreignAnswers += 1;
        REPORTED_THRESHOLDS.forEach((threshold, t) => {
          const tally = foreign[t];
          if (!tally || score < threshold) return;
          if (row.mustTransfer) tally.gained += 1;
          else tally.lost += 1;
        });
        continue;
      }
      const scores = predict(model.department, row);
      const right = model.departments[scores.indexOf(Math.max(...scores))] === row.department;
      REPORTED_THRESHOLDS.forEach((threshold, t) => {
        const tally = tallies[t];
        if (!tally || score < threshold) return;
        if (!row.mustTransfer) tally.lost += 1;
        else {
          tally.gained += 1;
          if (right) tally.department += 1;
          if (row.rulesDepartment === row.department) tally.rulesDepartment += 1;
        }
      });
    }
    const missed = held.filter((row) => row.mustTransfer && row.rulesAction !== "transfer").length;
    const answers = held.filter((row) => !row.mustTransfer).length;
    const shipped = tallies[REPORTED_THRESHOLDS.indexOf(THRESHOLD)] ?? empty();
    console.log(
      `${set.padEnd(36)} rules missed ${String(missed).padStart(3)} hand-overs; model found ${shipped.gained} (department right ${shipped.department}, the rules' department ${shipped.rulesDepartment}); answerable sent to a person ${shipped.lost}/${answers}`,
    );
    tallies.forEach((tally, t) => {
      const total = totals[t];
      if (!total) return;
      total.gained += tally.gained;
      total.department += tally.department;
      total.rulesDepartment += tally.rulesDepartment;
      total.lost += tally.lost;
    });
    missedTotal += missed;
    answersTotal += answers;
  }
  REPORTED_THRESHOLDS.forEach((threshold, t) => {
    const total = totals[t] ?? empty();
    console.log(
      `held out, all sets, at ${threshold}: the model found ${total.gained} of the ${missedTotal} hand-overs the rules missed (department right ${total.department}; the rules' department ${total.rulesDepartment}), and sent ${total.lost} of ${answersTotal} answerable questions to a person`,
    );
  });
  REPORTED_THRESHOLDS.forEach((threshold, t) => {
    const tally = foreign[t] ?? empty();
    console.log(
      `  other languages (shipped at ${FOREIGN_THRESHOLD}), at ${threshold}: would find ${tally.gained} of ${foreignMissed} rule-answered hand-overs, and send ${tally.lost} of ${foreignAnswers} rule-answered answerable questions to a person`,
    );
  });
}

/** Integer weights and their scale; features whose weight rounds to 0 are dropped. */
function quantize(entries: readonly (readonly [string, readonly number[]])[]) {
  const largest = Math.max(...entries.flatMap(([, vector]) => vector.map(Math.abs)));
  const scale = largest / LEVELS;
  const lines = entries
    .map(([feature, vector]) => [feature, vector.map((w) => Math.round(w / scale))] as const)
    .filter(([, vector]) => vector.some((w) => w !== 0))
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([feature, vector]) => `${feature}\t${vector.join(",")}`);
  return { scale: Number(scale.toPrecision(6)), text: `${lines.join("\n")}\n` };
}

async function main(): Promise<void> {
  const check = process.argv.includes("--check");
  const rows = loadRows();
  console.log(
    `${rows.length} rows (${rows.filter((row) => row.mustTransfer).length} must go to a person) from ${QUESTION_SETS.length} question sets and the routing cases`,
  );
  const heldOut = process.argv.find((arg) => arg.startsWith("--held-out"));
  if (heldOut) heldOutReport(rows, heldOut.split("=")[1]?.split(","));
  const model = fitBoth(rows);
  const handover = quantize(
    [...model.handover.weights.entries()].map(([f, v]) => [f, [(v[1] ?? 0) - (v[0] ?? 0)]]),
  );
  const department = quantize([...model.department.weights.entries()]);
  const bias = (model.handover.bias[1] ?? 0) - (model.handover.bias[0] ?? 0);
  const source = `// Generated by scripts/triage/fit-handover-model.ts; do not edit. Refit after changing the
// development sets or the features.
import type { HandoverModelWeights } from "./handover-model";

export const HANDOVER_MODEL_WEIGHTS: HandoverModelWeights = {
  version: ${HANDOVER_FEATURES_VERSION},
  threshold: ${THRESHOLD},
  foreignThreshold: ${FOREIGN_THRESHOLD},
  bias: ${bias.toFixed(4)},
  scale: ${handover.scale},
  handover: ${JSON.stringify(handover.text)},
  departments: ${JSON.stringify(model.departments)},
  departmentBias: ${JSON.stringify(model.department.bias.map((b) => Number(b.toFixed(4))))},
  departmentScale: ${department.scale},
  departmentWeights: ${JSON.stringify(department.text)},
};
`;
  const lines = handover.text.split("\n").length - 1;
  console.log(
    `${lines} hand-over features, ${department.text.split("\n").length - 1} department features, ${model.departments.length} departments`,
  );
  if (check) return;
  const config = await resolveConfig(OUTPUT);
  writeFileSync(OUTPUT, await format(source, { ...config, filepath: OUTPUT }));
  console.log(`wrote ${OUTPUT}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
