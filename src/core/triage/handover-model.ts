import { isMostlyJapanese } from "./crisis-model";
import { readWeightLines, scaledWeight, scaledWeights } from "./model-weights";

/**
 * The last check before the engine answers: a small linear model over character n-grams that
 * reads whether a call must go to a person (the caller's own case, another desk's matter, a
 * complaint) when no rule said so, and to which department. Rules read the wording they were
 * written from; the model carries what every development question set teaches to wording no rule
 * lists. Its weights are fitted by `scripts/triage/fit-handover-model.ts` on the development and
 * training question sets (never on a blind set) and stored as text in `handover-model-weights.ts`.
 *
 * Text mostly in other languages is scored against a higher threshold of its own: those rows are
 * fewer, and at the Japanese threshold held-out fits sent almost as many answerable questions in
 * those languages to a person as they found hand-overs (docs/engine.md, seventeenth round).
 */
export type HandoverModelWeights = {
  /** The {@link HANDOVER_FEATURES_VERSION} the weights were fitted with. */
  readonly version: number;
  /** Scores at or above this hand the call over. */
  readonly threshold: number;
  /** The same for text mostly in other languages; without it, such text is not scored. */
  readonly foreignThreshold?: number;
  readonly bias: number;
  /** Multiplies the integer weights. */
  readonly scale: number;
  /** `gram\tweight` lines: the feature and its integer weight for "must go to a person". */
  readonly handover: string;
  /** The departments the second part chooses from, as named in the sample departments table. */
  readonly departments: readonly string[];
  readonly departmentBias: readonly number[];
  readonly departmentScale: number;
  /** `gram\tw1,w2,…` lines: integer weights per department, in {@link departments} order. */
  readonly departmentWeights: string;
};

/** Bump when {@link handoverFeatures} changes: weights fitted for other features are refused. */
export const HANDOVER_FEATURES_VERSION = 3;

/** Only the start of a long text is scored. */
const MAX_MODEL_CHARS = 2000;
const PLACEHOLDER = /［[^］\d]+\d*］/gu;
const JAPANESE = "[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー]";
const SPACE_BETWEEN_JAPANESE = new RegExp(`(?<=${JAPANESE})\\s+(?=${JAPANESE})`, "gu");
const HAN = /\p{Script=Han}/u;
/** How many closing characters are read again as the ending. */
const TAIL_CHARS = 10;

/**
 * The features of a masked utterance: its character 2- and 3-grams and its kanji, with `^` and
 * `$` at the ends, and the 2- and 3-grams of its last {@link TAIL_CHARS} characters once more
 * (marked `>`, closing punctuation dropped), after placeholders (［氏名1］) as `§`, NFKC, lower
 * case and the spaces of speech recognition between Japanese words dropped. Each counts once.
 * The text alone: the retrieval's confidence depends on the size of the city's FAQ (an exact
 * match in a one-entry FAQ scores 0.3), so a model that read it would hand over more the smaller
 * the FAQ.
 */
export function handoverFeatures(masked: string): string[] {
  const text = handoverText(masked);
  const chars = Array.from(`^${text}$`);
  const features = new Set<string>();
  for (const char of chars) if (HAN.test(char)) features.add(char);
  for (let size = 2; size <= 3; size += 1) {
    for (let start = 0; start + size <= chars.length; start += 1) {
      features.add(chars.slice(start, start + size).join(""));
    }
  }
  // The closing words carry what is asked (…できますか against …見てもらえますか): their grams
  // again, marked with `>`.
  const tail = Array.from(text.replace(/[。、.,!?！？\s]+$/u, "")).slice(-TAIL_CHARS);
  tail.push("$");
  for (let size = 2; size <= 3; size += 1) {
    for (let start = 0; start + size <= tail.length; start += 1) {
      features.add(`>${tail.slice(start, start + size).join("")}`);
    }
  }
  return [...features];
}

/** The text as the features read it (see {@link handoverFeatures}). */
function handoverText(masked: string): string {
  return masked
    .slice(0, MAX_MODEL_CHARS)
    .replace(PLACEHOLDER, "§")
    .normalize("NFKC")
    .toLowerCase()
    .replace(SPACE_BETWEEN_JAPANESE, "")
    .replace(/\s+/gu, " ");
}

/** The weight of each feature of a text with `count` features. */
export function handoverFeatureNorm(count: number): number {
  return 1 / Math.sqrt(Math.max(1, count));
}

