import type { NormalizedText } from "../text";
import { normalizeText, toOriginalSpan } from "./text-tools";
import { indexCues } from "./cues";
import { kanaDigitView, respellDigitWords } from "./kana-digit-view";
import { NAME_RECOGNIZERS, RECOGNIZERS } from "./recognizers";
import { nameView } from "./name-view";
import {
  bridgeCorrections,
  findAddressCorrections,
  findCorrections,
} from "./recognizers/corrections";
import { joinAddressPieces } from "./recognizers/address-pieces";
import { findPostalCodesBeforeAddresses } from "./recognizers/address-postal";
import { findNamesInEmails } from "./recognizers/email-names";
import { findNamesAfterAddresses } from "./recognizers/name-after-address";
import { extraSurnameSet } from "./recognizers/name-candidate";
import { dropLookalikes } from "./recognizers/lookalikes";
import { completeNames } from "./recognizers/name-completions";
import { findContextNames } from "./recognizers/name-contexts";
import { findReportedNames } from "./recognizers/name-reported";
import { findNoteNames } from "./recognizers/name-notes";
import { findDeskNames } from "./recognizers/name-desk-notes";
import { findStaffNoteNames } from "./recognizers/name-staff-notes";
import { findReplyNames } from "./recognizers/name-replies";
import { findBracketedBirthDates } from "./recognizers/birth-dates";
import {
  findNamesBeforeAges,
  findNamesBeforeBirthDates,
  findNamesBeforeCards,
} from "./recognizers/name-birth-brackets";
import { findSignalNames } from "./recognizers/name-signals";
import { findFormChains } from "./recognizers/form-chains";
import { findPairedSymbols } from "./recognizers/paired-fields";
import { resolveOverlaps } from "./resolve-overlaps";
import type {
  Candidate,
  MaskOptions,
  MaskResult,
  PiiEntity,
  PiiType,
  RecognizerInput,
} from "./types";
import { PII_CLASS, PII_LABEL_JA } from "./types";

/** A span of the original text found by a recognizer, before numbering. */
export type LocatedCandidate = Candidate & {
  readonly originalStart: number;
  readonly originalEnd: number;
};

/**
 * Finds personal information in `text` and replaces each piece with a typed, numbered
 * placeholder (［氏名1］, ［電話番号1］; the same value twice gets the same placeholder).
 * Detection runs on {@link normalizeText}'s view; spans are mapped back to the original.
 * `blocked` is true when any block-class type (My Number, ID documents, accounts, cards,
 * secrets) was found: such a call must go to a person.
 */
