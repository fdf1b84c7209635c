import { escapeRegExp, foldForMatch } from "../text";
import type { SummaryField, SummaryRecord, SummaryTemplate } from "./template";

/** A sentence must share at least this share of a field's cue bigrams to be quoted. @default 0.12 */
export const MIN_SENTENCE_SCORE = 0.12;
/** Single-line fields need a closer match: a loosely related sentence is worse than nothing. */
export const MIN_LINE_SCORE = 0.4;
const MAX_SENTENCES = 3;
/** Speaker labels of the office's side in a transcript (「職員: …」); any other label is the caller's side. */
const STAFF_SPEAKERS = /^(職員|相談員|担当|保健師|社会福祉士|ケアマネ(ジャー)?|主任|窓口)/;

type Sentence = { readonly text: string; readonly speaker: "staff" | "caller" | null };

/**
 * Drafts a consultation record WITHOUT a model: every value is copied from the transcript
 * (extractive), never invented. Choices are the options the transcript mentions, dates and
 * numbers are read from the text, and free-text fields quote the sentences that best match the
 * field's label and description. Fields the transcript does not speak to stay null
 * (multiple-choice fields: an empty list).
 * @param params.year the year for dates said without one (e.g. 「11月3日」)
 */
export function draftSummaryOffline(params: {
  readonly template: SummaryTemplate;
  readonly transcript: string;
  readonly year?: number;
}): SummaryRecord {
  const sentences = splitSentences(params.transcript);
  const folded = foldForMatch(params.transcript);
  const record: Record<string, SummaryRecord[string]> = {};
  for (const field of params.template.fields) {
    record[field.code] = extractField(field, {
      sentences,
      folded,
      text: params.transcript,
      year: params.year,
    });
  }
  return record;
}

type Source = {
  sentences: readonly Sentence[];
  folded: string;
  text: string;
  year: number | undefined;
};

function extractField(field: SummaryField, source: Source): SummaryRecord[string] {
  switch (field.type) {
    case "choice": {
      // Several options mentioned: the first one said wins (callers say who they are early).
      const ranked = (field.options ?? [])
        .map((option) => ({ option, at: findMention(source.folded, option) }))
        .filter((item) => item.at >= 0)
        .sort((a, b) => a.at - b.at);
      return ranked[0]?.option ?? null;
    }
    case "multichoice":
      return (field.options ?? []).filter((option) => findMention(source.folded, option) >= 0);
    case "date":
      return readDate(source.text, source.year);
    case "number":
      return readNumber(source.text, field.unit);
    default: {
      const quoted = pickSentences(field, source.sentences);
      return quoted.length > 0 ? quoted.join(field.type === "multiline" ? "\n" : " ") : null;
    }
  }
}

/** Where an option (or any of its ・/／-separated parts) is first mentioned, or -1. */
function findMention(folded: string, option: string): number {
  const places = option
    .split(/[・／/]/)
    .map((part) => foldForMatch(part))
    .filter((part) => part.length >= 2)
    .map((part) => folded.indexOf(part))
    .filter((at) => at >= 0);
  return places.length > 0 ? Math.min(...places) : -1;
}

/**
 * The sentences that best match the field's label and description. A field described as what
 * the caller (相談者) or staff (職員) said only quotes that side; such a multi-line field with no
 * closer match quotes that side's first sentences (what they said is the honest extract).
 */
function pickSentences(field: SummaryField, sentences: readonly Sentence[]): string[] {
  const multiline = field.type === "multiline";
  const side = /職員/.test(field.description)
    ? "staff"
    : /相談者/.test(field.description)
      ? "caller"
      : null;
  const pool = side ? sentences.filter((sentence) => sentence.speaker === side) : sentences;
  const cues = toBigrams(`${field.label} ${field.description}`);
  const scored = pool
    .map((sentence, index) => ({ sentence, index, score: overlap(cues, toBigrams(sentence.text)) }))
    .filter((item) => item.score >= (multiline ? MIN_SENTENCE_SCORE : MIN_LINE_SCORE))
    .sort((a, b) => b.score - a.score)
    .slice(0, multiline ? MAX_SENTENCES : 1)
    .sort((a, b) => a.index - b.index);
  if (scored.length === 0 && multiline && side)
    return pool.slice(0, MAX_SENTENCES).map((sentence) => sentence.text);
  return scored.map((item) => item.sentence.text);
}

function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const line of text.split(/\n+/)) {
    const label = /^\s*([^:：「」]{1,12})[:：]\s*/.exec(line);
    const speaker = label ? (STAFF_SPEAKERS.test(label[1] ?? "") ? "staff" : "caller") : null;
    const body = label ? line.slice(label[0].length) : line;
    for (const part of body.split(/(?<=[。！？!?])/)) {
      const trimmed = part.trim();
      if (trimmed.length >= 4) sentences.push({ text: trimmed, speaker });
    }
  }
  return sentences;
}

function readDate(text: string, year: number | undefined): string | null {
  const full = /(\d{4})[年/-](\d{1,2})[月/-](\d{1,2})日?/.exec(text);
  if (full) return formatDate(Number(full[1]), Number(full[2]), Number(full[3]));
  const short = /(\d{1,2})月(\d{1,2})日/.exec(text);
  return short && year ? formatDate(year, Number(short[1]), Number(short[2])) : null;
}

function readNumber(text: string, unit: string | undefined): number | null {
  if (!unit) return null;
  const match = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*${escapeRegExp(unit)}`).exec(
    text.normalize("NFKC"),
  );
  return match ? Number(match[1]) : null;
}

function formatDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function toBigrams(text: string): Set<string> {
  const folded = foldForMatch(text).replace(/[\s、。,.!?「」()・:]/g, "");
  const grams = new Set<string>();
  for (let index = 0; index < folded.length - 1; index += 1)
    grams.add(folded.slice(index, index + 2));
  return grams;
}

function overlap(cues: ReadonlySet<string>, grams: ReadonlySet<string>): number {
  if (cues.size === 0 || grams.size === 0) return 0;
  let shared = 0;
  for (const gram of grams) if (cues.has(gram)) shared += 1;
  return shared / Math.min(cues.size, grams.size);
}
