import type { KeyTerm, VariantLookup } from "./extract-key-terms";
import { foldForMatch } from "../text";
import { ASKED_ATTRIBUTES, EVERYDAY_RUN_SPLITTERS } from "./everyday-words";

const KANJI_RUN = /[\p{Script=Han}々]+/gu;
// A numeral's counter belongs to the number (2人世帯, 3か月以内, 63条): not part of a compound.
const NUMERAL_COUNTER = /\d+(?:か|ヶ|ケ|カ)?\p{Script=Han}/gu;
// Interrogatives and affix-like words glue onto nouns in writing (何日以内, 入院中, 20年以上連絡)
// without making a term of their own: runs are cut there.
// Everyday words glue on too (全部埋まる, 以前職員, 大丈夫): cut there as well.
const SPLITTERS = new RegExp(
  `[何誰幾]|^数|以上|以内|以下|未満|[中後前時等毎]$|${EVERYDAY_RUN_SPLITTERS.join("|")}`,
  "u",
);
// Hiragana after a run that make its last kanji a verb stem (払う, 埋まる, 寝る, 作った): anything
// but a particle, the する of a verbal noun (申請して), the copula (必要な) or the colloquial
// topic marker って (控除って). 直接払う is 直接 + a verb, not a compound.
// Folding makes small kana full-size (って → つて).
const VERB_ENDING = /^(?:つた|[\p{Script=Hiragana}](?<![のがをにはでともへやかしすさせなだじつ]))/u;
// "X代 / X費 / X代金" is everyday speech for "the cost of X" (定期代, 修理代, 購入費): the manuals
// name the cost otherwise, so X alone also counts.
const COST_SUFFIX = /(代金|代|費)$/u;
// The attribute asked about (入力期限, 基準額, 振込日, 申請方法): the manuals state it as a
// date, an amount or steps rather than the word, so the compound is judged without it.
const ATTRIBUTE_HEAD = new RegExp(`(${ASKED_ATTRIBUTES.join("|")})$`, "u");
/** Shorter runs are ordinary words, already key terms. */
const MIN_COMPOUND_CHARS = 3;

function splitRun(run: string): string[] {
  const parts: string[] = [];
  let rest = run;
  for (;;) {
    const match = SPLITTERS.exec(rest);
    if (!match) break;
    parts.push(rest.slice(0, match.index));
    rest = rest.slice(match.index + match[0].length);
  }
  parts.push(rest);
  return parts;
}

/**
 * Kanji compounds of a question (生活扶助, 介護保険料, 振込日), folded, that are not a variant of
 * the welfare table. The analyzer splits a compound into words (生活 + 扶助), so key terms alone
 * find 生活扶助の基準額 "covered" by a passage on 住宅扶助の基準 and 上限額: a compound must
 * appear whole. Each is a key term whose `forms` are the compound and, for a cost word, its stem.
 */
export function extractCompounds(question: string, lookup: VariantLookup): KeyTerm[] {
  // Runs are taken before okurigana folding: 送る必要 must not become the compound 送必要.
  let text = foldForMatch(question);
  for (const form of lookup.written) text = text.split(form).join(" ");
  text = text.replace(NUMERAL_COUNTER, " ");
  const compounds = new Map<string, KeyTerm>();
  for (const match of text.matchAll(KANJI_RUN)) {
    const next = text.slice(match.index + match[0].length, match.index + match[0].length + 2);
    const whole = VERB_ENDING.test(next) ? match[0].slice(0, -1) : match[0];
    for (const run of splitRun(whole)) {
      const part = run.replace(ATTRIBUTE_HEAD, "");
      if (Array.from(part).length < MIN_COMPOUND_CHARS || compounds.has(part)) continue;
      const stem = part.replace(COST_SUFFIX, "");
      const forms = stem !== part && Array.from(stem).length >= 2 ? [part, stem] : [part];
      compounds.set(part, { text: part, concept: false, forms });
    }
  }
  return [...compounds.values()];
}