export function maskPii(text: string, options: MaskOptions = {}): MaskResult {
  // Detection reads digits said in kana that the shared normalizer leaves as words (same offsets).
  const spelled = respellDigitWords(text);
  const normalized = kanaDigitView(spelled, normalizeText(spelled));
  const input: RecognizerInput = {
    text: normalized.text,
    cues: indexCues(normalized.text),
    publicValues: buildPublicValues(options.publicNumbers ?? NONE),
    extraSurnames: options.extraSurnames ?? NONE,
    lineBreaks: text.includes("\n") ? lineBreaks(text, normalized) : undefined,
  };
  const found: Candidate[] = [];
  for (const recognize of RECOGNIZERS)
    for (const candidate of recognize(input)) found.push(candidate);
  const names = nameView(text, normalized);
  const nameInput = names === input.text ? input : { ...input, text: names };
  for (const recognize of NAME_RECOGNIZERS) found.push(...recognize(nameInput));
  found.push(...completeNames(names, found, input.extraSurnames));
  found.push(...findContextNames(names, found));
  found.push(...findReportedNames(names, found, input.extraSurnames));
  found.push(...findSignalNames(names, found, input.lineBreaks));
  found.push(...findNoteNames(names, found, input.extraSurnames));
  found.push(...findDeskNames(names, found, input.extraSurnames, input.lineBreaks));
  found.push(...findStaffNoteNames(names, found, input.extraSurnames));
  found.push(...findReplyNames(names, found, input.extraSurnames));
  found.push(...findBracketedBirthDates(names, found));
  const extra = extraSurnameSet(input.extraSurnames);
  found.push(...findNamesBeforeBirthDates(names, found, extra));
  found.push(...findNamesBeforeAges(names, found, extra));
  found.push(...findNamesBeforeCards(names, found, extra));
  found.push(...findFormChains(input.text, found));
  found.push(...findCorrections(input.text, found), ...findPairedSymbols(input.text, found));
  if (found.some((candidate) => candidate.type === "address")) {
    found.push(...findAddressCorrections(input.text, found));
    found.push(...joinAddressPieces(input.text, found));
    found.push(...findPostalCodesBeforeAddresses(input.text, found));
    found.push(...findNamesAfterAddresses(names, found, extra));
  }
  found.push(...bridgeCorrections(input.text, found));
  if (found.some((candidate) => candidate.type === "email"))
    found.push(...findNamesInEmails(input.text, found));
  const located: LocatedCandidate[] = [];
  {
    for (const candidate of dropLookalikes(input.text, names, found)) {
      if (input.publicValues.has(candidate.key)) continue;
      const span = toOriginalSpan(normalized, candidate.start, candidate.end);
      if (span.end <= span.start) continue;
      // Spelled out, not spread: candidates of every recognizer have different shapes.
      const { type, start, end, score, evidence, key } = candidate;
      located.push({
        type,
        start,
        end,
        score,
        evidence,
        key,
        originalStart: span.start,
        originalEnd: span.end,
      });
    }
  }
  const chosen = resolveOverlaps(located, input.text);
  const entities = numberEntities(chosen);
  return {
    masked: replaceSpans(text, entities),
    entities,
    blocked: entities.some((entity) => entity.class === "block"),
  };
}

const NONE: readonly string[] = [];

/** The normalized spaces that replaced a whitespace run holding a line break (signatures, forms). */
function lineBreaks(text: string, normalized: NormalizedText): number[] {
  const out: number[] = [];
  for (let i = normalized.text.indexOf(" "); i >= 0; i = normalized.text.indexOf(" ", i + 1)) {
    const from = normalized.offsets[i] ?? 0;
    if (text.slice(from, normalized.offsets[i + 1] ?? from).includes("\n")) out.push(i);
  }
  return out;
}
const publicValueCache = new WeakMap<readonly string[], ReadonlySet<string>>();

function buildPublicValues(publicNumbers: readonly string[]): ReadonlySet<string> {
  const cached = publicValueCache.get(publicNumbers);
  if (cached) return cached;
  const values = new Set<string>();
  for (const entry of publicNumbers) {
    const text = normalizeText(entry).text;
    const digits = text.replace(/[^0-9]/g, "");
    if (digits.length > 0) values.add(digits);
    if (text.includes("@")) values.add(text.toLowerCase());
  }
  publicValueCache.set(publicNumbers, values);
  return values;
}

function numberEntities(chosen: readonly LocatedCandidate[]): PiiEntity[] {
  const counters = new Map<PiiType, number>();
  const byValue = new Map<string, string>();
  return [...chosen]
    .sort((a, b) => a.originalStart - b.originalStart)
    .map((candidate) => {
      const valueKey = `${candidate.type}\u0000${candidate.key}`;
      let placeholder = byValue.get(valueKey);
      if (!placeholder) {
        const next = (counters.get(candidate.type) ?? 0) + 1;
        counters.set(candidate.type, next);
        placeholder = `［${PII_LABEL_JA[candidate.type]}${next}］`;
        byValue.set(valueKey, placeholder);
      }
      return {
        type: candidate.type,
        class: PII_CLASS[candidate.type],
        start: candidate.originalStart,
        end: candidate.originalEnd,
        placeholder,
        score: candidate.score,
        evidence: candidate.evidence,
      };
    });
}

function replaceSpans(text: string, entities: readonly PiiEntity[]): string {
  const parts: string[] = [];
  let from = 0;
  for (const entity of entities) {
    parts.push(text.slice(from, entity.start), entity.placeholder);
    from = entity.end;
  }
  parts.push(text.slice(from));
  return parts.join("");
}
