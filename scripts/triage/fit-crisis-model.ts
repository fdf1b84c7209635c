/**
 * Fits the crisis model of `src/core/triage/crisis-model.ts` and writes its weights to
 * `src/core/triage/crisis-model-weights.ts` (`npx tsx scripts/triage/fit-crisis-model.ts`;
 * `--check` only prints the figures, `--no-report` skips the leave-one-out report). Two logistic
 * models over the model's n-gram features:
 *   - crisis now or not, on the development red teams and crisis training sets (crisis lines and
 *     look-alikes), the crisis rows of the development question sets, and every other row of
 *     those sets, of the triage routing cases and of the development PII fixtures as "not a
 *     crisis" (the triage tests' crisis lines and look-alikes are left out: they check the
 *     threshold);
 *   - which kind, on the red teams' and crisis training sets' crisis lines.
 * Each is fitted on all features, cut to the strongest ones, fitted again on those and rounded to
 * integers. First it prints, for each red team and crisis training set left out in turn, what a
 * model fitted without it catches and raises there (the rules were fitted on every set, so "with
 * the rules" is an optimistic figure; the model's own figure is out of sample); then, for each
 * training question set left out in turn, the ordinary rows it raises. Choose the options below
 * by those figures, never by one set. Blind sets are never read: every file is named in the lists
 * below, never globbed. Red teams 7 to 11, crisis training sets 1 to 5, blind-8 to blind-13,
 * question training sets 4 to 10, pii-unseen-6 to -12 and pii-train-1 and -2 joined the fit in
 * the fourteenth round; red teams 12 and 13 joined the report, not the fit, in the fifteenth and
 * sixteenth, red teams 14 to 26 and crisis training set 6 in the thirtieth, when a refit on every
 * read set was checked against red team 27 and not written (see `SCORED_ONLY`; the later question
 * and PII sets are in `LATER_QUESTION_SETS` and `LATER_PII_FIXTURES`, fitted on only on request).
 * Deterministic: a seeded shuffle, a fixed schedule.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { format } from "prettier";
import { parseQuestionsCsv } from "../../src/core";
import {
  RED_TEAM_CRISIS,
  RED_TEAM_LOOK_ALIKES,
} from "../../src/core/triage/__fixtures__/crisis-red-team";
import {
  RED_TEAM_2_CRISIS,
  RED_TEAM_2_LOOK_ALIKES,
} from "../../src/core/triage/__fixtures__/crisis-red-team-2";
import {
  RED_TEAM_3_CRISIS,
  RED_TEAM_3_LOOK_ALIKES,
} from "../../src/core/triage/__fixtures__/crisis-red-team-3";
import {
  RED_TEAM_4_CRISIS,
  RED_TEAM_4_LOOK_ALIKES,
} from "../../src/core/triage/__fixtures__/crisis-red-team-4";
import {
  RED_TEAM_5_CRISIS,
  RED_TEAM_5_LOOK_ALIKES,
} from "../../src/core/triage/__fixtures__/crisis-red-team-5";
import {
  RED_TEAM_6_CRISIS,
  RED_TEAM_6_LOOK_ALIKES,
} from "../../src/core/triage/__fixtures__/crisis-red-team-6";
import {
  RED_TEAM_7_CRISIS,
  RED_TEAM_7_LOOK_ALIKES,
} from "../../src/core/triage/__fixtures__/crisis-red-team-7";
import {
  RED_TEAM_8_CRISIS,
  RED_TEAM_8_LOOK_ALIKES,
} from "../../src/core/triage/__fixtures__/crisis-red-team-8";
import {
  RED_TEAM_9_CRISIS,
  RED_TEAM_9_LOOK_ALIKES,
} from "../../src/core/triage/__fixtures__/crisis-red-team-9";
import {
  RED_TEAM_10_CRISIS,
  RED_TEAM_10_LOOK_ALIKES,
} from "../../src/core/triage/__fixtures__/crisis-red-team-10";
import {
  RED_TEAM_11_CRISIS,
  RED_TEAM_11_LOOK_ALIKES,
} from "../../src/core/triage/__fixtures__/crisis-red-team-11";
import {
  RED_TEAM_12_CRISIS,
  RED_TEAM_12_LOOK_ALIKES,
} from "../../src/core/triage/__fixtures__/crisis-red-team-12";
import {
  RED_TEAM_13_CRISIS,
  RED_TEAM_13_LOOK_ALIKES,
} from "../../src/core/triage/__fixtures__/crisis-red-team-13";
import {
  RED_TEAM_14_CRISIS,
  RED_TEAM_14_LOOK_ALIKES,
} from "../../src/core/triage/__fixtures__/crisis-red-team-14";
import {
  RED_TEAM_15_CRISIS,
  RED_TEAM_15_LOOK_ALIKES,
} from "../../src/core/triage/__fixtures__/crisis-red-team-15";
import {
  RED_TEAM_16_CRISIS,
  RED_TEAM_16_LOOK_ALIKES,
} from "../../src/core/triage/__fixtures__/crisis-red-team-16";
import {
  RED_TEAM_17_CRISIS,
  RED_TEAM_17_LOOK_ALIKES,
} from "../../src/core/triage/__fixtures__/crisis-red-team-17";
import {
  RED_TEAM_18_CRISIS,
  RED_TEAM_18_LOOK_ALIKES,
} from "../../src/core/triage/__fixtures__/crisis-red-team-18";
import {
  RED_TEAM_19_CRISIS,
  RED_TEAM_19_LOOK_ALIKES,
} from "../../src/core/triage/__fixtures__/crisis-red-team-19";
import {
  RED_TEAM_20_CRISIS,
  RED_TEAM_20_LOOK_ALIKES,
} from "../../src/core/triage/__fixtures__/crisis-red-team-20";
import {
  RED_TEAM_21_CRISIS,
  RED_TEAM_21_LOOK_ALIKES,
} from "../../src/core/triage/__fixtures__/crisis-red-team-21";
import {
  RED_TEAM_22_CRISIS,
  RED_TEAM_22_LOOK_ALIKES,
} from "../../src/core/triage/__fixtures__/crisis-red-team-22";
import {
  RED_TEAM_23_CRISIS,
  RED_TEAM_23_LOOK_ALIKES,
} from "../../src/core/triage/__fixtures__/crisis-red-team-23";
import {
  RED_TEAM_24_CRISIS,
  RED_TEAM_24_LOOK_ALIKES,
} from "../../src/core/triage/__fixtures__/crisis-red-team-24";
import {
  RED_TEAM_25_CRISIS,
  RED_TEAM_25_LOOK_ALIKES,
} from "../../src/core/triage/__fixtures__/crisis-red-team-25";
import {
  RED_TEAM_26_CRISIS,
  RED_TEAM_26_LOOK_ALIKES,
} from "../../src/core/triage/__fixtures__/crisis-red-team-26";
import {
  CRISIS_TRAIN_1_CRISIS,
  CRISIS_TRAIN_1_LOOK_ALIKES,
} from "../../src/core/triage/__fixtures__/crisis-train-1";
import {
  CRISIS_TRAIN_2_CRISIS,
  CRISIS_TRAIN_2_LOOK_ALIKES,
} from "../../src/core/triage/__fixtures__/crisis-train-2";
import {
  CRISIS_TRAIN_3_CRISIS,
  CRISIS_TRAIN_3_LOOK_ALIKES,
} from "../../src/core/triage/__fixtures__/crisis-train-3";
import {
  CRISIS_TRAIN_4_CRISIS,
  CRISIS_TRAIN_4_LOOK_ALIKES,
} from "../../src/core/triage/__fixtures__/crisis-train-4";
import {
  CRISIS_TRAIN_5_CRISIS,
  CRISIS_TRAIN_5_LOOK_ALIKES,
} from "../../src/core/triage/__fixtures__/crisis-train-5";
import {
  CRISIS_TRAIN_6_CRISIS,
  CRISIS_TRAIN_6_LOOK_ALIKES,
} from "../../src/core/triage/__fixtures__/crisis-train-6";
import {
  LEXICON_CRISIS_LINES,
  LEXICON_CRISIS_LINES_2,
  LEXICON_LOOK_ALIKES,
  LEXICON_LOOK_ALIKES_2,
  MODEL_KNOWN_FALSE_ALARMS,
  POST_HOC_CRISIS,
  POST_HOC_LOOK_ALIKES,
  SIGN_ORDINARY,
  SIGN_WARNINGS,
} from "../../src/core/triage/__fixtures__/crisis-lines";
import { ROUTING_CASES } from "../../src/core/triage/__fixtures__/routing-cases";
import { ROUND_FOUR_CASES } from "../../src/core/triage/__fixtures__/routing-cases-4";
import { ROUND_FIVE_CASES } from "../../src/core/triage/__fixtures__/routing-cases-5";
import { ROUND_SIX_CASES } from "../../src/core/triage/__fixtures__/routing-cases-6";
import { ROUND_SEVEN_CASES } from "../../src/core/triage/__fixtures__/routing-cases-7";
import { ROUND_EIGHT_CASES } from "../../src/core/triage/__fixtures__/routing-cases-8";
import { ROUND_NINE_CASES } from "../../src/core/triage/__fixtures__/routing-cases-9";
import { ROUND_TEN_CASES } from "../../src/core/triage/__fixtures__/routing-cases-10";
import { ROUND_ELEVEN_CASES } from "../../src/core/triage/__fixtures__/routing-cases-11";
import type { CrisisKind } from "../../src/core/triage/crisis-lexicon";
import type { CrisisModelWeights } from "../../src/core/triage/crisis-model";
import {
  CRISIS_FEATURES_VERSION,
  CRISIS_MODEL_KINDS,
  crisisFeatureNorm,
  crisisFeatures,
  loadCrisisModel,
  scoreCrisisModel,
} from "../../src/core/triage/crisis-model";
import { detectCrisisByRules, foldForCrisis } from "../../src/core/triage/detect-signals";
import { createRng } from "../../test/fixtures/pii/render";
import { type Linear, linearScores, shuffle, softmax, strongest } from "./linear-model";
import { findRepoRoot } from "../repo-root";

const ROOT = findRepoRoot();

export type FitOptions = {
  readonly crisisFeaturesKept: number;
  readonly kindFeaturesKept: number;
  readonly threshold: number;
  readonly epochs: number;
  readonly learningRate: number;
  readonly l2: number;
  /** Crisis lines weigh this much more than ordinary ones (there are far fewer of them). */
  readonly crisisWeight: number;
  readonly weightLevels: number;
};

