import { changedCandidate } from "./changed-candidate";
import { execAll } from "../text-tools";
import type { Candidate, PiiType } from "../types";

/**
 * The 記号 of a card or passbook said next to its 番号 (記号は18170、番号は42806871です、ゆうちょ銀行の /
 * 記号が東み27で、番号が5518です、保険証の): when the 番号 was typed from a cue the 記号 could not
 * reach (said after both), the 記号 takes the 番号's type.
 */
const SYMBOL =
  /記号 ?(?:は|が|:)?(?:[、, ]|えーと|えっと|ええと|えー|あの){0,3}((?:[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,2} ?)?[0-9]{1,6}(?:-[0-9]{1,6})?)(?![0-9])/gu;
/** What may lie between the 記号 value and the 番号 value: a pause and the 番号 label. */
// 桐 12 で、番号 が 40817: speech recognition spaces the particles off.
const BETWEEN =
  /^ ?(?:で|です|と|の)?[、, ]{0,2}(?:(?:あ|えー|えっと|あの)[、 ]?)?(?:番号|ばんごう) ?(?:は|が|:)?[、, ]?$/u;
const PAIRED = new Set<PiiType>(["health_insurance", "postal_account"]);
const MAX_BETWEEN = 12;

/** 記号・番号は 12-3456・789: both labels first, then both values with the same separator. */
// 記号番号は / 記号と番号が: the joint label written without a separator or with と.
const JOINT_LABEL = /記号\s?(?:[・/]|と)?\s?番号/u;
/** 記号番号ですね、98(683)で: the 番号 in brackets after the 記号. */
const BRACKET_CLOSE = /^\)/u;
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
      out.push(
        changedCandidate(first, {
          start,
          end: start + symbol.length,
          score: 0.7,
          evidence: "pair:joint-label",
          key: symbol,
        }),
      );
    }
    const match = SECOND_VALUE.exec(text.slice(first.end, first.end + 12));
    const value = match?.[1];
    if (!match || !value) continue;
    const start = first.end + match[0].length - value.length;
    const end = start + value.length;
    out.push(
      changedCandidate(first, { start, end, score: 0.7, evidence: "pair:joint-label", key: value }),
    );
  }
  return out;
}

/** After a typed 記号 value: its 番号 label and the 番号 value (quoted: 「３０４」). */
// 記号浦白の27115番: the number itself after の, counted with 番.
const NUMBER_AFTER =
  /^」?(?:(?: ?(?:で|です|と|の))?[、, ]{0,2}(?:(?:あ|えー|えっと|あの)[、 ]?)?(?:番号|ばんごう) ?(?:は|が|:)?[、, ]?「?([0-9]{1,8})(?![0-9-])(?! ?[円人件歳時日月年桁])|の([0-9]{1,8})番(?![号地]))/u;
const SYMBOL_LABEL_BEFORE = /記号 ?(?:は|が|:)?[、, ]?「?$/u;

/**
 * 記号 が 16600 で 番号 が 7298901 / 記号 は 「都 57」、番号 は 「304」: the 番号 said after a 記号 that
 * was typed (ゆうちょ, insurance card) takes the 記号's type.
 */
function numbersAfterSymbols(text: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const symbol of found) {
    if (!PAIRED.has(symbol.type)) continue;
    if (!SYMBOL_LABEL_BEFORE.test(text.slice(Math.max(0, symbol.start - 8), symbol.start)))
      continue;
    const match = NUMBER_AFTER.exec(text.slice(symbol.end, symbol.end + 24));
    const value = match?.[1] ?? match?.[2];
    if (!match || !value) continue;
    const end = symbol.end + match[0].length - (match[2] ? 1 : 0);
    // Found already (a number typed by its own cue).
    if (found.some((c) => c.type === symbol.type && c.start <= end - value.length && end <= c.end))
      continue;
    // ゆうちょ銀行の口座に…記号15600、番号28024351: a bank cue typed the 番号, but the 番号 said
    // right after a typed 記号 is that 記号's (a bank account has no 記号).
    const start = end - value.length;
    const bank = found.find((c) => c.type === "bank_account" && c.start <= start && end <= c.end);
    out.push(
      changedCandidate(symbol, {
        start,
        end,
        score: bank ? Math.max(0.7, bank.score + 0.01) : 0.7,
        evidence: "pair:number-after-symbol",
        key: value,
      }),
    );
  }
  return out;
}

export function findPairedSymbols(text: string, found: readonly Candidate[]): Candidate[] {
  if (!text.includes("記号")) return [];
  const symbols = jointOrPaired(text, found);
  const all = [...found, ...symbols];
  const joined = JOINT_LABEL.test(text) ? jointItems(text, all) : [];
  return [...symbols, ...joined, ...numbersAfterSymbols(text, all)];
}

/** The separator between the 記号 and the 番号 of a joint value (チ9136・8083004, 1546・9196). */
const JOINT_SEPARATOR = /^\s?[・/、,-]\s?$/u;
/** A district kana or kanji written before the 記号 digits, right after the label (はチ9136). */
const SYMBOL_PREFIX =
  /(?<=記号\s?(?:[・/]|と)?\s?番号\s?(?:は|が|:|\s))[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]{1,2}$/u;

/**
 * 記号番号は1546・9196: after a joint label the 記号 and the 番号 are one item; a candidate over
 * both (and the district letter before the 記号) lets them merge.
 */
function jointItems(text: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const values = found.filter((c) => PAIRED.has(c.type)).sort((a, b) => a.start - b.start);
  for (const value of values) {
    const said = text.slice(value.start, value.end);
    if (said.includes("(") && !said.includes(")") && BRACKET_CLOSE.test(text.slice(value.end)))
      out.push(
        changedCandidate(value, { end: value.end + 1, score: 0.6, evidence: "pair:joint-item" }),
      );
  }
  for (let i = 0; i + 1 < values.length; i += 1) {
    const first = values[i] as Candidate;
    const second = values[i + 1] as Candidate;
    if (second.type !== first.type || !JOINT_SEPARATOR.test(text.slice(first.end, second.start)))
      continue;
    // 記号・番号・枝番=6486・7227・02: the second pair of a three-part value follows the first.
    const label = text.slice(Math.max(0, first.start - 20), first.start);
    if (!JOINT_LABEL.test(label)) continue;
    const prefix = SYMBOL_PREFIX.exec(text.slice(Math.max(0, first.start - 14), first.start));
    const start = first.start - (prefix?.[0].length ?? 0);
    out.push(
      changedCandidate(first, { start, end: second.end, score: 0.6, evidence: "pair:joint-item" }),
    );
  }
  return out;
}

function jointOrPaired(text: string, found: readonly Candidate[]): Candidate[] {
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
