import type { FaqHit } from "../search";
import type { SpeechOptions } from "../speech";
import type {
  DetectedLanguage,
  ReasonCode,
  TriageAction,
  TriageOptions,
  TriageReason,
} from "../triage";
import type { MaskOptions } from "../pii";
import type { ModelUsage } from "./model";

/** A phrase in both languages (taken from src/messages by the caller). */
export type BilingualPhrase = { readonly ja: string; readonly en: string };

/**
 * The sentences the engine says when it does not answer from the FAQ. Core holds no UI text:
 * callers pass these from `src/messages/engine.ts`. Placeholders: `{department}`,
 * `{extension}`, `{contacts}`.
 */
export type EnginePhrases = {
  readonly transfer: BilingualPhrase;
  readonly transferNoDepartment: BilingualPhrase;
  readonly clarify: BilingualPhrase;
  readonly clarifyTooLong: BilingualPhrase;
  readonly emergency: BilingualPhrase;
};

export type AnswerOptions = {
  readonly triage?: TriageOptions;
  readonly mask?: MaskOptions;
  readonly speech?: SpeechOptions;
  /** FAQ entries put into the LLM prompt. @default 3 */
  readonly topK?: number;
  /** Longer input is cut to this many characters (reason `too_long`). @default 2000 */
  readonly maxInputChars?: number;
  /** 1-based turn in the session, for the turn limit. @default 1 */
  readonly turn?: number;
  readonly phrases?: EnginePhrases;
  /** Milliseconds clock for `meta.latencyMs` (core has no timers of its own). */
  readonly clock?: () => number;
};

export type EmergencyContact = { readonly name: string; readonly number: string };

/** Which model produced an answer, with which prompt, how fast. */
export type AnswerMeta = {
  readonly provider: string | null;
  readonly model: string | null;
  readonly promptVersion: string;
  readonly latencyMs: number | null;
  readonly usage: ModelUsage | null;
};

/**
 * One result line of `madoguchi answer` (DESIGN.md fields first, then extras).
 * `answer` and `speech` are plain text: insert as text, never as HTML.
 */
export type InquiryResult = {
  readonly input: string;
  readonly masked: string;
  readonly action: TriageAction;
  readonly department: string | null;
  readonly reasons: readonly ReasonCode[];
  readonly answer: string;
  readonly speech: string;
  readonly citations: readonly string[];
  readonly confidence: number;
  readonly mode: "offline" | "llm";
  readonly promptTokens: number;
  readonly reasonDetails: readonly TriageReason[];
  readonly language: DetectedLanguage;
  readonly extension: string | null;
  readonly emergencyContacts: readonly EmergencyContact[];
  readonly candidates: readonly FaqHit[];
  readonly meta: AnswerMeta;
  readonly fallback: { readonly reason: string } | null;
};
