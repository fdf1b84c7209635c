import { GIVEN_NAMES, SURNAMES } from "../surnames";
import type { Candidate, RecognizerInput } from "../types";
import { recognizeLatinNames } from "./latin-names";
import type { CueStrength, NameMatch } from "./name-check";
import { checkName } from "./name-check";
import type { NameRun } from "./name-runs";
import { nameRunAfter, nameRunBefore, scriptAt } from "./name-runs";
import { extendSpelling } from "./name-spelling";

/** Cue words; the name is the run before (さん, と申します, です) or after (名前は, 妻の) them. */
const HONORIFIC = /さん|様|さま|サマ|くん|君|ちゃん|氏|殿|先生/g;
const SELF_INTRO =
  /と申します|ともうします|と申す|といいます|と言います|っていいます|でございます/g;
const COPULA = /です|だよ|っす/g;
/** 斎藤の家内です: a name before a family role the caller speaks for. */
const FAMILY_OF = /の(?:家内|主人|妻|夫|母|父|息子|娘|家族|嫁|孫)(?:です|でございます)/g;
const LABEL =
  /(?:お名前|名前|なまえ|氏名|名義人|名義|フリガナ|ふりがな|カナ|世帯主|申請者|代理人|旧姓|姓名|契約者|相談者|受取人|届出人|被保険者名|来庁者|来所者|対象者|利用者|電話者|通報者)(?:は|が|:|=|も|って)?\s?(?:えーと|えっと|あの)?[、,]?/g;
const RELATION =
  /(?:妻|夫|主人|息子|娘|長男|長女|次男|次女|母|父|祖母|祖父|孫|兄|姉|弟|妹|子ども|子供)(?:の|は|、)/g;
/** One pass over every cue; the group says which (labels first: 氏名 is not the honorific 氏). */
const ALL_CUES = new RegExp(
  [LABEL, SELF_INTRO, RELATION, HONORIFIC, FAMILY_OF, COPULA]
    .map((cue) => `(${cue.source})`)
    .join("|"),
  "g",
);

/** What may precede a bare 〇〇です for it to be a self-introduction. */
const COPULA_PREFIX =
  /(?:^|はい、?|もしもし、?|私は|わたしは|わたくし(?:は)?|僕は|こちらは?|母は|父は|[、。 !?]|の|で)$/u;
const FURIGANA =
  /([\p{Script=Han}々]{1,6}(?: [\p{Script=Han}々]{1,4})?)\s?\(\s?([\p{Script=Hiragana}\p{Script=Katakana}ー ]{2,24})\s?\)/gu;
const HONORIFIC_AFTER = /^\s?(?:さん|様|さま|くん|君|ちゃん|氏|殿)/u;

const SURNAME_FIRST_CHARS = new Set([...SURNAMES.keys()].map((surname) => surname.charCodeAt(0)));

type Finding = { start: number; end: number; known: boolean };

/** Person names from cues (さん, と申します, 名前は, 氏名:, furigana, relatives) checked against the surname list. */
export function recognizePersonNames(input: RecognizerInput): Candidate[] {
  const { text } = input;
  const extra = new Set(input.extraSurnames);
  const out: Candidate[] = [];
  const add = (found: Finding | null, evidence: string): void => {
    if (found)
      out.push(toCandidate(text, found.start, found.end, found.known ? 0.9 : 0.7, evidence));
  };
  for (const match of text.matchAll(ALL_CUES)) {
    const at = match.index ?? 0;
    const after = at + match[0].length;
    if (match[1] !== undefined) {
      add(check(text, nameRunAfter(text, after), "strong", "after", extra), "cue:name-label");
    } else if (match[2] !== undefined) {
      add(check(text, nameRunBefore(text, at), "strong", "before", extra), "cue:self-introduction");
    } else if (match[3] !== undefined) {
      add(check(text, nameRunAfter(text, after), "weak", "after", extra), "cue:relation");
    } else if (match[4] !== undefined) {
      add(check(text, nameRunBefore(text, at), "strong", "before", extra), "cue:honorific");
    } else if (match[5] !== undefined) {
      add(check(text, nameRunBefore(text, at), "weak", "before", extra), "cue:family-of");
    } else {
      const run = nameRunBefore(text, at);
      if (run && COPULA_PREFIX.test(text.slice(Math.max(0, run.start - 6), run.start))) {
        add(check(text, run, "weak", "before", extra), "cue:desu");
      }
    }
  }
  if (text.includes("(")) out.push(...recognizeFurigana(text, extra));
  out.push(...recognizeFullNames(text));
  if (/[A-Za-z]/.test(text)) out.push(...recognizeLatinNames(text));
  return out;
}

