/**
 * The pieces the triage models' fitting scripts share (`fit-crisis-model.ts`,
 * `fit-handover-model.ts`): a softmax-regression model over string features, its scores, and the
 * cut to the strongest features. Each script keeps its own training loop and storage format.
 */
import type { Rng } from "../../test/fixtures/pii/render";

/** One weight per class for each feature, and one bias per class. */
export type Linear = { bias: number[]; weights: Map<string, number[]> };

/** Per-class scores: the bias plus each known feature's weights, scaled by `norm`. */
export function linearScores(model: Linear, features: readonly string[], norm: number): number[] {
  const scores = [...model.bias];
  for (const feature of features) {
    const weights = model.weights.get(feature);
    if (weights) weights.forEach((weight, k) => (scores[k] = (scores[k] ?? 0) + weight * norm));
  }
  return scores;
}

export function softmax(scores: readonly number[]): number[] {
  const top = Math.max(...scores);
  const exps = scores.map((value) => Math.exp(value - top));
  const sum = exps.reduce((total, value) => total + value, 0);
  return exps.map((value) => value / sum);
}

/** The `kept` features with the largest `strength`; ties keep the order features were met in. */
export function strongest(
  model: Linear,
  kept: number,
  strength: (weights: number[]) => number,
): Set<string> {
  const ranked = [...model.weights.entries()].sort((a, b) => strength(b[1]) - strength(a[1]));
  return new Set(ranked.slice(0, kept).map(([feature]) => feature));
}

/** Fisher–Yates shuffle in place, drawing from `random`. */
export function shuffle(order: number[], random: Rng): void {
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
  }
}
