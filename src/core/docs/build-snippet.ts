import { foldForMatch } from "../text";
import type { HighlightRange, Snippet } from "./types";

/** @default 140 characters, about two lines of the search panel. */
export const SNIPPET_CHARS = 140;

const CONTENT = /[\p{L}\p{N}]/u;
// A match made only of hiragana ("して", "ること") is grammar, not a topic: never highlighted alone.
const ONLY_HIRAGANA = /^[\p{Script=Hiragana}ー]+$/u;

type FoldedText = { folded: string; sourceIndex: number[] };

/** A letter that folding drops (ー, ｰ): it has no position of its own in the folded text. */
function foldsAway(char: string): boolean {
  return CONTENT.test(char) && foldForMatch(char) === "";
}

/** Folds character by character so every folded position maps back to the original text. */
function foldWithMap(text: string): FoldedText {
  let folded = "";
  const sourceIndex: number[] = [];
  let offset = 0;
  for (const char of text) {
    const part = CONTENT.test(char) ? foldForMatch(char) : " ";
    for (let i = 0; i < part.length; i += 1) sourceIndex.push(offset);
    folded += part;
    offset += char.length;
  }
  return { folded, sourceIndex };
}

/**
 * Query keys: folded character bigrams of the question's kanji, katakana and latin runs
 * (hiragana is grammar there: highlighting every の or する helps nobody).
 */
function queryKeys(question: string): string[] {
  const keys = new Set<string>();
  const topical = question.replace(/\p{Script=Hiragana}+/gu, " ");
  for (const run of foldForMatch(topical).split(/[^\p{L}\p{N}]+/u)) {
    const chars = Array.from(run);
    if (chars.length === 1 && !ONLY_HIRAGANA.test(run)) keys.add(run);
    for (let i = 0; i + 1 < chars.length; i += 1) keys.add(chars[i]! + chars[i + 1]!);
  }
  return [...keys];
}

/** How many distinct topical pieces of the question occur in `text` (for picking sentences). */
export function countQueryMatches(text: string, question: string): number {
  const { folded } = foldWithMap(text);
  return queryKeys(question).filter((key) => folded.includes(key)).length;
}

/** Marks every occurrence of the question's bigrams in `text`, as merged original ranges. */
export function findHighlights(text: string, question: string): HighlightRange[] {
  const { folded, sourceIndex } = foldWithMap(text);
  const marked = new Uint8Array(text.length + 1);
  for (const key of queryKeys(question)) {
    for (let at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + 1)) {
      const start = sourceIndex[at]!;
      const last = sourceIndex[at + key.length - 1]!;
      const end = last + (text.codePointAt(last)! > 0xffff ? 2 : 1);
      for (let i = start; i < end; i += 1) marked[i] = 1;
    }
  }
  // A character that folds away (the long-vowel mark of タクシー) has no folded position: it
  // belongs to the marked character before it.
  for (let i = 1; i < text.length; i += 1) {
    if (!marked[i] && marked[i - 1] && foldsAway(text[i]!)) marked[i] = 1;
  }
  const ranges: HighlightRange[] = [];
  for (let i = 0; i < text.length; i += 1) {
    if (!marked[i]) continue;
    let end = i;
    while (end < text.length && marked[end]) end += 1;
    const piece = text.slice(i, end);
    if (end - i >= 2 && !ONLY_HIRAGANA.test(piece)) ranges.push({ start: i, end });
    i = end;
  }
  return ranges;
}

/**
 * The window of `text` (about `maxChars` long, starting at a sentence where possible) that
 * holds the most highlighted characters, with highlight ranges relative to the snippet.
 * Highlights are offsets, never markup: the UI inserts them as text nodes.
 */
export function buildSnippet(text: string, question: string, maxChars = SNIPPET_CHARS): Snippet {
  const flat = text.replace(/\s*\n\s*/g, " ");
  const ranges = findHighlights(flat, question);
  if (flat.length <= maxChars) return { text: flat, highlights: ranges };
  const starts = [0, ...ranges.map((range) => sentenceStart(flat, range.start))];
  let best = 0;
  let bestWeight = -1;
  for (const start of new Set(starts)) {
    const end = start + maxChars;
    const weight = ranges.reduce(
      (sum, r) => sum + Math.max(0, Math.min(r.end, end) - Math.max(r.start, start)),
      0,
    );
    if (weight > bestWeight) [best, bestWeight] = [start, weight];
  }
  const end = Math.min(flat.length, best + maxChars);
  const prefix = best > 0 ? "…" : "";
  const suffix = end < flat.length ? "…" : "";
  const highlights = ranges
    .filter((r) => r.end > best && r.start < end)
    .map((r) => ({
      start: Math.max(r.start, best) - best + prefix.length,
      end: Math.min(r.end, end) - best + prefix.length,
    }));
  return { text: prefix + flat.slice(best, end) + suffix, highlights };
}

/** Moves back to the start of the sentence containing `index`, but at most 40 characters. */
function sentenceStart(text: string, index: number): number {
  const floor = Math.max(0, index - 40);
  for (let i = index; i > floor; i -= 1) if (/[。！？\s]/.test(text[i - 1]!)) return i;
  return floor;
}

/** Renders highlights with markers, e.g. 【…】 for a terminal; never use it to build HTML. */
export function markSnippet(snippet: Snippet, open = "【", close = "】"): string {
  let out = "";
  let cursor = 0;
  for (const range of snippet.highlights) {
    out +=
      snippet.text.slice(cursor, range.start) +
      open +
      snippet.text.slice(range.start, range.end) +
      close;
    cursor = range.end;
  }
  return out + snippet.text.slice(cursor);
}
