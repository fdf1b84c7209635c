/** Dash-like characters NFKC leaves alone (or maps to something else) that mean "-" in numbers. */
const DASHES = new Set([
  0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2043, 0x2212, 0xfe58, 0xfe63, 0xff0d, 0x2500,
  0x2501, 0x30fc, 0xff70,
]);

/** Prolonged sound marks: a dash only between digits, a vowel mark everywhere else. */
const PROLONGED = new Set([0x30fc, 0xff70]);

/** Zero-width and format characters that only get in the way of matching. */
const INVISIBLE = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad, 0x180e]);

/** Whether `code` is a dash variant that always means "-" (not `ー`). */
export function isHardDash(code: number): boolean {
  return DASHES.has(code) && !PROLONGED.has(code);
}

/** Whether `code` is `ー` (or its half-width form). */
export function isProlongedMark(code: number): boolean {
  return PROLONGED.has(code);
}

/** Whether `code` is dropped from the normalized text. */
export function isInvisible(code: number): boolean {
  return INVISIBLE.has(code) || (code >= 0xfe00 && code <= 0xfe0f);
}

/** Whether `code` is whitespace (after NFKC). */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x3000 ||
    code === 0x2028 ||
    code === 0x2029
  );
}

/** Whether `code` joins the previous char under NFKC (combining marks, half-width voicing). */
export function isJoiner(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) ||
    code === 0x3099 ||
    code === 0x309a ||
    code === 0xff9e ||
    code === 0xff9f
  );
}

/** Code points that NFKC leaves unchanged, checked without calling `normalize`. */
export function isNfkcStable(code: number): boolean {
  return (
    (code >= 0x20 && code < 0x7f) ||
    (code >= 0x3041 && code <= 0x3096) ||
    (code >= 0x30a1 && code <= 0x30fa) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    code === 0x3001 ||
    code === 0x3002 ||
    code === 0x30fc ||
    code === 0x3005
  );
}

/** Bit flags of {@link CHAR_CLASS}. */
export const CHAR_STABLE = 1;
export const CHAR_INVISIBLE = 2;
export const CHAR_JOINER = 4;
export const CHAR_SPACE = 8;
export const CHAR_HARD_DASH = 16;

/** One lookup per UTF-16 unit instead of several set tests (normalization runs on every text). */
export const CHAR_CLASS: Uint8Array = buildCharClass();

function buildCharClass(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code += 1) {
    table[code] =
      (isNfkcStable(code) ? CHAR_STABLE : 0) |
      (isInvisible(code) ? CHAR_INVISIBLE : 0) |
      (isJoiner(code) ? CHAR_JOINER : 0) |
      (isSpace(code) ? CHAR_SPACE : 0) |
      (isHardDash(code) ? CHAR_HARD_DASH : 0);
  }
  return table;
}
