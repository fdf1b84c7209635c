import type { CueHit } from "./cues";

/** Kinds of personal information madoguchi recognizes (snake_case, stable). */
export type PiiType =
  | "my_number"
  | "phone"
  | "email"
  | "postal_code"
  | "address"
  | "birth_date"
  | "bank_account"
  | "postal_account"
  | "credit_card"
  | "health_insurance"
  | "pension_number"
  | "drivers_license"
  | "passport"
  | "residence_card"
  | "resident_code"
  | "secret"
  | "person_name";

/**
 * `block`: the call must go to a person (My Number, ID documents, bank and card numbers,
 * secrets); `mask`: mask with a placeholder and continue.
 */
export type PiiClass = "block" | "mask";

/** One piece of personal information found in a text. */
export type PiiEntity = {
  readonly type: PiiType;
  readonly class: PiiClass;
  /** Offsets into the ORIGINAL text (UTF-16 code units, end exclusive). */
  readonly start: number;
  readonly end: number;
  /** The typed, numbered placeholder that replaced it, e.g. `［氏名1］`. */
  readonly placeholder: string;
  /** 0–1; how sure the recognizer is. */
  readonly score: number;
  /** Which rule and cue matched (never the raw value). */
  readonly evidence: string;
};

export type MaskOptions = {
  /** Numbers (or e-mail addresses) the city publishes: never masked. @default [] */
  readonly publicNumbers?: readonly string[];
  /** Surnames to recognize in addition to the built-in list. @default [] */
  readonly extraSurnames?: readonly string[];
};

export type MaskResult = {
  readonly masked: string;
  readonly entities: readonly PiiEntity[];
  /** True when any block-class entity was found: hand the call to a person. */
  readonly blocked: boolean;
};

/** The class of each type. */
export const PII_CLASS: Readonly<Record<PiiType, PiiClass>> = {
  my_number: "block",
  phone: "mask",
  email: "mask",
  postal_code: "mask",
  address: "mask",
  birth_date: "mask",
  bank_account: "block",
  postal_account: "block",
  credit_card: "block",
  health_insurance: "block",
  pension_number: "block",
  drivers_license: "block",
  passport: "block",
  residence_card: "block",
  resident_code: "block",
  secret: "block",
  person_name: "mask",
};

/** Japanese label of each type, used in placeholders (［電話番号1］). */
export const PII_LABEL_JA: Readonly<Record<PiiType, string>> = {
  my_number: "個人番号",
  phone: "電話番号",
  email: "メールアドレス",
  postal_code: "郵便番号",
  address: "住所",
  birth_date: "生年月日",
  bank_account: "口座番号",
  postal_account: "ゆうちょ口座",
  credit_card: "カード番号",
  health_insurance: "保険証番号",
  pension_number: "基礎年金番号",
  drivers_license: "免許証番号",
  passport: "旅券番号",
  residence_card: "在留カード番号",
  resident_code: "住民票コード",
  secret: "暗証番号",
  person_name: "氏名",
};

/** A recognizer's finding on the normalized text, before mapping and placeholders. */
export type Candidate = {
  readonly type: PiiType;
  /** Offsets into the normalized text. */
  readonly start: number;
  readonly end: number;
  readonly score: number;
  readonly evidence: string;
  /** What makes two findings "the same value" (digits only, name without spaces). */
  readonly key: string;
};

/** What every recognizer receives. */
export type RecognizerInput = {
  /** The normalized text. */
  readonly text: string;
  /** Context words of the normalized text (computed once per text). */
  readonly cues: readonly CueHit[];
  /** Digit strings (and lower-cased e-mails) the city publishes. */
  readonly publicValues: ReadonlySet<string>;
  readonly extraSurnames: readonly string[];
  /** Positions of the normalized text's spaces that stand for a line break of the original. */
  readonly lineBreaks?: readonly number[];
};

export type Recognizer = (input: RecognizerInput) => Candidate[];
