/**
 * A normalized view of a text plus the way back to the original.
 * `offsets[i]` is the index in the original of normalized char `i`; the array has
 * `text.length + 1` entries, the last being the end of the last original char consumed.
 */
export type NormalizedText = {
  readonly text: string;
  readonly offsets: readonly number[];
};

/**
 * Maps a `[start, end)` span of the normalized text back to the original text.
 * A span inside one expanded char (e.g. `㈱` → `(株)`) maps to that whole original char.
 */
export function toOriginalSpan(
  n: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const last = n.offsets.length - 1;
  const s = clamp(start, 0, last);
  const e = clamp(end, s, last);
  const originalStart = n.offsets[s] ?? 0;
  let originalEnd = n.offsets[e] ?? originalStart;
  // Several normalized chars may share one original index; walk to the next distinct one.
  let k = e;
  while (originalEnd <= originalStart && k < last && e > s) {
    k += 1;
    originalEnd = n.offsets[k] ?? originalEnd;
  }
  return { start: originalStart, end: Math.max(originalEnd, originalStart) };
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}
