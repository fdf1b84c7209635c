import type { DigitGap } from "./digit-gaps";
import { readDigitGap } from "./digit-gaps";
import type { DigitToken } from "./digit-tokens";
import { readDigitToken } from "./digit-tokens";

/** Text with a start and end offset (into the original) for every UTF-16 unit. */
export type MappedChars = { text: string; starts: number[]; ends: number[] };

type Run = { tokens: DigitToken[]; gaps: DigitGap[] };

/** Digits a written (ASCII) number needs before `の`/fillers between its groups become "-". */
const MIN_JOINED_ASCII_DIGITS = 7;
const KATAKANA_LETTER = /[\u30a1-\u30fa\u30fc]/;
const HAN_CHAR = /\p{Script=Han}/u;
const PARTICLES = new Set(["は", "が", "を", "に", "で", "も", "と", "の", "、", "。", " "]);

/**
 * Rewrites spoken and kanji digits (and the separators and fillers between digit groups) as
 * ASCII digits and "-", keeping the offset map. Runs that look like ordinary words are kept.
 */
export function convertDigitRuns(input: MappedChars): MappedChars {
  const { text } = input;
  const out: MappedChars = { text: "", starts: [], ends: [] };
  const parts: string[] = [];
  let copyFrom = 0;
  let rewritten = false;
  let pos = 0;
  while (pos < text.length) {
    const first = readDigitToken(text, pos);
    if (!first) {
      pos += 1;
      continue;
    }
    const raw = collectRun(text, first);
    const rawEnd = raw.tokens.at(-1)?.end ?? first.end;
    // Every number run holds two strong digits, and trimming only drops tokens: a run with
    // fewer (the し of もしもし, a lone に) is skipped before the costlier checks.
    const run = strongDigitCount(raw) >= 2 ? trimRun(text, raw) : null;
    const head = run?.tokens[0];
    const tail = run?.tokens.at(-1);
    if (run && head && tail && isNumberRun(run)) {
      copy(input, out, parts, copyFrom, head.start);
      emitRun(input, out, parts, run);
      copyFrom = tail.end;
      rewritten = true;
    }
    pos = Math.max(rawEnd, pos + 1);
  }
  if (!rewritten) return input; // keep the arrays as they are
  copy(input, out, parts, copyFrom, text.length);
  out.text = parts.join("");
  return out;
}

function strongDigitCount(run: Run): number {
  let count = 0;
  for (const token of run.tokens) if (token.strong) count += token.digits.length;
  return count;
}

function collectRun(text: string, first: DigitToken): Run {
  const run: Run = { tokens: [first], gaps: [] };
  let last = first;
  for (;;) {
    const gap = readDigitGap(text, last.end);
    const next = readDigitToken(text, gap ? gap.end : last.end);
    if (!next) break;
    if (!gap && next.kind === "ascii" && last.kind === "ascii") break;
    run.gaps.push(
      gap ?? { end: last.end, separator: false, joiner: false, listMark: false, prolonged: false },
    );
    run.tokens.push(next);
    last = next;
  }
  return run;
}

/** Drops tokens at the edges that belong to a word (ハチミツ, 田中さん, …に電話). */
function trimRun(text: string, run: Run): Run | null {
  const tokens = [...run.tokens];
  const gaps = [...run.gaps];
  for (;;) {
    const head = tokens[0];
    if (!head) return null;
    const before = text[head.start - 1] ?? "";
    const glued = before !== "" && !PARTICLES.has(before) && !/[0-9-]/.test(before);
    const inWord = head.kind === "katakana" && KATAKANA_LETTER.test(before);
    const honorific = glued && /^(サン|さん)$/.test(text.slice(head.start, head.end));
    const strayParticle = isStrayParticle(head, tokens);
    // 折り返し、ぜろはち…: a weak kana reading right after a kanji is okurigana, not a digit.
    const okurigana = !head.strong && head.kind === "hiragana" && HAN_CHAR.test(before);
    if (!inWord && !honorific && !strayParticle && !okurigana) break;
    tokens.shift();
    gaps.shift();
  }
  for (;;) {
    const tail = tokens.at(-1);
    if (!tail) return null;
    const after = text[tail.end] ?? "";
    const inWord = tail.kind === "katakana" && KATAKANA_LETTER.test(after);
    if (!inWord && !isStrayParticle(tail, tokens)) break;
    tokens.pop();
    gaps.pop();
  }
  return { tokens, gaps };
}

