import {
  hasCardBrandPrefix,
  isLuhnValid,
  isRepeatedDigit,
  isValidCorporateNumber,
  isValidMyNumber,
} from "../check-digits";
import type { CueKind } from "../cues";
import type { PiiType } from "../types";
import type { NumberRun } from "./number-runs";

/** What a digit run turned out to be. */
export type NumberVerdict = {
  readonly type: PiiType;
  readonly score: number;
  readonly evidence: string;
};

/** Service numbers that are never personal: toll-free, navi-dial, premium, carrier prefixes. */
const SERVICE_PREFIX = /^(0120|0800|0570|0990|0180|0037|0066|0088|00[0-9]{2})/;
const MOBILE = /^0[6789]0[1-9][0-9]{7}$/;
const IP_OR_PAGER = /^0[25]0[1-9][0-9]{7}$/;
const FIXED = /^0[1-9][0-9]{8}$/;

/**
 * Decides the type of a digit run from its digits, shape and the nearest context words.
 * `cues` maps each context kind to its distance from the run (nearest first wins).
 */
export function classifyNumber(
  run: NumberRun,
  cues: ReadonlyMap<CueKind, number>,
): NumberVerdict | null {
  const digits =
    run.international && run.digits.startsWith("81")
      ? // +81 (0)80-…: the trunk 0 written in brackets is kept once.
        `0${run.digits.slice(run.digits.startsWith("810") ? 3 : 2)}`
      : run.digits;
  const length = digits.length;
  if (isServiceNumber(digits) || isRepeatedDigit(digits) || isDateShaped(run, digits)) return null;
  const ordered = [...cues.entries()].sort((a, b) => a[1] - b[1]);
  for (const [cueKind] of ordered) {
    if (cueKind === "negative") return null;
    // ゆうちょ銀行 is a bank too, but its accounts are 記号・番号.
    const kind = cueKind === "bank" && cues.has("yucho") ? "yucho" : cueKind;
    const verdict = classifyWithCue(kind, run, digits, length);
    if (verdict) return verdict;
  }
  return classifyByShape(run, digits, length);
}

function classifyWithCue(
  kind: CueKind,
  run: NumberRun,
  digits: string,
  length: number,
): NumberVerdict | null {
  const cue = `cue:${kind}`;
  switch (kind) {
    case "my_number":
      if (length >= 10 && length <= 13 && !isPhoneShaped(digits)) {
        return isValidMyNumber(digits)
          ? { type: "my_number", score: 0.95, evidence: `${cue}+checksum` }
          : { type: "my_number", score: 0.8, evidence: `${cue}+12digits(checksum-failed)` };
      }
      return null;
    case "license":
      return length >= 10 && length <= 13
        ? { type: "drivers_license", score: 0.85, evidence: cue }
        : null;
    case "pension":
      return length >= 9 && length <= 11
        ? { type: "pension_number", score: 0.85, evidence: cue }
        : null;
    case "insurance":
      return length >= 4 && length <= 12 && !isPhoneShaped(digits)
        ? { type: "health_insurance", score: 0.8, evidence: cue }
        : null;
    case "resident_code":
      return length >= 10 && length <= 12
        ? { type: "resident_code", score: 0.85, evidence: cue }
        : null;
    case "card":
      return length >= 13 && length <= 19
        ? { type: "credit_card", score: 0.9, evidence: cue }
        : null;
    case "yucho":
      return isYuchoShaped(run, digits) ||
        /^1[0-9]{3}0$/.test(digits) ||
        (length >= 6 && length <= 13 && !isPhoneShaped(digits))
        ? { type: "postal_account", score: 0.85, evidence: cue }
        : null;
    case "bank":
      return length >= 6 && length <= 8
        ? { type: "bank_account", score: 0.85, evidence: cue }
        : null;
    case "postal":
      // 3-5-17-201 after a postal code: three groups or more are a block and a room, not a code.
      return length === 7 && !(digits[0] !== "0" && isBlockShaped(run.groups))
        ? { type: "postal_code", score: 0.9, evidence: cue }
        : null;
    case "phone":
      if (isPhoneShaped(digits)) return { type: "phone", score: 0.9, evidence: `${cue}+shape` };
      if (length >= 6 && length <= 8 && (run.groups.at(-1) ?? 0) === 4) {
        return { type: "phone", score: 0.7, evidence: `${cue}+local` };
      }
      return null;
    default:
      return null;
  }
}

function classifyByShape(run: NumberRun, digits: string, length: number): NumberVerdict | null {
  if (isPhoneShaped(digits)) {
    const separated = run.groups.length > 1;
    return {
      type: "phone",
      score: separated || digits.length === 11 ? 0.8 : 0.5,
      evidence: "shape:phone",
    };
  }
  if (isYuchoShaped(run, digits))
    return { type: "postal_account", score: 0.6, evidence: "shape:yucho" };
  if (length === 12 && isValidMyNumber(digits)) {
    return { type: "my_number", score: 0.6, evidence: "shape:12digits+checksum" };
  }
  if (length === 13 && isValidCorporateNumber(digits)) return null;
  if (length >= 14 && length <= 19 && isLuhnValid(digits) && hasCardBrandPrefix(digits)) {
    return { type: "credit_card", score: 0.7, evidence: "shape:luhn" };
  }
  return null;
}

/** Toll-free, navi-dial and carrier toll-free numbers in their exact lengths (not 0001234567). */
const SERVICE_NUMBER =
  /^(?:0120[0-9]{6}|0800[0-9]{7}|0570[0-9]{6}|0990[0-9]{6}|0180[0-9]{6}|00(?:37|66|77|88)[0-9]{6,8})$/;

function isServiceNumber(digits: string): boolean {
  return SERVICE_NUMBER.test(digits);
}

function isPhoneShaped(digits: string): boolean {
  if (SERVICE_PREFIX.test(digits)) return false;
  return MOBILE.test(digits) || IP_OR_PAGER.test(digits) || FIXED.test(digits);
}

/** ゆうちょ 記号 (5 digits, 1…0) and 番号 (up to 8 digits ending in 1). */
function isYuchoShaped(run: NumberRun, digits: string): boolean {
  return run.groups.length === 2 && run.groups[0] === 5 && /^1[0-9]{3}0[0-9]{0,7}1$/.test(digits);
}

/** `2024-03-15` is a date, handled by the date recognizer. */
function isDateShaped(run: NumberRun, digits: string): boolean {
  if (run.groups.length !== 3 || run.groups[0] !== 4) return false;
  const year = Number(digits.slice(0, 4));
  return year >= 1868 && year <= 2100 && (run.groups[1] ?? 0) <= 2 && (run.groups[2] ?? 0) <= 2;
}

/**
 * 3-5-17-201: three groups or more, not three digits first and not read digit by digit (a block
 * never starts with 0, the caller's check).
 */
function isBlockShaped(groups: readonly number[]): boolean {
  return groups.length >= 3 && groups[0] !== 3 && groups.some((size) => size > 1);
}