// Chosen in the fourteenth round by the figures with each red team and crisis training set left
// out (see docs/engine.md): with about three times the crisis lines, crisis weight 2 and threshold
// 0.85 catch more and raise fewer look-alikes than 3 and 0.75 did; 1,500 n-grams caught a little
// more but made the weights a third larger, and a stronger L2 traded catches for look-alikes.
export const FIT_OPTIONS: FitOptions = {
  crisisFeaturesKept: 1000,
  kindFeaturesKept: 300,
  threshold: 0.85,
  epochs: 8,
  learningRate: 0.5,
  l2: 0.0001,
  crisisWeight: 2,
  weightLevels: 31,
};

const QUESTION_SETS = [
  "mynumber-questions.csv",
  "mynumber-questions-unseen.csv",
  "mynumber-questions-unseen-2.csv",
  "mynumber-questions-unseen-3.csv",
  "mynumber-questions-unseen-4.csv",
  "mynumber-questions-unseen-5.csv",
  "mynumber-questions-unseen-6.csv",
  "mynumber-questions-unseen-7.csv",
  // Blind-8 to blind-13, development sets since their runs (fourteenth round).
  "mynumber-questions-unseen-8.csv",
  "mynumber-questions-unseen-9.csv",
  "mynumber-questions-unseen-10.csv",
  "mynumber-questions-unseen-11.csv",
  "mynumber-questions-unseen-12.csv",
  "mynumber-questions-unseen-13.csv",
  // Written as training data (phone speech-recognition text, web chat); ordinary calls in those
  // forms, which the red teams and the other sets hold few of.
  "mynumber-questions-train-1.csv",
  "mynumber-questions-train-2.csv",
  // Hand-overs to every desk (complaints, own cases, other desks' topics in dialect and phone
  // text): ordinary calls that share words with crises (空き家が崩れそう, もう生活でけへん).
  "mynumber-questions-train-3.csv",
  // Further training sets (citizen phrasings, hand-overs told as stories, records shown wrong,
  // errands in other languages): ordinary calls only, few crises.
  "mynumber-questions-train-4.csv",
  "mynumber-questions-train-5.csv",
  "mynumber-questions-train-6.csv",
  "mynumber-questions-train-7.csv",
  "mynumber-questions-train-8.csv",
  "mynumber-questions-train-9.csv",
  "mynumber-questions-train-10.csv",
  "manuals-questions.csv",
  "manuals-questions-unseen.csv",
  "manuals-questions-unseen-2.csv",
];
// Named one by one, never globbed: a new blind set in the folder must not slip into the fit.
const PII_FIXTURES = [
  "pii-adversarial-2.jsonl",
  "pii-adversarial-3.jsonl",
  "pii-adversarial.jsonl",
  "pii-cases.jsonl",
  "pii-heldout-2.jsonl",
  "pii-heldout.jsonl",
  "pii-negatives.jsonl",
  "pii-unseen-2.jsonl",
  "pii-unseen-3.jsonl",
  "pii-unseen-4.jsonl",
  "pii-unseen-5.jsonl",
  "pii-unseen.jsonl",
  // Development sets since the fourteenth round (blind when they were written).
  "pii-unseen-6.jsonl",
  "pii-unseen-7.jsonl",
  "pii-unseen-8.jsonl",
  "pii-unseen-9.jsonl",
  "pii-unseen-10.jsonl",
  "pii-unseen-11.jsonl",
  "pii-unseen-12.jsonl",
  "pii-train-1.jsonl",
  "pii-train-2.jsonl",
];