/** A hiragana に/し/ご… at the edge of a katakana or written number is a particle or a word. */
function isStrayParticle(token: DigitToken, tokens: readonly DigitToken[]): boolean {
  if (token.strong || !tokens.some((t) => t.kind !== token.kind)) return false;
  // A lone 八 of 八幡 or a に after a spoken number belongs to the next word.
  return token.kind === "hiragana" || token.kind === "kanji";
}

function isNumberRun(run: Run): boolean {
  const digits = run.tokens.reduce((sum, t) => sum + t.digits.length, 0);
  if (run.tokens.every((t) => t.kind === "ascii")) {
    if (run.gaps.some((g) => g.listMark && !g.joiner)) return isCommaSeparatedPhone(run, digits);
    return (
      run.gaps.some((g) => g.joiner) && (digits >= MIN_JOINED_ASCII_DIGITS || onlyProlonged(run))
    );
  }
  if (run.tokens.every((t) => /^0+$/.test(t.digits) && t.kind === "kanji")) return false;
  const strongDigits = run.tokens.reduce((sum, t) => sum + (t.strong ? t.digits.length : 0), 0);
  if (run.tokens.some((t) => t.kind === "hiragana")) return digits >= 4 && strongDigits >= 3;
  return digits >= 3 && strongDigits >= 2;
}

/** `090、1234、5678`: written groups split by 、 are a number only when they read like a phone number. */
function isCommaSeparatedPhone(run: Run, digits: number): boolean {
  const first = run.tokens[0]?.digits ?? "";
  return first.startsWith("0") && digits >= 10 && digits <= 11 && run.tokens.length <= 4;
}

/** `090ー1234` is always a number: `ー` between digits is a dash. */
function onlyProlonged(run: Run): boolean {
  return run.gaps.length > 0 && run.gaps.every((g) => g.prolonged);
}

function emitRun(input: MappedChars, out: MappedChars, parts: string[], run: Run): void {
  run.tokens.forEach((token, index) => {
    if (index > 0) {
      const gap = run.gaps[index - 1];
      const prev = run.tokens[index - 1];
      if (gap && prev && gap.end > prev.end && gap.separator) {
        push(out, parts, "-", input.starts[prev.end] ?? 0, input.ends[gap.end - 1] ?? 0);
      }
    }
    for (let k = 0; k < token.digits.length; k += 1) {
      // Every digit of a multi-char reading maps to the whole reading (キュウ → 9).
      const startIndex =
        token.kind === "ascii" || token.kind === "kanji" ? token.start + k : token.start;
      const endIndex =
        token.kind === "ascii" || token.kind === "kanji" ? token.start + k : token.end - 1;
      push(
        out,
        parts,
        token.digits[k] ?? "",
        input.starts[startIndex] ?? 0,
        input.ends[endIndex] ?? 0,
      );
    }
  });
}

function copy(
  input: MappedChars,
  out: MappedChars,
  parts: string[],
  from: number,
  to: number,
): void {
  if (to <= from) return;
  parts.push(input.text.slice(from, to));
  for (let i = from; i < to; i += 1) {
    out.starts.push(input.starts[i] ?? 0);
    out.ends.push(input.ends[i] ?? 0);
  }
}

function push(out: MappedChars, parts: string[], ch: string, start: number, end: number): void {
  parts.push(ch);
  out.starts.push(start);
  out.ends.push(end);
}
