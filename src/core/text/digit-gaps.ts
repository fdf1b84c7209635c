/** What may sit between two digit groups of one spoken or written number. */
export type DigitGap = {
  readonly end: number;
  readonly separator: boolean;
  readonly joiner: boolean;
  /** `、` or `・`: fine inside a spoken number, but a list mark between written numbers. */
  readonly listMark: boolean;
  /** The gap is just `ー`: a dash between written digits (090ー1234). */
  readonly prolonged: boolean;
};

const SEPARATORS = [
  "ハイフン",
  "はいふん",
  "ダッシュ",
  "だっしゅ",
  "の",
  "ノ",
  "-",
  "ー",
  "、",
  "・",
  " ",
];
const FILLERS = [
  "えーっと",
  "えーと",
  "えっと",
  "えと",
  "えー",
  "あのー",
  "あの",
  "あー",
  "うーん",
  // ハイフンんーと: the filler of a caller thinking, said as ん.
  "んーと",
  "んと",
  "んー",
  "その",
  "まあ",
  "ええ",
  "え",
  "あ",
];
/** Gaps that join ASCII digit groups into one number: not "-" or " " (already fine), not "," (1,000). */
const JOINERS = new Set(["ハイフン", "はいふん", "ダッシュ", "だっしゅ", "の", "ノ", "ー"]);

/**
 * Separators, then fillers, by their first UTF-16 unit, each list in the order above (the first
 * word that matches wins, as in a walk over both lists): most positions are ruled out by one
 * lookup, and no one-character string is cut per position.
 */
const GAP_WORDS_BY_FIRST = new Map<number, { word: string; separator: boolean }[]>();
for (const [words, separator] of [
  [SEPARATORS, true],
  [FILLERS, false],
] as const) {
  for (const word of words) {
    const first = word.charCodeAt(0);
    const list = GAP_WORDS_BY_FIRST.get(first) ?? [];
    list.push({ word, separator });
    GAP_WORDS_BY_FIRST.set(first, list);
  }
}

/** The longest gap a number may contain (e.g. `の、えーと、`). */
export const MAX_GAP_LENGTH = 8;

/**
 * Reads separators and fillers starting at `pos`. Returns null when there is none.
 * `separator` says a group boundary was spoken; `joiner` that an ASCII-only number needs rewriting.
 */
export function readDigitGap(text: string, pos: number): DigitGap | null {
  let end = pos;
  let separator = false;
  let joiner = false;
  let filler = false;
  let listMark = false;
  let prolonged = true;
  outer: while (end < text.length && end - pos < MAX_GAP_LENGTH) {
    const words = GAP_WORDS_BY_FIRST.get(text.charCodeAt(end));
    if (!words) break;
    for (const { word, separator: isSeparator } of words) {
      if (!text.startsWith(word, end)) continue;
      end += word.length;
      if (isSeparator) {
        separator = true;
        if (JOINERS.has(word)) joiner = true;
        if (word === "、" || word === "・") listMark = true;
        if (word !== "ー") prolonged = false;
      } else {
        filler = true;
        prolonged = false;
      }
      continue outer;
    }
    break;
  }
  if (end === pos || end - pos > MAX_GAP_LENGTH) return null;
  return { end, separator, joiner: joiner || filler, listMark, prolonged };
}
