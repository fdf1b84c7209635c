import { codeAt } from "../text-tools";
/** The script of a name-like run: names are written in one script (山田, ヤマダ, やまだ). */
export type NameScript = "han" | "katakana" | "hiragana";

/** A run of one script, possibly with one inner space (山田 太郎). */
export type NameRun = { readonly start: number; readonly end: number; readonly script: NameScript };

/** Longest first and second segment, and the shortest run, per script. */
type RunLimits = { readonly first: number; readonly second: number; readonly min: number };
const HAN_LIMITS: RunLimits = { first: 6, second: 4, min: 1 };
const KATAKANA_LIMITS: RunLimits = { first: 16, second: 12, min: 2 };
const HIRAGANA_LIMITS: RunLimits = { first: 12, second: 8, min: 2 };

// A comparison per script rather than a table keyed by the script's name: the run readers are
// called for every cue and kanji run, and a keyed read by three names was a generic lookup.
function limitsOf(script: NameScript): RunLimits {
  return script === "han" ? HAN_LIMITS : script === "katakana" ? KATAKANA_LIMITS : HIRAGANA_LIMITS;
}

/** The script of the UTF-16 unit at `index`, or null. Surrogates count as Han (𠮷). */
export function scriptAt(text: string, index: number): NameScript | null {
  const c = codeAt(text, index);
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff))
    return "han";
  if (c === 0x3005 || c === 0x30f6 || (c >= 0xd840 && c <= 0xdbff) || (c >= 0xdc00 && c <= 0xdfff))
    return "han";
  // 一ノ瀬, 八ノ宮, 三ツ矢, 八ケ代: ノ, ツ or ケ between two kanji is part of a kanji name.
  if (
    (c === 0x30ce || c === 0x30c4 || c === 0x30b1) &&
    isHanUnit(text, index - 1) &&
    isHanUnit(text, index + 1)
  )
    return "han";
  if ((c >= 0x30a1 && c <= 0x30fa) || c === 0x30fb || c === 0x30fc) return "katakana";
  if (c >= 0x3041 && c <= 0x3096) return "hiragana";
  return null;
}

/** The name-like run that ends at `end` (one space before `end` is skipped). */
export function nameRunBefore(text: string, end: number): NameRun | null {
  let stop = end;
  if (text[stop - 1] === " ") stop -= 1;
  const script = scriptAt(text, stop - 1);
  if (!script) return null;
  const { first, second, min } = limitsOf(script);
  let start = stop;
  while (start > 0 && stop - start < first && scriptAt(text, start - 1) === script) start -= 1;
  // 税務課 酒寄様⏎先日の件: a first part closed by 様 is a name already (a mail's heading), and
  // the word after the space (a line break, normalized) opens the next sentence.
  if (
    text[start - 1] === " " &&
    scriptAt(text, start - 2) === script &&
    stop - start <= second &&
    text[start - 2] !== "様"
  ) {
    let more = start - 1;
    while (more > 0 && start - 1 - more < first && scriptAt(text, more - 1) === script) more -= 1;
    start = more;
  }
  return stop - start >= min ? { start, end: stop, script } : null;
}

/** The name-like run that starts at `start` (one space after `start` is skipped). */
export function nameRunAfter(text: string, start: number): NameRun | null {
  let from = start;
  if (text[from] === " ") from += 1;
  const script = scriptAt(text, from);
  if (!script) return null;
  const { first, second, min } = limitsOf(script);
  let end = from;
  while (end < text.length && end - from < first && scriptAt(text, end) === script) end += 1;
  // 市民課 山本様⏎先日は: 様 before the space closes the name; the next word is not its part.
  if (text[end] === " " && text[end - 1] === "様" && end - 1 > from) end -= 1;
  else if (text[end] === " " && scriptAt(text, end + 1) === script) {
    let more = end + 1;
    while (more < text.length && more - end - 1 < second && scriptAt(text, more) === script)
      more += 1;
    // くぼぞの と申します: one kana after the space is a particle, not a second name part.
    if (script === "han" || more - end - 1 >= 2) end = more;
  }
  return end - from >= min ? { start: from, end, script } : null;
}

function isHanUnit(text: string, index: number): boolean {
  const c = codeAt(text, index);
  return (c >= 0x4e00 && c <= 0x9fff) || c === 0x3005;
}