// Thirtieth round: the development sets read since the fourteenth round, as ordinary text (and
// crisis rows) for a check of a refit on every read set; fitted on only with
// `CRISIS_FIT_LATER_SETS=1` (with `CRISIS_FIT_SCORED_ONLY=` empty for the red teams). Blind-29 and
// training set 27 judged that refit and are in neither list. Not in the shipped fit: see
// SCORED_ONLY for the figures.
const LATER_QUESTION_SETS = [
  ...[14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28].map(
    (n) => `mynumber-questions-unseen-${n}.csv`,
  ),
  ...[11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26].map(
    (n) => `mynumber-questions-train-${n}.csv`,
  ),
];
const LATER_PII_FIXTURES = [
  ...[13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27].map(
    (n) => `pii-unseen-${n}.jsonl`,
  ),
  "pii-train-3.jsonl",
];
const FIT_LATER_SETS = process.env.CRISIS_FIT_LATER_SETS === "1";

const TEST_LOOK_ALIKES = [
  ...Object.values(MODEL_KNOWN_FALSE_ALARMS),
  ...LEXICON_LOOK_ALIKES,
  ...LEXICON_LOOK_ALIKES_2,
  ...POST_HOC_LOOK_ALIKES,
  ...SIGN_ORDINARY,
];
const TEST_CRISIS = [
  ...[...LEXICON_CRISIS_LINES, ...LEXICON_CRISIS_LINES_2, ...POST_HOC_CRISIS].map(([text]) => text),
  ...SIGN_WARNINGS,
];

