import { execAll } from "../text-tools";
import type { Candidate, PiiType } from "../types";

/**
 * The 記号 of a card or passbook said next to its 番号 (記号は18170、番号は42806871です、ゆうちょ銀行の /
 * 記号が東み27で、番号が5518です、保険証の): when the 番号 was typed from a cue the 記号 could not
 * reach (said after both), the 記号 takes the 番号's type.
 */
const SYMBOL =
  /記号(?:は|が|:)?(?:[、, ]|えーと|えっと|ええと|えー|あの){0,3}((?:[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,2} ?)?[0-9]{1,6}(?:-[0-9]{1,6})?)(?![0-9])/gu;
/** What may lie between the 記号 value and the 番号 value: a pause and the 番号 label. */
const BETWEEN = /^(?:で|です|と|の)?[、, ]?(?:番号|ばんごう)(?:は|が|:)?[、, ]?$/u;
const PAIRED = new Set<PiiType>(["health_insurance", "postal_account"]);
const MAX_BETWEEN = 12;

/** 記号・番号は 12-3456・789: both labels first, then both values with the same separator. */
const JOINT_LABEL = /記号\s?[・/]\s?番号/u;
const FIRST_VALUE =
  /(?<=[:\s、]|^)((?:[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,2} ?)?[0-9]{1,8})\s?[・/]\s?$/u;
const SECOND_VALUE = /^\s?[・/]\s?([0-9]{1,8})(?![0-9-])/u;

function jointValues(text: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const first of found) {
    if (!PAIRED.has(first.type)) continue;
    if (!JOINT_LABEL.test(text.slice(Math.max(0, first.start - 16), first.start))) continue;
    // 記号・番号:東12・3407: the 番号 was found; the 記号 before it (a district kanji may lead).
    const before = FIRST_VALUE.exec(text.slice(Math.max(0, first.start - 12), first.start));
    const symbol = before?.[1];
    if (
      before &&
      symbol &&
      JOINT_LABEL.test(text.slice(Math.max(0, first.start - 28), first.start))
    ) {
      const start = first.start - before[0].length;
      out.push({
        ...first,
        start,
        end: start + symbol.length,
        score: 0.7,
        evidence: "pair:joint-label",
        key: symbol,
      });
    }
    const match = SECOND_VALUE.exec(text.slice(first.end, first.end + 12));
    const value = match?.[1];
    if (!match || !value) continue;
    const start = first.end + match[0].length - value.length;
    const end = start + value.length;
    out.push({ ...first, start, end, score: 0.7, evidence: "pair:joint-label", key: value });
  }
  return out;
}

export function findPairedSymbols(text: string, found: readonly Candidate[]): Candidate[] {
  if (!text.includes("記号")) return [];
  if (JOINT_LABEL.test(text)) return jointValues(text, found);
  const partners = new Map<number, Candidate>();
  for (const candidate of found)
    if (PAIRED.has(candidate.type) && !partners.has(candidate.start))
      partners.set(candidate.start, candidate);
  if (partners.size === 0) return [];
  const out: Candidate[] = [];
  for (const match of execAll(SYMBOL, text)) {
    const value = match[1] ?? "";
    const end = (match.index ?? 0) + match[0].length;
    const start = end - value.length;
    const partner = partnerAfter(text, end, partners);
    if (!partner) continue;
    // A ゆうちょ 記号 is five digits, 1…0.
    if (partner.type === "postal_account" && !/^1[0-9]{3}0$/u.test(value)) continue;
    out.push({
      type: partner.type,
      start,
      end,
      score: 0.7,
      evidence: "pair:symbol+number",
      key: value.replace(/[\s-]/gu, ""),
    });
  }
  return out;
}

/** The typed 番号 value that starts within a few characters after `end`, only a label between. */
function partnerAfter(
  text: string,
  end: number,
  partners: ReadonlyMap<number, Candidate>,
): Candidate | undefined {
  for (let at = end; at <= end + MAX_BETWEEN; at += 1) {
    const partner = partners.get(at);
    if (partner && BETWEEN.test(text.slice(end, at))) return partner;
  }
  return undefined;
}
