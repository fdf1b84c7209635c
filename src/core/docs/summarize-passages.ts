import { countQueryMatches } from "./build-snippet";
import type { DocHit } from "./types";

/** Passages scoring below this share of the best one are not quoted in the answer. */
const RELATIVE_SCORE_FLOOR = 0.6;
const MAX_PASSAGES = 2;
const MAX_SENTENCE_CHARS = 160;

/** An extractive answer: sentences quoted from the manuals, each with its source. */
export type ExtractiveAnswer = {
  /** Quoted sentences, each ending with `［n］` pointing at `sources[n-1]`. */
  readonly text: string;
  readonly sources: readonly DocHit[];
};

function splitSentences(text: string): string[] {
  return (text.replace(/\s*\n\s*/g, "\n").match(/[^。！？\n]+[。！？]?/g) ?? []).map((s) =>
    s.trim(),
  );
}

function bestSentence(text: string, question: string): string | null {
  let best: string | null = null;
  let bestWeight = 0;
  for (const sentence of splitSentences(text)) {
    // Distinct pieces of the question, not repeated ones: a sentence naming the topic once
    // beats one repeating a side word.
    const weight = countQueryMatches(sentence, question);
    if (weight > bestWeight) [best, bestWeight] = [sentence, weight];
  }
  if (best && best.length > MAX_SENTENCE_CHARS) return `${best.slice(0, MAX_SENTENCE_CHARS)}…`;
  return best;
}

/**
 * The offline answer: the best-matching sentence of each of the top passages, verbatim, with
 * a citation mark. Returns null rather than an uncited text when nothing can be quoted.
 */
export function summarizePassages(
  hits: readonly DocHit[],
  question: string,
): ExtractiveAnswer | null {
  const top = hits[0];
  if (!top) return null;
  const lines: string[] = [];
  const sources: DocHit[] = [];
  for (const hit of hits) {
    if (sources.length >= MAX_PASSAGES || hit.score < top.score * RELATIVE_SCORE_FLOOR) break;
    const sentence = bestSentence(hit.chunk.text, question);
    if (!sentence || lines.includes(`${sentence}［${sources.length}］`)) continue;
    sources.push(hit);
    lines.push(`${sentence}［${sources.length}］`);
  }
  return sources.length > 0 ? { text: lines.join("\n"), sources } : null;
}
