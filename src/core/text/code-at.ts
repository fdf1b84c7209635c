/**
 * `text.charCodeAt(index)` with the bounds checked first: NaN outside the text, as charCodeAt gives
 * (for integer indices). Optimized code reading past either end with charCodeAt itself is thrown
 * away and compiled again (a deoptimization per call site); the check keeps the fast path.
 */
export function codeAt(text: string, index: number): number {
  return index >= 0 && index < text.length ? text.charCodeAt(index) : NaN;
}
