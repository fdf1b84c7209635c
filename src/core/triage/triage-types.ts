import type { Department, FaqEntry } from "../faq";
import type { TriageAction, TriageReason } from "./reason-codes";
import type { CrisisContact, CrisisKind } from "./crisis-lexicon";

export type TriageOptions = {
  /** Turns allowed per session before a person takes over. @default 5 */
  readonly maxTurns?: number;
  /** Where transfers go when nothing more specific is known. @default "市民課" */
  readonly defaultDepartment?: string;
  /** Where questions outside every department's keywords go. @default "総合案内" */
  readonly generalDepartment?: string;
  /** Below this retrieval confidence the engine does not answer. @default 0.1 */
  readonly answerThreshold?: number;
  /** Words that mark the desk's own topic. @default DEFAULT_DESK_TOPIC_TERMS */
  readonly deskTopicTerms?: readonly string[];
  /** The card's own services (公金受取口座, 電子証明書…). @default DEFAULT_DESK_SERVICE_TERMS */
  readonly deskServiceTerms?: readonly string[];
  /** Life events the desk's FAQ covers too (転入, 引越し…). @default DEFAULT_DESK_SHARED_TERMS */
  readonly deskSharedTerms?: readonly string[];
  /** The caller's situation, not a service (認知症, 入院…). @default DEFAULT_CIRCUMSTANCE_TERMS */
  readonly circumstanceTerms?: readonly string[];
  /** Department per blocked PII type (pension_number → 保険年金課). @default DEFAULT_PII_DEPARTMENTS */
  readonly piiDepartments?: Readonly<Record<string, string>>;
  /**
   * Whether the hand-over model (`handover-model.ts`) may send a call the rules would answer to a
   * person. @default true
   */
  readonly handoverModel?: boolean;
};

export type TriageParams = {
  /** The (masked) utterance; rules never need the personal information itself. */
  readonly text: string;
  readonly pii: { readonly blocked: boolean; readonly blockedTypes: readonly string[] };
  /** The best FAQ entry and the retrieval's confidence in it. */
  readonly retrieval: {
    readonly top: FaqEntry | null;
    readonly confidence: number;
    readonly coverage: number;
  };
  readonly departments: readonly Department[];
  /** 1-based turn number in the session. @default 1 */
  readonly turn?: number;
  readonly tooLong?: boolean;
  readonly options?: TriageOptions;
};

export type TriageResult = {
  readonly action: TriageAction;
  readonly department: string | null;
  readonly reasons: readonly TriageReason[];
  readonly crisis: {
    readonly kind: CrisisKind;
    readonly contacts: readonly CrisisContact[];
  } | null;
};
