import { execAll } from "../text-tools";
import type { Candidate, RecognizerInput } from "../types";

/**
 * E-mail addresses read out word by word, with separators and fillers between the words:
 * `やまね、アンダーバー、みわ、アットマーク、イグザンプル、ドット、シーオー、ドット、ジェーピー`,
 * `ケイ、ドット、ナカムラ、アット、example、ドット、com`, and letters spelled after a written
 * address (`aoi_k2@mail.example.jp、エー・オー・アイ、アンダーバー、ケー、ツー`).
 */
const TOKEN =
  /ドット|どっと|アットマーク|あっとまーく|アット|あっと|アンダーバー|アンダースコア|ハイフン|はいふん|[A-Za-z0-9_+-]+|[\p{Script=Katakana}ー]+|[\p{Script=Hiragana}ー]+|[、・, ]+|[^]/gu;
type Kind = "at" | "dot" | "join" | "word" | "filler" | "sep" | "label" | "stop";
type Token = { readonly start: number; readonly end: number; readonly kind: Kind };

const AT = new Set(["アットマーク", "あっとまーく", "アット", "あっと"]);
// taka.y、アットマーク、example.com: a written dot between Latin words.
const DOT = new Set(["ドット", "どっと", "."]);
const JOIN = new Set(["アンダーバー", "アンダースコア", "ハイフン", "はいふん", "-", "_"]);
const FILLER = new Set(["えー", "えーと", "えっと", "ええと", "あの", "あのー", "えーっと"]);
/** Words that end the address: labels and the sentence around it. */
const LABEL = /^(?:メール|メールアドレス|アドレス|メアド|Eメール|イーメール)$/u;
const MAYBE_SPOKEN = /アット|あっと|ドット|どっと|アンダーバー/u;
const MAX_WORDS = 10;

function kindOf(value: string): Kind {
  if (AT.has(value)) return "at";
  if (DOT.has(value)) return "dot";
  if (JOIN.has(value)) return "join";
  if (FILLER.has(value)) return "filler";
  if (/^[、・, ]+$/u.test(value)) return "sep";
  if (LABEL.test(value)) return "label";
  if (/^[A-Za-z0-9_+-]+$/u.test(value)) return "word";
  if (/^[\p{Script=Katakana}ー]{2,}$/u.test(value)) return "word";
  // Hiragana words of ≥ 2 letters, never a copula or particle glued to a word (です, とか).
  if (
    /^[\p{Script=Hiragana}ー]{2,}$/u.test(value) &&
    !/^(?:です|でし|ます|でござ|とか|など)/u.test(value)
  )
    return "word";
  return "stop";
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const match of execAll(TOKEN, text)) {
    const start = match.index ?? 0;
    out.push({ start, end: start + match[0].length, kind: kindOf(match[0]) });
  }
  return out;
}

/** The last index of a word reached from `from` in direction `step`, or -1. */
function extend(tokens: readonly Token[], from: number, step: 1 | -1, needDot: boolean): number {
  let last = -1;
  let words = 0;
  let dotThenWord = !needDot;
  let sawDot = false;
  let linked = true;
  for (let i = from; i >= 0 && i < tokens.length && words < MAX_WORDS; i += step) {
    const kind = tokens[i]?.kind;
    if (kind === "sep" || kind === "filler") continue;
    if (kind === "dot" || kind === "join") {
      sawDot ||= kind === "dot";
      linked = true;
      continue;
    }
    // アットマーク、メール、ドット…: right after the at sign a label word is the mail host.
    const host = kind === "label" && step === 1 && words === 0 && !sawDot;
    if (kind !== "word" && !host) break;
    // example ドット com、すぎむらのk: after the domain's dot, a word not joined by a dot or a
    // hyphen is the next clause, not a label of the domain.
    if (needDot && sawDot && !linked) break;
    linked = false;
    words += 1;
    last = i;
    if (sawDot) dotThenWord = true;
  }
  return dotThenWord ? last : -1;
}

export function recognizeSpokenEmails(input: RecognizerInput): Candidate[] {
  const { text } = input;
  if (!MAYBE_SPOKEN.test(text)) return [];
  const tokens = tokenize(text);
  const out: Candidate[] = [];
  tokens.forEach((token, i) => {
    if (token.kind !== "at") return;
    const right = extend(tokens, i + 1, 1, true);
    const left = extend(tokens, i - 1, -1, false);
    if (right < 0 || left < 0) return;
    out.push(spoken(text, tokens[left]?.start ?? 0, tokens[right]?.end ?? 0));
  });
  for (const match of execAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}[、 ]/gu, text)) {
    const from = tokens.findIndex((t) => t.start >= (match.index ?? 0) + match[0].length);
    if (from < 0) continue;
    let words = 0;
    let last = -1;
    for (let i = from; i < tokens.length; i += 1) {
      const t = tokens[i] as Token;
      const value = text.slice(t.start, t.end);
      if (t.kind === "sep" || t.kind === "join" || t.kind === "dot") continue;
      if (t.kind !== "word" || !/^[\p{Script=Katakana}ー]{2,6}$/u.test(value)) break;
      words += 1;
      last = i;
    }
    if (words >= 3) out.push(spoken(text, tokens[from]?.start ?? 0, tokens[last]?.end ?? 0));
  }
  return out;
}

function spoken(text: string, start: number, end: number): Candidate {
  const value = text.slice(start, end);
  return {
    type: "email",
    start,
    end,
    score: 0.75,
    evidence: "pattern:spoken-email-words",
    key: value.replace(/[、・, ]/gu, ""),
  };
}