type Example = {
  readonly text: string;
  readonly crisis: boolean;
  readonly kind: CrisisKind | null;
  /** `rt1`…`rt12` for the red teams, `ct1`…`ct5` for the crisis training sets, otherwise where the row comes from. */
  readonly group: string;
  readonly features: string[];
};

export function loadExamples(): Example[] {
  const rows: Omit<Example, "features">[] = [];
  const redTeams = [
    ["rt1", RED_TEAM_CRISIS, RED_TEAM_LOOK_ALIKES],
    ["rt2", RED_TEAM_2_CRISIS, RED_TEAM_2_LOOK_ALIKES],
    ["rt3", RED_TEAM_3_CRISIS, RED_TEAM_3_LOOK_ALIKES],
    ["rt4", RED_TEAM_4_CRISIS, RED_TEAM_4_LOOK_ALIKES],
    ["rt5", RED_TEAM_5_CRISIS, RED_TEAM_5_LOOK_ALIKES],
    ["rt6", RED_TEAM_6_CRISIS, RED_TEAM_6_LOOK_ALIKES],
    ["rt7", RED_TEAM_7_CRISIS, RED_TEAM_7_LOOK_ALIKES],
    ["rt8", RED_TEAM_8_CRISIS, RED_TEAM_8_LOOK_ALIKES],
    ["rt9", RED_TEAM_9_CRISIS, RED_TEAM_9_LOOK_ALIKES],
    ["rt10", RED_TEAM_10_CRISIS, RED_TEAM_10_LOOK_ALIKES],
    ["rt11", RED_TEAM_11_CRISIS, RED_TEAM_11_LOOK_ALIKES],
    // Red team 12 (ordinary errands, crises in their middle): a development set since the
    // fifteenth round; scored in the report, not fitted on (see SCORED_ONLY).
    ["rt12", RED_TEAM_12_CRISIS, RED_TEAM_12_LOOK_ALIKES],
    // Red team 13 (no theme, half of its crises inside an errand): a development set since the
    // sixteenth round.
    ["rt13", RED_TEAM_13_CRISIS, RED_TEAM_13_LOOK_ALIKES],
    // Red teams 14 to 26, read in the seventeenth to twenty-ninth rounds: scored in the report
    // since the thirtieth round, not fitted on (see SCORED_ONLY).
    ["rt14", RED_TEAM_14_CRISIS, RED_TEAM_14_LOOK_ALIKES],
    ["rt15", RED_TEAM_15_CRISIS, RED_TEAM_15_LOOK_ALIKES],
    ["rt16", RED_TEAM_16_CRISIS, RED_TEAM_16_LOOK_ALIKES],
    ["rt17", RED_TEAM_17_CRISIS, RED_TEAM_17_LOOK_ALIKES],
    ["rt18", RED_TEAM_18_CRISIS, RED_TEAM_18_LOOK_ALIKES],
    ["rt19", RED_TEAM_19_CRISIS, RED_TEAM_19_LOOK_ALIKES],
    ["rt20", RED_TEAM_20_CRISIS, RED_TEAM_20_LOOK_ALIKES],
    ["rt21", RED_TEAM_21_CRISIS, RED_TEAM_21_LOOK_ALIKES],
    ["rt22", RED_TEAM_22_CRISIS, RED_TEAM_22_LOOK_ALIKES],
    ["rt23", RED_TEAM_23_CRISIS, RED_TEAM_23_LOOK_ALIKES],
    ["rt24", RED_TEAM_24_CRISIS, RED_TEAM_24_LOOK_ALIKES],
    ["rt25", RED_TEAM_25_CRISIS, RED_TEAM_25_LOOK_ALIKES],
    ["rt26", RED_TEAM_26_CRISIS, RED_TEAM_26_LOOK_ALIKES],
    // The crisis training sets: each crisis set in the desk context of some look-alike.
    ["ct1", CRISIS_TRAIN_1_CRISIS, CRISIS_TRAIN_1_LOOK_ALIKES],
    ["ct2", CRISIS_TRAIN_2_CRISIS, CRISIS_TRAIN_2_LOOK_ALIKES],
    ["ct3", CRISIS_TRAIN_3_CRISIS, CRISIS_TRAIN_3_LOOK_ALIKES],
    ["ct4", CRISIS_TRAIN_4_CRISIS, CRISIS_TRAIN_4_LOOK_ALIKES],
    ["ct5", CRISIS_TRAIN_5_CRISIS, CRISIS_TRAIN_5_LOOK_ALIKES],
    // Crisis training set 6, read in the twenty-eighth round: scored, not fitted on (thirtieth round).
    ["ct6", CRISIS_TRAIN_6_CRISIS, CRISIS_TRAIN_6_LOOK_ALIKES],
  ] as const;
  for (const [group, crisis, lookAlikes] of redTeams) {
    for (const [text, kind] of crisis) rows.push({ text, crisis: true, kind, group });
    for (const text of lookAlikes) rows.push({ text, crisis: false, kind: null, group });
  }
  const routingCases = [
    ["routing-cases", ROUTING_CASES],
    ["routing-cases-4", ROUND_FOUR_CASES],
    ["routing-cases-5", ROUND_FIVE_CASES],
    ["routing-cases-6", ROUND_SIX_CASES],
    ["routing-cases-7", ROUND_SEVEN_CASES],
    ["routing-cases-8", ROUND_EIGHT_CASES],
    ["routing-cases-9", ROUND_NINE_CASES],
    ["routing-cases-10", ROUND_TEN_CASES],
    ["routing-cases-11", ROUND_ELEVEN_CASES],
  ] as const;
  for (const [group, cases] of routingCases) {
    for (const { text } of cases) rows.push({ text, crisis: false, kind: null, group });
  }
  for (const file of [...QUESTION_SETS, ...(FIT_LATER_SETS ? LATER_QUESTION_SETS : [])]) {
    const { questions } = parseQuestionsCsv(readFileSync(join(ROOT, "samples", file), "utf8"));
    for (const question of questions) {
      const crisis = question.expectedAction === "emergency";
      rows.push({ text: question.question, crisis, kind: null, group: file });
    }
  }
  const piiDir = join(ROOT, "test", "fixtures", "pii");
  for (const file of [...PII_FIXTURES, ...(FIT_LATER_SETS ? LATER_PII_FIXTURES : [])]) {
    for (const line of readFileSync(join(piiDir, file), "utf8").split("\n")) {
      if (line.trim() === "") continue;
      const text = (JSON.parse(line) as { text: string }).text;
      rows.push({ text, crisis: false, kind: null, group: file });
    }
  }
  return rows.map((row) => ({ ...row, features: crisisFeatures(foldForCrisis(row.text)) }));
}

