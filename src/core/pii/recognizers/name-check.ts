import {
  HIRAGANA_STOP_WORDS,
  KATAKANA_STOP_WORDS,
  NAME_PREFIXES,
  NAME_STOP_WORDS,
  ORG_SUFFIX,
  PLACE_WORDS,
  SURNAME_FINAL,
} from "../name-stop-words";
import {
  GIVEN_NAMES,
  GIVEN_READINGS,
  PLACE_HOMOGRAPHS,
  SURNAME_READINGS,
  SURNAMES,
} from "../surnames";

/** How strong the cue around a candidate is: labels and honorifics are strong, です is weak. */
export type CueStrength = "strong" | "weak";

/** A validated name inside a candidate string. */
export type NameMatch = {
  readonly offset: number;
  readonly length: number;
  readonly known: boolean;
};

const HAN = /^[\p{Script=Han}々ヶ]+(?: [\p{Script=Han}々ヶ]+)?$/u;
const KATAKANA = /^[\p{Script=Katakana}ー・]+(?: [\p{Script=Katakana}ー・]+)?$/u;
const HIRAGANA = /^[\p{Script=Hiragana}ー]+(?: [\p{Script=Hiragana}ー]+)?$/u;
/** Copulas and particles that end a kana name run: やまだはなこです → やまだはなこ. */
const KANA_TAIL =
  /(です|でございます|ともうします|といいます|っていいます|って|だよ|さん|さま|ちゃん|くん)+$/u;

/**
 * Finds the name inside a candidate string found next to a cue, or null when it is an ordinary
 * word. `extra` holds city-configured surnames.
 */
export function checkName(
  candidate: string,
  strength: CueStrength,
  extra: ReadonlySet<string>,
): NameMatch | null {
  if (HAN.test(candidate)) return checkHanName(candidate, strength, extra);
  if (KATAKANA.test(candidate)) return checkKatakanaName(candidate, strength);
  if (HIRAGANA.test(candidate)) return checkHiraganaName(candidate);
  return null;
}

function isSurname(text: string, extra: ReadonlySet<string>): boolean {
  return SURNAMES.has(text) || extra.has(text);
}

function checkHanName(
  candidate: string,
  strength: CueStrength,
  extra: ReadonlySet<string>,
): NameMatch | null {
  let offset = 0;
  const prefix = NAME_PREFIXES.exec(candidate);
  if (prefix && prefix[0].length < candidate.length) offset = prefix[0].length;
  const body = candidate.slice(offset);
  const flat = body.replace(" ", "");
  const whole = (known: boolean): NameMatch => ({ offset, length: body.length, known });
  if (NAME_STOP_WORDS.has(flat)) return null;
  const head = surnameLengthAt(flat, 0, extra);
  const rest = flat.slice(head);
  if (head > 0 && !(rest.length > 0 && ORG_SUFFIX.test(rest))) {
    if (strength === "strong") return whole(true);
    const restIsGiven = rest.length === 0 || GIVEN_NAMES.has(rest);
    if (head === 1 && !(rest.length > 0 && GIVEN_NAMES.has(rest))) return null;
    if (rest.length === 0 && PLACE_HOMOGRAPHS.has(flat)) return null;
    return rest.length <= 3 || restIsGiven ? whole(true) : null;
  }
  if (ORG_SUFFIX.test(flat)) return null;
  if (endsWithGivenName(flat)) return whole(true);
  if (strength === "strong" && !body.includes(" ")) {
    // A known surname later in the run marks where the name starts (福岡市田中さん).
    for (let p = 1; p + 2 <= body.length; p += 1) {
      const size = surnameLengthAt(body, p, extra);
      if (size >= 2) return { offset: offset + p, length: body.length - p, known: true };
    }
  }
  if (GIVEN_NAMES.has(flat)) return whole(true);
  if (flat.length < 2 || flat.length > 5) return null;
  if (strength === "weak") return looksLikeSurname(flat) ? whole(false) : null;
  return whole(false);
}

/** An unknown surname followed by a known given name (帆足由美). */
function endsWithGivenName(flat: string): boolean {
  for (const size of [3, 2, 1]) {
    const given = flat.slice(-size);
    const surname = flat.slice(0, -size);
    if (
      surname.length >= 1 &&
      surname.length <= 3 &&
      given.length === size &&
      GIVEN_NAMES.has(given)
    ) {
      return size > 1 || surname.length >= 2;
    }
  }
  return false;
}

/** Unknown 2–3 kanji words ending like most surnames do (…田, …川, …塚) and not a place. */
function looksLikeSurname(flat: string): boolean {
  return flat.length <= 3 && SURNAME_FINAL.test(flat) && !PLACE_WORDS.has(flat);
}

/** Length of the longest known surname starting at `p` (0 when none). */
function surnameLengthAt(text: string, p: number, extra: ReadonlySet<string>): number {
  for (const size of [4, 3, 2, 1]) {
    const piece = text.slice(p, p + size);
    if (piece.length === size && isSurname(piece, extra)) return size;
  }
  return 0;
}

function checkKatakanaName(candidate: string, strength: CueStrength): NameMatch | null {
  if (KATAKANA_STOP_WORDS.has(candidate) || candidate.length < 2) return null;
  const reading = toHiragana(candidate);
  const parts = reading.split(/[ ・]/);
  const known =
    startsWithSurnameReading(reading) ||
    parts.some((part) => GIVEN_READINGS.has(part) || SURNAME_READINGS.has(part));
  if (!known && strength === "weak") return null;
  return { offset: 0, length: candidate.length, known };
}

function checkHiraganaName(candidate: string): NameMatch | null {
  const trimmed = candidate.replace(KANA_TAIL, "").trimEnd();
  for (let p = 0; p + 2 <= trimmed.length; p += 1) {
    const rest = trimmed.slice(p);
    if (HIRAGANA_STOP_WORDS.has(rest)) return null;
    if (startsWithSurnameReading(rest) || GIVEN_NAMES.has(rest) || GIVEN_READINGS.has(rest)) {
      return { offset: p, length: trimmed.length - p, known: true };
    }
  }
  return null;
}

function startsWithSurnameReading(reading: string): boolean {
  const flat = reading.replace(/[ ・]/g, "");
  for (let size = 2; size <= 5 && size <= flat.length; size += 1) {
    if (SURNAME_READINGS.has(flat.slice(0, size))) return true;
  }
  return false;
}

export function toHiragana(text: string): string {
  return text.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}
