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

/** First characters of every separator and filler: most positions are ruled out by one lookup. */
const GAP_STARTS = new Set([...SEPARATORS, ...FILLERS].map((word) => word.charAt(0)));

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
    if (!GAP_STARTS.has(text.charAt(end))) break;
    for (const sep of SEPARATORS) {
      if (text.startsWith(sep, end)) {
        end += sep.length;
        separator = true;
        if (JOINERS.has(sep)) joiner = true;
        if (sep === "、" || sep === "・") listMark = true;
        if (sep !== "ー") prolonged = false;
        continue outer;
      }
    }
    for (const fill of FILLERS) {
      if (text.startsWith(fill, end)) {
        end += fill.length;
        filler = true;
        prolonged = false;
        continue outer;
      }
    }
    break;
  }
  if (end === pos || end - pos > MAX_GAP_LENGTH) return null;
  return { end, separator, joiner: joiner || filler, listMark, prolonged };
}