/**
 * Softmax regression by stochastic gradient descent (two classes for yes/no). Inputs are scaled
 * by `crisisFeatureNorm`, as in the scorer.
 */
function fit(
  examples: readonly { features: readonly string[]; label: number; weight: number }[],
  classes: number,
  options: FitOptions,
  allowed?: ReadonlySet<string>,
): Linear {
  const model: Linear = { bias: new Array<number>(classes).fill(0), weights: new Map() };
  const order = examples.map((_, index) => index);
  const random = createRng(20261204);
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    shuffle(order, random);
    const rate = options.learningRate / (1 + 0.3 * epoch);
    for (const index of order) {
      const example = examples[index]!;
      const norm = crisisFeatureNorm(example.features.length);
      const probabilities = softmax(linearScores(model, example.features, norm));
      for (let k = 0; k < classes; k += 1) {
        const gradient = (probabilities[k]! - (example.label === k ? 1 : 0)) * example.weight;
        model.bias[k]! -= rate * gradient;
        for (const feature of example.features) {
          if (allowed && !allowed.has(feature)) continue;
          let weights = model.weights.get(feature);
          if (!weights) {
            weights = new Array<number>(classes).fill(0);
            model.weights.set(feature, weights);
          }
          weights[k]! -= rate * (gradient * norm + options.l2 * weights[k]!);
        }
      }
    }
  }
  return model;
}

