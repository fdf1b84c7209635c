/**
 * Reading the stored weights of the triage's linear models (`crisis-model.ts`,
 * `handover-model.ts`): text of `feature\tvalue` lines, the values integers times a scale.
 */

/** The `feature\tvalue` lines as a table, each value parsed. */
export function readWeightLines<T>(text: string, parse: (value: string) => T): Map<string, T> {
  const table = new Map<string, T>();
  for (const line of text.split("\n")) {
    const tab = line.lastIndexOf("\t");
    if (tab > 0) table.set(line.slice(0, tab), parse(line.slice(tab + 1)));
  }
  return table;
}

/** One integer weight times its scale. */
export const scaledWeight =
  (scale: number) =>
  (value: string): number =>
    Number(value) * scale;

/** Comma-separated integer weights (one per class) times their scale. */
export const scaledWeights =
  (scale: number) =>
  (value: string): number[] =>
    value.split(",").map((weight) => Number(weight) * scale);
