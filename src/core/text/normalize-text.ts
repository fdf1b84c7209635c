import {
  CHAR_CLASS,
  CHAR_HARD_DASH,
  CHAR_INVISIBLE,
  CHAR_JOINER,
  CHAR_SPACE,
  CHAR_STABLE,
} from "./char-map";
import type { MappedChars } from "./digit-runs";
import { convertDigitRuns } from "./digit-runs";
import type { NormalizedText } from "./normalized-text";

/**
 * Normalizes Japanese text for matching and PII detection, keeping a map to the original.
 *
 * NFKC (full-width digits and letters, half-width kana, `㍻`), then what NFKC misses: dash
 * variants → `-`, `ー` between digits → `-`, the decimal digits of other scripts (Devanagari `०८०`,
 * Arabic-Indic, Bengali, Thai, Myanmar) → ASCII digits, spoken digits (ゼロキュウゼロの…) and kanji digits
 * read one by one (〇九〇) → ASCII digits with the separators and fillers between groups as
 * `-`, zero-width characters removed, whitespace folded to one space and trimmed.
 */
export function normalizeText(input: string): NormalizedText {
  const folded = foldCharacters(input);
  const converted = convertDigitRuns(folded);
  let length = converted.text.length;
  if (length > 0 && converted.text.charCodeAt(length - 1) === 0x20) length -= 1;
  const offsets = converted.starts; // owned by this call: trimmed and extended in place
  offsets.length = length;
  offsets.push(length > 0 ? (converted.ends[length - 1] ?? input.length) : input.length);
  return {
    text: length === converted.text.length ? converted.text : converted.text.slice(0, length),
    offsets,
  };
}

/** Per-character pass: NFKC on each cluster, dashes, invisible characters, whitespace. */
function foldCharacters(input: string): MappedChars {
  const codes: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let lastWasSpace = true; // drops leading whitespace
  let i = 0;
  while (i < input.length) {
    const unit = input.charCodeAt(i);
    let j = i + 1;
    if (unit >= 0xd800 && unit <= 0xdbff && j < input.length) j += 1; // surrogate pair
    while (j < input.length && (CHAR_CLASS[input.charCodeAt(j)] ?? 0) & CHAR_JOINER) j += 1;
    const start = i;
    i = j;
    const flags = j - start === 1 ? (CHAR_CLASS[unit] ?? 0) : 0;
    if (flags & CHAR_INVISIBLE) continue;
    if (flags & CHAR_STABLE) {
      // Fast path: most text is ASCII, kana and common kanji.
      if (unit === 0x20) {
        if (lastWasSpace) continue;
        lastWasSpace = true;
      } else {
        lastWasSpace = false;
      }
      codes.push(unit);
      starts.push(start);
      ends.push(j);
      continue;
    }
    const mapped = j - start === 1 ? nfkcOfUnit(unit) : input.slice(start, j).normalize("NFKC");
    for (let k = 0; k < mapped.length; k += 1) {
      let code = mapped.charCodeAt(k);
      const mappedFlags = CHAR_CLASS[code] ?? 0;
      if (mappedFlags & CHAR_INVISIBLE) continue;
      if (mappedFlags & CHAR_SPACE) {
        if (lastWasSpace) continue;
        code = 0x20;
        lastWasSpace = true;
      } else {
        lastWasSpace = false;
        if (mappedFlags & CHAR_HARD_DASH) code = 0x2d;
        else if (code >= 0x0660) code = asciiDigit(code);
      }
      codes.push(code);
      starts.push(start);
      ends.push(j);
    }
  }
  return { text: fromCodes(codes), starts, ends };
}

/**
 * The zero of each script whose decimal digits residents type (NFKC keeps them): Arabic-Indic,
 * Extended Arabic-Indic (Persian, Urdu), Devanagari (Nepali, Hindi), Bengali, Thai and Myanmar.
 * A phone number typed `०८०-३३२१-७७४६` reads as `080-3321-7746`.
 */
const SCRIPT_ZEROS: readonly number[] = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0x1040];

/** The ASCII digit of a decimal digit of {@link SCRIPT_ZEROS}' scripts, or the code unchanged. */
function asciiDigit(code: number): number {
  for (const zero of SCRIPT_ZEROS) {
    if (code >= zero && code <= zero + 9) return 0x30 + code - zero;
  }
  return code;
}

/**
 * NFKC of one UTF-16 unit, remembered: full-width digits, `？`, `（` and the ideographic space are
 * common, and `normalize` costs microseconds a call. Same result as normalizing the unit alone.
 */
const NFKC_OF_UNIT = new Map<number, string>();

function nfkcOfUnit(unit: number): string {
  let mapped = NFKC_OF_UNIT.get(unit);
  if (mapped === undefined) {
    mapped = String.fromCharCode(unit).normalize("NFKC");
    NFKC_OF_UNIT.set(unit, mapped);
  }
  return mapped;
}

/** Builds a string from UTF-16 units in chunks (spreading a huge array would overflow the stack). */
function fromCodes(codes: readonly number[]): string {
  const CHUNK = 8192;
  let text = "";
  for (let i = 0; i < codes.length; i += CHUNK) {
    text += String.fromCharCode(...codes.slice(i, i + CHUNK));
  }
  return text;
}