export type HandoverModel = {
  readonly threshold: number;
  readonly foreignThreshold: number | null;
  readonly bias: number;
  readonly handover: ReadonlyMap<string, number>;
  readonly departments: readonly string[];
  readonly departmentBias: readonly number[];
  readonly departmentWeights: ReadonlyMap<string, readonly number[]>;
};

/** Decodes the stored weights (integers times their scale). */
export function loadHandoverModel(weights: HandoverModelWeights): HandoverModel {
  if (weights.version !== HANDOVER_FEATURES_VERSION) {
    throw new Error(
      `hand-over model weights are for features v${weights.version}, not v${HANDOVER_FEATURES_VERSION}: refit with scripts/triage/fit-handover-model.ts`,
    );
  }
  return {
    threshold: weights.threshold,
    foreignThreshold: weights.foreignThreshold ?? null,
    bias: weights.bias,
    handover: readWeightLines(weights.handover, scaledWeight(weights.scale)),
    departments: weights.departments,
    departmentBias: weights.departmentBias,
    departmentWeights: readWeightLines(
      weights.departmentWeights,
      scaledWeights(weights.departmentScale),
    ),
  };
}

export type HandoverModelResult = {
  /** Probability-like score that the call must go to a person, 0…1. */
  readonly score: number;
  /** The score reaches the threshold. */
  readonly raised: boolean;
  /** When raised, the departments the model would send the call to, likeliest first. */
  readonly departments: readonly string[];
  /** When raised, the n-grams that pushed the score up most, strongest first. */
  readonly evidence: readonly string[];
};

const EVIDENCE_GRAMS = 3;
/** Evidence worth showing staff: not only kana or symbols. */
const TELLING_GRAM = /[\p{Script=Han}\p{Script=Katakana}a-z0-9]/u;

const NOT_SCORED: HandoverModelResult = { score: 0, raised: false, departments: [], evidence: [] };

/**
 * Scores a masked utterance (text in other languages against the foreign threshold, or not at
 * all without one). The departments and the evidence are read only for a raised score (the model
 * runs on every answer).
 */
export function scoreHandoverModel(model: HandoverModel, masked: string): HandoverModelResult {
  const japanese = isMostlyJapanese(masked);
  const threshold = japanese ? model.threshold : model.foreignThreshold;
  if (threshold === null) return NOT_SCORED;
  const features = handoverFeatures(masked);
  const norm = handoverFeatureNorm(features.length);
  let logit = model.bias;
  for (const feature of features) logit += (model.handover.get(feature) ?? 0) * norm;
  const score = 1 / (1 + Math.exp(-logit));
  if (score < threshold) return { score, raised: false, departments: [], evidence: [] };
  const departmentScores = [...model.departmentBias];
  for (const feature of features) {
    model.departmentWeights
      .get(feature)
      ?.forEach((value, d) => (departmentScores[d] = (departmentScores[d] ?? 0) + value * norm));
  }
  const departments = departmentScores
    .map((value, d) => [value, model.departments[d] ?? ""] as const)
    .sort((a, b) => b[0] - a[0])
    .map(([, name]) => name);
  const evidence = japanese
    ? features
        .map((feature) => [feature, model.handover.get(feature) ?? 0] as const)
        .filter(([feature, weight]) => weight > 0 && TELLING_GRAM.test(feature))
        .sort((a, b) => b[1] - a[1])
        .slice(0, EVIDENCE_GRAMS)
        .map(([feature]) => feature.replace(/[\^$]/gu, ""))
    : wordEvidence(model, handoverText(masked));
  return { score, raised: true, departments, evidence };
}

/**
 * In other languages, pieces of two or three letters (od, y) tell staff nothing: the evidence is
 * the words whose own grams weigh most toward a person.
 */
function wordEvidence(model: HandoverModel, text: string): string[] {
  const words = new Set(text.match(/[\p{L}\p{M}\p{N}'’-]{3,}/gu) ?? []);
  return [...words]
    .map((word) => {
      const chars = Array.from(word);
      let weight = 0;
      for (let size = 2; size <= 3; size += 1) {
        for (let start = 0; start + size <= chars.length; start += 1) {
          weight += Math.max(0, model.handover.get(chars.slice(start, start + size).join("")) ?? 0);
        }
      }
      return [word, weight] as const;
    })
    .filter(([, weight]) => weight > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, EVIDENCE_GRAMS)
    .map(([word]) => word);
}
