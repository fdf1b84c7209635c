/** How a record field is typed; each becomes a kintone field type in the consultation app. */
export type SummaryFieldType = "text" | "multiline" | "date" | "choice" | "multichoice" | "number";

/** One field of a consultation-record form. */
export type SummaryField = {
  /** kintone field code (ASCII, stable: records and the app are keyed by it). */
  readonly code: string;
  /** The label on the office's form, in Japanese. */
  readonly label: string;
  readonly type: SummaryFieldType;
  /** Required fields must be filled by the draft (or by staff before saving). */
  readonly required: boolean;
  /** What belongs in the field; shown to staff and given to the model. */
  readonly description: string;
  /** The allowed values of `choice` and `multichoice` fields, in form order. */
  readonly options?: readonly string[];
  /** Unit of a `number` field, e.g. 歳, 週. */
  readonly unit?: string;
};

export type SummaryTemplateId = "vacant_house" | "maternal_child_health" | "community_care";

/** A consultation-record form: the fields a summary draft fills. */
export type SummaryTemplate = {
  readonly id: SummaryTemplateId;
  /** Japanese name of the form, e.g. 空き家相談記録. */
  readonly name: string;
  /** Short names staff type, e.g. 空き家 (also accepted by `madoguchi summarize --template`). */
  readonly aliases: readonly string[];
  /** Department that keeps the records (a name from the departments table). */
  readonly department: string;
  readonly fields: readonly SummaryField[];
};

/** A draft record: field code → value (`null` when the transcript does not say). */
export type SummaryRecord = Readonly<Record<string, string | number | readonly string[] | null>>;
