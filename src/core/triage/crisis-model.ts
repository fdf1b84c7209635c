import { joinJapaneseWords } from "../text";
import type { CrisisKind } from "./crisis-lexicon";
import { readWeightLines, scaledWeight, scaledWeights } from "./model-weights";

/**
 * The third stage of the crisis check: a small linear model over character n-grams, for crises
 * said in words that neither the lexicon nor the warning signs list. Its weights are fitted by
 * `scripts/triage/fit-crisis-model.ts` on the development red teams and question sets (never on a
 * blind set) and stored as text in `crisis-model-weights.ts`. It reads the same folded text as the
 * lexicon, after the look-alikes are blanked out, so the look-alike list shields it too.
 *
 * Two parts: a yes/no score (is a life in danger now?) and, for a yes, which kind of crisis.
 * Japanese text only: the development sets have ordinary questions mostly in Japanese, so in other
 * languages the model would learn the language rather than the danger; the lexicon covers those.
 */
export type CrisisModelWeights = {
  /** The {@link CRISIS_FEATURES_VERSION} the weights were fitted with. */
  readonly version: number;
  /** Scores at or above this raise the emergency route. */
  readonly threshold: number;
  readonly bias: number;
  /** Multiplies the integer weights. */
  readonly scale: number;
  /** `gram\tweight` lines: the n-gram and its integer weight for "a crisis now". */
  readonly crisis: string;
  /** Biases of the kinds, in {@link CRISIS_MODEL_KINDS} order. */
  readonly kindBias: readonly number[];
  readonly kindScale: number;
  /** `gram\tw1,w2,w3,w4` lines: integer weights of the kinds, in {@link CRISIS_MODEL_KINDS} order. */
  readonly kinds: string;
};

export const CRISIS_MODEL_KINDS: readonly CrisisKind[] = [
  "suicide",
  "abuse",
  "violence",
  "medical",
];

/** Bump when {@link crisisFeatures} changes: weights fitted for other features are refused. */
export const CRISIS_FEATURES_VERSION = 2;

/** Only the start of a long text is scored; the lexicon still reads all of it. */
const MAX_MODEL_CHARS = 4000;
const NOT_A_GRAM = /^[\s、。,.!?！？「」『』（）()・:：;；]+$/u;
const LATIN_WORD = /[a-zà-ỹ]+/gu;

/**
 * The features of a folded text: its character 2- and 3-grams (spaces collapsed, punctuation-only
 * grams left out) and its Latin words of three letters or more (`w:word`). Each counts once.
 * Spaces between Japanese characters are dropped first: phone speech recognition puts them
 * between words (カード が 割れて), and written text has none, so they would make the same words
 * look new.
 */
export function crisisFeatures(folded: string): string[] {
  const spaced = folded.slice(0, MAX_MODEL_CHARS).replace(/\s+/gu, " ");
  const text = joinJapaneseWords(spaced);
  const chars = Array.from(text);
  const features = new Set<string>();
  for (let size = 2; size <= 3; size += 1) {
    for (let start = 0; start + size <= chars.length; start += 1) {
      const gram = chars.slice(start, start + size).join("");
      if (!NOT_A_GRAM.test(gram)) features.add(gram);
    }
  }
  for (const word of text.match(LATIN_WORD) ?? []) {
    if (word.length > 2) features.add(`w:${word}`);
  }
  return [...features];
}

// Features are weighed by 1/sqrt(count), with the count taken as at least this: a few words (or
// what is left once the look-alikes are blanked) cannot reach the threshold on one or two n-grams.
const MIN_FEATURE_COUNT = 24;

/** The weight of each feature of a text with `count` features. */
export function crisisFeatureNorm(count: number): number {
  return 1 / Math.sqrt(Math.max(MIN_FEATURE_COUNT, count));
}

export type CrisisModel = {
  readonly threshold: number;
  readonly bias: number;
  readonly crisis: ReadonlyMap<string, number>;
  readonly kindBias: readonly number[];
  readonly kinds: ReadonlyMap<string, readonly number[]>;
};

/** Decodes the stored weights (integers times their scale). */
export function loadCrisisModel(weights: CrisisModelWeights): CrisisModel {
  if (weights.version !== CRISIS_FEATURES_VERSION) {
    throw new Error(
      `crisis model weights are for features v${weights.version}, not v${CRISIS_FEATURES_VERSION}: refit with scripts/triage/fit-crisis-model.ts`,
    );
  }
  return {
    threshold: weights.threshold,
    bias: weights.bias,
    crisis: readWeightLines(weights.crisis, scaledWeight(weights.scale)),
    kindBias: weights.kindBias,
    kinds: readWeightLines(weights.kinds, scaledWeights(weights.kindScale)),
  };
}

export type CrisisModelResult = {
  /** Probability-like score of a crisis now, 0…1. */
  readonly score: number;
  /** The score reaches the threshold. */
  readonly raised: boolean;
  readonly kind: CrisisKind;
  /** The kind that scored next: the model is less sure of the kind than of the danger. */
  readonly runnerUp: CrisisKind;
  /** The n-grams that pushed the score up most, strongest first. */
  readonly evidence: readonly string[];
};

const EVIDENCE_GRAMS = 3;
// Grams of kana endings and punctuation (ない, て、) say little to a reader: shown only when
// nothing else pushed the score up.
const TELLING_GRAM = /[^\p{Script=Hiragana}\s、。,.!?！？「」]/u;

const JAPANESE_LETTER = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/gu;
const ANY_LETTER = /\p{L}/gu;

/** At least half of the text's letters are kana or kanji. */
export function isMostlyJapanese(text: string): boolean {
  const letters = text.match(ANY_LETTER)?.length ?? 0;
  return letters > 0 && (text.match(JAPANESE_LETTER)?.length ?? 0) * 2 >= letters;
}

const NOT_SCORED: CrisisModelResult = {
  score: 0,
  raised: false,
  kind: "suicide",
  runnerUp: "medical",
  evidence: [],
};

/** Scores a folded text (look-alikes already blanked); text not mostly Japanese scores 0. */
export function scoreCrisisModel(model: CrisisModel, folded: string): CrisisModelResult {
  if (!isMostlyJapanese(folded)) return NOT_SCORED;
  const features = crisisFeatures(folded);
  const norm = crisisFeatureNorm(features.length);
  let logit = model.bias;
  const kindScores = [...model.kindBias];
  const pushes: [string, number][] = [];
  for (const feature of features) {
    const weight = model.crisis.get(feature);
    if (weight !== undefined) {
      logit += weight * norm;
      if (weight > 0) pushes.push([feature, weight]);
    }
    const kindWeights = model.kinds.get(feature);
    kindWeights?.forEach((value, k) => (kindScores[k] = (kindScores[k] ?? 0) + value * norm));
  }
  const ranked = kindScores
    .map((score, k) => [score, k] as const)
    .sort((a, b) => b[0] - a[0])
    .map(([, k]) => CRISIS_MODEL_KINDS[k] ?? "suicide");
  pushes.sort((a, b) => b[1] - a[1]);
  const telling = pushes.filter(([feature]) => TELLING_GRAM.test(feature));
  const score = 1 / (1 + Math.exp(-logit));
  return {
    score,
    raised: score >= model.threshold,
    kind: ranked[0] ?? "suicide",
    runnerUp: ranked[1] ?? "suicide",
    evidence: (telling.length > 0 ? telling : pushes)
      .slice(0, EVIDENCE_GRAMS)
      .map(([feature]) => feature.replace(/^w:/u, "")),
  };
}
