import { cuesBefore } from "../cues";
import type { Candidate, RecognizerInput } from "../types";

const PASSPORT = /(?<![A-Za-z0-9])[A-Za-z]{2}\s?[0-9]{7}(?![0-9])/g;
// ZT 0492 1187 BC: callers read the eight digits in two groups.
const RESIDENCE_CARD =
  /(?<![A-Za-z0-9])[A-Za-z]{2}\s?[0-9]{4}\s?[0-9]{4}\s?[A-Za-z]{2}(?![A-Za-z0-9])/g;
const WINDOW = 30;

/** Passport (2 letters + 7 digits) and residence-card (AB12345678CD) numbers. */
export function recognizeIdDocuments(input: RecognizerInput): Candidate[] {
  const { text } = input;
  if (!/[A-Za-z]{2}\s?[0-9]{4}/.test(text)) return [];
  const hits = input.cues;
  const out: Candidate[] = [];
  for (const match of text.matchAll(RESIDENCE_CARD)) {
    const start = match.index ?? 0;
    const cued = cuesBefore(hits, start, WINDOW).has("residence");
    out.push({
      type: "residence_card",
      start,
      end: start + match[0].length,
      score: cued ? 0.95 : 0.7,
      evidence: cued ? "cue:residence+shape" : "shape:residence-card",
      key: match[0].replace(/\s/g, "").toUpperCase(),
    });
  }
  for (const match of text.matchAll(PASSPORT)) {
    const start = match.index ?? 0;
    const cues = cuesBefore(hits, start, WINDOW);
    if (!cues.has("passport") || cues.has("negative")) continue;
    out.push({
      type: "passport",
      start,
      end: start + match[0].length,
      score: 0.9,
      evidence: "cue:passport+shape",
      key: match[0].replace(/\s/g, "").toUpperCase(),
    });
  }
  return out;
}
