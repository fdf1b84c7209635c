import { execAll } from "../text-tools";
import { cuesBefore } from "../cues";
import type { Candidate, RecognizerInput } from "../types";

/**
 * The 記号 of a health-insurance card is not always digits: a kanji or kana of the insurer's
 * district before digits (北13, 南2, 西 32), Latin letters before digits (OH-27), or one kana in quotes (「み」; 「なし」 is no value). Bare words after 記号は
 * (何ですか, ありません) are never taken: the value needs digits or quotes.
 */
const SYMBOL =
  /記号 ?(?:は|が|:)?(?:[、, ]|えーと|えっと|ええと|えー|あの){0,3}(?![はがを:])(?:「([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,2} ?[0-9]{1,4}|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])」|([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,2} ?[0-9]{1,4}|[A-Za-z]{1,3}-?[0-9]{1,4})(?=[、。,で ]|番号|枝番|$))/gu;
const CUE_WINDOW = 24;

/**
 * 記号・番号・枝番=465・647・03 / 記号番号ですね、93/469: short values written together after a
 * joint label (each too short to be typed alone), near an insurance word.
 */
const JOINT_VALUE =
  /記号\s?(?:[・/]|と)?\s?番号(?:\s?[・/]\s?枝番)?\s?(?:は|が|:|=|ですね)?[、 ]?((?:[\p{Script=Han}\p{Script=Katakana}]{1,2})?[0-9]{1,8}(?:\s?[・/]\s?[0-9]{1,8}){1,2})(?![0-9])/gu;

/** Insurance-card 記号 written with kanji or kana, when the nearest number cue is insurance. */
export function recognizeInsuranceSymbols(input: RecognizerInput): Candidate[] {
  const { text } = input;
  if (!text.includes("記号")) return [];
  const out: Candidate[] = [];
  for (const match of text.includes("番号") ? execAll(JOINT_VALUE, text) : []) {
    const value = match[1] ?? "";
    const start = (match.index ?? 0) + match[0].length - value.length;
    const cues = cuesBefore(input.cues, match.index ?? 0, CUE_WINDOW);
    if (!cues.has("insurance") || cues.has("yucho")) continue;
    out.push({
      type: "health_insurance",
      start,
      end: start + value.length,
      score: 0.7,
      evidence: "cue:insurance+joint-value",
      key: value.replace(/[^0-9A-Za-z\p{Script=Han}\p{Script=Katakana}]/gu, ""),
    });
  }
  for (const match of execAll(SYMBOL, text)) {
    const value = match[1] ?? match[2] ?? "";
    const start = (match.index ?? 0) + match[0].length - value.length - (match[1] ? 1 : 0);
    const cues = cuesBefore(input.cues, match.index ?? 0, CUE_WINDOW);
    const nearest = [...cues.entries()].sort((a, b) => a[1] - b[1])[0]?.[0];
    if (nearest !== "insurance") continue;
    out.push({
      type: "health_insurance",
      start,
      end: start + value.length,
      score: 0.7,
      evidence: "cue:insurance+symbol",
      key: value,
    });
  }
  return out;
}