/**
 * Validates a run as a name. A run with an inner space may hold two words (市民課 山田, 鬼塚勝也 電話):
 * the part next to the cue is tried when the whole run is not a known name.
 */
function check(
  text: string,
  run: NameRun | null,
  strength: CueStrength,
  side: "before" | "after",
  extra: ReadonlySet<string>,
): Finding | null {
  if (!run) return null;
  const value = text.slice(run.start, run.end);
  const whole = checkName(value, strength, extra);
  if (whole?.known || !value.includes(" ")) return toFinding(run.start, whole);
  const space = value.indexOf(" ");
  const partStart = side === "before" ? run.start + space + 1 : run.start;
  const part = side === "before" ? value.slice(space + 1) : value.slice(0, space);
  const found = checkName(part, strength, extra);
  return found ? toFinding(partStart, found) : toFinding(run.start, whole);
}

function toFinding(base: number, match: NameMatch | null): Finding | null {
  return match
    ? { start: base + match.offset, end: base + match.offset + match.length, known: match.known }
    : null;
}

function recognizeFurigana(text: string, extra: ReadonlySet<string>): Candidate[] {
  const out: Candidate[] = [];
  for (const match of text.matchAll(FURIGANA)) {
    const kanji = match[1] ?? "";
    const reading = match[2] ?? "";
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const strength = HONORIFIC_AFTER.test(text.slice(end, end + 3)) ? "strong" : "weak";
    if (!checkName(kanji, strength, extra) && !checkName(reading.replace(/ /g, ""), "weak", extra))
      continue;
    out.push(toCandidate(text, start, end, 0.9, "cue:furigana"));
  }
  return out;
}

/** 山田太郎から電話: a known surname directly followed by a known given name needs no cue. */
function recognizeFullNames(text: string): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  while (i < text.length) {
    if (scriptAt(text, i) !== "han") {
      i += 1;
      continue;
    }
    const run = nameRunAfter(text, i);
    const end = run ? run.end : i + 1;
    if (run && run.end - run.start >= 2) {
      const found = findFullName(text.slice(run.start, run.end));
      if (found)
        out.push(
          toCandidate(
            text,
            run.start + found.start,
            run.start + found.end,
            0.75,
            "dictionary:full-name",
          ),
        );
    }
    i = Math.max(end, i + 1);
  }
  return out;
}

function findFullName(run: string): { start: number; end: number } | null {
  for (let p = 0; p + 2 <= run.length; p += 1) {
    if (!SURNAME_FIRST_CHARS.has(run.charCodeAt(p))) continue;
    for (const size of [3, 2]) {
      if (!SURNAMES.has(run.slice(p, p + size))) continue;
      const givenStart = run[p + size] === " " ? p + size + 1 : p + size;
      const givenLength = givenNameLengthAt(run, givenStart);
      if (givenLength > 0) return { start: p, end: givenStart + givenLength };
    }
  }
  return null;
}

/** Length of a known given name at `p`; one-kanji names (茂) only when they end the run. */
function givenNameLengthAt(run: string, p: number): number {
  for (const size of [3, 2, 1]) {
    const piece = run.slice(p, p + size);
    if (piece.length !== size || !GIVEN_NAMES.has(piece)) continue;
    if (size === 1 && p + 1 !== run.length) continue;
    return size;
  }
  return 0;
}

function toCandidate(
  text: string,
  start: number,
  end: number,
  score: number,
  evidence: string,
): Candidate {
  const span = extendSpelling(text, start, end);
  return {
    type: "person_name",
    start: span.start,
    end: span.end,
    score,
    evidence,
    key: text.slice(start, end).replace(/[ ・]/g, ""),
  };
}
