import { cuesBefore } from "../cues";
import type { Candidate, RecognizerInput } from "../types";

const PASSPORT = /(?<![A-Za-z0-9])[A-Za-z]{2}\s?[0-9]{7}(?![0-9])/g;
// ZT 0492 1187 BC: callers read the eight digits in two groups.
const RESIDENCE_CARD =
  /(?<![A-Za-z0-9])[A-Za-z]{2}\s?[0-9]{4}\s?[0-9]{4}\s?[A-Za-z]{2}(?![A-Za-z0-9])/g;
const WINDOW = 30;
/** Latin letters read out in katakana, as callers spell a passport number (ティーエス, エムケー). */
const LETTER_NAMES =
  "エー|エイ|ビー|シー|ディー|デー|イー|エフ|ジー|エイチ|エッチ|アイ|ジェー|ジェイ|ケー|ケイ|エル|エム|エヌ|オー|ピー|キュー|アール|エス|ティー|テー|ユー|ブイ|ヴィー|ダブリュー|エックス|ワイ|ゼット|ゼッド";
/** ティーエス、0752-914: two spoken letters, then seven digits in groups (after normalization). */
const SPOKEN_PASSPORT = new RegExp(
  `(?<![\\p{Script=Katakana}ー])(?:${LETTER_NAMES})[・、 ]?(?:${LETTER_NAMES})[、 ]{0,2}([0-9](?:[-、 ]?[0-9]){6})(?![0-9])`,
  "gu",
);

/** Passport (2 letters + 7 digits) and residence-card (AB12345678CD) numbers. */
export function recognizeIdDocuments(input: RecognizerInput): Candidate[] {
  const { text } = input;
  const hits = input.cues;
  const out: Candidate[] = findSpokenPassports(text, hits);
  if (!/[A-Za-z]{2}\s?[0-9]{4}/.test(text)) return out;
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

/** Passport numbers whose two letters are read out in katakana, after a passport cue. */
function findSpokenPassports(text: string, hits: RecognizerInput["cues"]): Candidate[] {
  const out: Candidate[] = [];
  if (!hits.some((hit) => hit.kind === "passport")) return out;
  for (const match of text.matchAll(SPOKEN_PASSPORT)) {
    const start = match.index ?? 0;
    const cues = cuesBefore(hits, start, WINDOW);
    if (!cues.has("passport") || cues.has("negative")) continue;
    out.push({
      type: "passport",
      start,
      end: start + match[0].length,
      score: 0.8,
      evidence: "cue:passport+spoken-letters",
      key: `${match[0].replace(/[^\p{Script=Katakana}ー]/gu, "")}${(match[1] ?? "").replace(/[^0-9]/g, "")}`,
    });
  }
  return out;
}