function quantize(values: readonly number[], levels: number): { scale: number; levels: number[] } {
  const top = Math.max(...values.map(Math.abs), 1e-9);
  const scale = top / levels;
  return { scale, levels: values.map((value) => Math.round(value / scale)) };
}

export function fitWeights(
  examples: readonly Example[],
  options: FitOptions = FIT_OPTIONS,
): CrisisModelWeights {
  const crisisRows = examples.map((example) => ({
    features: example.features,
    label: example.crisis ? 1 : 0,
    weight: example.crisis ? options.crisisWeight : 1,
  }));
  // Yes/no as one weight per feature: the difference of the two classes' weights.
  const crisisStrength = (weights: number[]) => Math.abs(weights[1]! - weights[0]!);
  const crisisKept = strongest(
    fit(crisisRows, 2, options),
    options.crisisFeaturesKept,
    crisisStrength,
  );
  const crisisModel = fit(crisisRows, 2, options, crisisKept);
  const crisisEntries = [...crisisModel.weights.entries()]
    .map(([feature, weights]) => [feature, weights[1]! - weights[0]!] as const)
    .filter(([, weight]) => weight !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const crisisQuantized = quantize(
    crisisEntries.map(([, weight]) => weight),
    options.weightLevels,
  );

  const kindRows = examples.flatMap((example) =>
    example.kind === null
      ? []
      : [
          {
            features: example.features,
            label: CRISIS_MODEL_KINDS.indexOf(example.kind),
            weight: 1,
          },
        ],
  );
  const kindStrength = (weights: number[]) => Math.max(...weights.map(Math.abs));
  const kindKept = strongest(
    fit(kindRows, CRISIS_MODEL_KINDS.length, options),
    options.kindFeaturesKept,
    kindStrength,
  );
  const kindModel = fit(kindRows, CRISIS_MODEL_KINDS.length, options, kindKept);
  const kindEntries = [...kindModel.weights.entries()].sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  const kindQuantized = quantize(
    kindEntries.flatMap(([, weights]) => weights),
    options.weightLevels,
  );
  const kinds = CRISIS_MODEL_KINDS.length;

  return {
    version: CRISIS_FEATURES_VERSION,
    threshold: options.threshold,
    bias: Number((crisisModel.bias[1]! - crisisModel.bias[0]!).toFixed(4)),
    scale: Number(crisisQuantized.scale.toPrecision(6)),
    crisis: crisisEntries
      .map(([feature], index) => `${feature}\t${crisisQuantized.levels[index]}`)
      .join("\n"),
    kindBias: kindModel.bias.map((value) => Number(value.toFixed(4))),
    kindScale: Number(kindQuantized.scale.toPrecision(6)),
    kinds: kindEntries
      .map(
        ([feature], index) =>
          `${feature}\t${kindQuantized.levels.slice(index * kinds, (index + 1) * kinds).join(",")}`,
      )
      .join("\n"),
  };
}

/**
 * Groups scored in the report (left out in turn like the others) but kept out of every fit.
 * Red team 12, fifteenth round: fitted on, it raised the red teams' and crisis training sets'
 * catches left out (2,396 → 2,387–2,442 of 3,648, look-alikes 14 → 9–13, by options) but made the
 * model raise more ordinary rows of question training sets left out (3 → 9–12 on training sets 3, 6
 * and 10) and catch fewer of the triage tests' crisis lines (158 → 109–125 of 432): its crises sit
 * in the middle of ordinary errands, and the model learnt the errands' words as danger. Until
 * the features can tell the errand from the crisis, it is read by the report only. Red team 13,
 * sixteenth round, the same: red teams 12 and 13 fitted on, the eighteen sets left out caught
 * 2,551 → 2,496 of 3,848 at 0.85 (2,559 at 0.82), look-alikes 16 → 10 (12), kind right 2,712 →
 * 2,771, but the question training sets' ordinary rows raised went 4 → 7 (9 at 0.82) and the
 * triage tests' crisis lines caught 159 → 143 of 432. `CRISIS_FIT_SCORED_ONLY=rt12` (or empty)
 * overrides the set for such a check.
 *
 * Thirtieth round: red teams 14 to 26 and crisis training set 6 joined the report, scored only.
 * A refit on every read set was judged, before any of it ran, on red team 27 (never fitted on,
 * not read until the decision was written) and the false emergencies of blind-29 and training
 * set 27, with the rest of the crisis table (in sample) not to get worse. Figures of the rules
 * with the model (`ctab.ts`: caught / kind right / look-alikes raised): shipped, red team 27
 * 184 / 171 / 24 of 200, the other crisis sets 7,008 / 6,777 / 57 of 7,019 and 6,915. Red teams
 * 12 to 26, crisis training set 6, blind-14 to -28, question training sets 11 to 26, pii-unseen-13
 * to -27 and pii-train-3 fitted on (`CRISIS_FIT_SCORED_ONLY= CRISIS_FIT_LATER_SETS=1`, 43,523
 * rows, 6,957 crises): 1,000 n-grams at 0.85, red team 27 186 / 177 / 23, the others 6,942 /
 * 6,715 / 42; the same at 0.80, 188 / 178 / 23 and 6,969 / 6,735 / 48; 2,000 n-grams at 0.80,
 * 186 / 176 / 23 and 6,994 / 6,761 / 46 (blind-29 and training set 27: 0 and 1 false emergency
 * each time, as shipped). Each gains on red team 27 but loses crises the shipped model carries
 * for the rules on the older sets (caught minus raised 6,951 → 6,900, 6,921, 6,948), so none was
 * written: the weights stay the fourteenth round's. The triage tests' crisis lines caught by the
 * model alone: 158 shipped, 120 (1,000 n-grams) and 151 (2,000) refitted.
 */
const SCORED_ONLY: ReadonlySet<string> = new Set(
  process.env.CRISIS_FIT_SCORED_ONLY?.split(",").filter(Boolean) ?? [
    "rt12",
    "rt13",
    ...Array.from({ length: 13 }, (_, index) => `rt${index + 14}`),
    "ct6",
  ],
);

/** A red team (`rt…`) or a crisis training set (`ct…`): crisis lines and their look-alikes. */
const isCrisisSet = (group: string) => group.startsWith("rt") || group.startsWith("ct");

const share = (hits: number, total: number) =>
  `${hits}/${total} (${((100 * hits) / total).toFixed(1)}%)`;

export type HeldOutFigures = {
  readonly group: string;
  readonly crisis: number;
  readonly lookAlikes: number;
  /** The model alone, fitted without the group. */
  readonly caught: number;
  readonly kindRight: number;
  readonly raised: number;
  /** The rules alone (fitted on every set, so optimistic). */
  readonly rulesCaught: number;
  readonly rulesRaised: number;
  /** The rules or the model. */
  readonly eitherCaught: number;
  readonly eitherRaised: number;
};

/** The figures on one group of a model fitted without it. */
export function heldOutFigures(
  examples: readonly Example[],
  heldOut: string,
  options: FitOptions = FIT_OPTIONS,
  fitted: readonly Example[] = examples.filter((example) => example.group !== heldOut),
): HeldOutFigures {
  const model = loadCrisisModel(fitWeights(fitted, options));
  const held = examples.filter((example) => example.group === heldOut);
  const scored = new Map(
    held.map((example) => [example, scoreCrisisModel(model, foldForCrisis(example.text))]),
  );
  const raised = (example: Example) => scored.get(example)!.raised;
  const byRules = (example: Example) => detectCrisisByRules(foldForCrisis(example.text)) !== null;
  const crisis = held.filter((example) => example.crisis);
  const lookAlikes = held.filter((example) => !example.crisis);
  return {
    group: heldOut,
    crisis: crisis.length,
    lookAlikes: lookAlikes.length,
    caught: crisis.filter(raised).length,
    kindRight: crisis.filter((example) => scored.get(example)!.kind === example.kind).length,
    raised: lookAlikes.filter(raised).length,
    rulesCaught: crisis.filter(byRules).length,
    rulesRaised: lookAlikes.filter(byRules).length,
    eitherCaught: crisis.filter((e) => byRules(e) || raised(e)).length,
    eitherRaised: lookAlikes.filter((e) => byRules(e) || raised(e)).length,
  };
}

/** Each red team and crisis training set left out in turn: the model fitted without it, scored on it. */
function crossCheck(examples: readonly Example[]): void {
  const groups = [...new Set(examples.map((example) => example.group).filter(isCrisisSet))];
  const total = { crisis: 0, lookAlikes: 0, caught: 0, kindRight: 0, raised: 0 };
  for (const heldOut of groups) {
    const f = heldOutFigures(
      examples,
      heldOut,
      FIT_OPTIONS,
      examples.filter((example) => example.group !== heldOut && !SCORED_ONLY.has(example.group)),
    );
    for (const key of Object.keys(total) as (keyof typeof total)[]) total[key] += f[key];
    console.log(
      [
        `${heldOut} left out of the fit:`,
        `  model alone: caught ${share(f.caught, f.crisis)}, kind right ${share(f.kindRight, f.crisis)}, look-alikes raised ${share(f.raised, f.lookAlikes)}`,
        `  rules alone (fitted on it): caught ${share(f.rulesCaught, f.crisis)}, raised ${share(f.rulesRaised, f.lookAlikes)}`,
        `  rules or model: caught ${share(f.eitherCaught, f.crisis)}, raised ${share(f.eitherRaised, f.lookAlikes)}`,
      ].join("\n"),
    );
  }
  console.log(
    `all left out in turn, model alone: caught ${share(total.caught, total.crisis)}, kind right ${share(total.kindRight, total.crisis)}, look-alikes raised ${share(total.raised, total.lookAlikes)}`,
  );
}

/** Each training question set left out in turn: its ordinary rows the model alone raises. */
function crossCheckOrdinary(examples: readonly Example[]): void {
  for (const heldOut of QUESTION_SETS.filter((file) => file.includes("-train-"))) {
    const model = loadCrisisModel(
      fitWeights(
        examples.filter((example) => example.group !== heldOut && !SCORED_ONLY.has(example.group)),
      ),
    );
    const ordinary = examples.filter((example) => example.group === heldOut && !example.crisis);
    const raised = ordinary.filter(
      (example) => scoreCrisisModel(model, foldForCrisis(example.text)).raised,
    ).length;
    console.log(
      `${heldOut} left out of the fit: ordinary rows raised by the model ${share(raised, ordinary.length)}`,
    );
  }
}

async function main(): Promise<void> {
  const examples = loadExamples();
  const crisisCount = examples.filter((example) => example.crisis).length;
  console.log(`${examples.length} rows, ${crisisCount} of them crises`);
  // --no-report: only the final fit (the report's 28 fits take about half an hour on 2 CPUs).
  if (!process.argv.includes("--no-report")) {
    crossCheck(examples);
    crossCheckOrdinary(examples);
  }
  const weights = fitWeights(examples.filter((example) => !SCORED_ONLY.has(example.group)));
  const model = loadCrisisModel(weights);
  const ordinary = examples.filter((example) => !example.crisis && !isCrisisSet(example.group));
  const raisedOrdinary = ordinary.filter(
    (example) => scoreCrisisModel(model, foldForCrisis(example.text)).raised,
  ).length;
  console.log(
    `final fit: ${model.crisis.size} crisis n-grams, ${model.kinds.size} kind n-grams; ordinary rows raised in sample ${share(raisedOrdinary, ordinary.length)}`,
  );
  const byModel = (text: string) => scoreCrisisModel(model, foldForCrisis(text)).raised;
  const byCheck = (text: string) => {
    const folded = foldForCrisis(text);
    return detectCrisisByRules(folded) !== null || scoreCrisisModel(model, folded).raised;
  };
  console.log(
    `triage tests' lines (not fitted): crisis caught by the model ${share(TEST_CRISIS.filter(byModel).length, TEST_CRISIS.length)}; look-alikes raised by the model ${share(TEST_LOOK_ALIKES.filter(byModel).length, TEST_LOOK_ALIKES.length)}, by rules or model ${share(TEST_LOOK_ALIKES.filter(byCheck).length, TEST_LOOK_ALIKES.length)}`,
  );
  if (process.argv.includes("--check")) return;
  const source = [
    "// Generated by scripts/triage/fit-crisis-model.ts; do not edit. Refit after changing the",
    "// development sets, the look-alikes or the features.",
    'import type { CrisisModelWeights } from "./crisis-model";',
    "",
    `export const CRISIS_MODEL_WEIGHTS: CrisisModelWeights = ${JSON.stringify(weights)};`,
    "",
  ].join("\n");
  const path = join(ROOT, "src", "core", "triage", "crisis-model-weights.ts");
  writeFileSync(path, await format(source, { filepath: path }));
  console.log(`wrote ${path}`);
}

if (require.main === module) void main();
