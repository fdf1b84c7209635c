/** kintone field types madoguchi's apps use. */
export type FieldType =
  | "SINGLE_LINE_TEXT"
  | "MULTI_LINE_TEXT"
  | "NUMBER"
  | "RADIO_BUTTON"
  | "CHECK_BOX"
  | "DROP_DOWN"
  | "DATE"
  | "DATETIME"
  | "FILE"
  | "USER_SELECT"
  | "LINK"
  | "GROUP";

/**
 * One field of an app, in kintone's field-property vocabulary. `options` is written as a list
 * (form order) and becomes kintone's `{label: {label, index}}` object when applied.
 */
export type FieldDefinition = {
  readonly code: string;
  readonly type: FieldType;
  readonly label: string;
  readonly required?: boolean;
  readonly unique?: boolean;
  readonly options?: readonly string[];
  /** A string, or a list of option labels for CHECK_BOX. */
  readonly defaultValue?: string | readonly string[];
  /** DATE / DATETIME: default to today / now. */
  readonly defaultNowValue?: boolean;
  /** NUMBER: unit shown after the value, e.g. 秒. */
  readonly unit?: string;
  readonly minValue?: string;
  readonly maxValue?: string;
  /** NUMBER: decimal places shown. */
  readonly displayScale?: string;
  /** GROUP: open by default. */
  readonly openGroup?: boolean;
  /** Shown under the label (kintone's field help text is not in the REST API; kept for docs). */
  readonly description?: string;
};

/** A layout item in a row: a field code, a blank space the plugin mounts into, or a label. */
export type LayoutItem = string | { readonly spacer: string } | { readonly label: string };

/** A layout block: a row of items, or a GROUP field holding rows. */
export type LayoutBlock =
  | { readonly row: readonly LayoutItem[] }
  | { readonly group: string; readonly rows: readonly (readonly LayoutItem[])[] };

/** What an API token may do in one app (kintone's API token settings). */
export type TokenRight = "view" | "add" | "edit" | "delete" | "manage";

/** Keys by which code and docs name madoguchi's apps. */
export type AppKey = "faq" | "departments" | "callLog" | "consultations" | "manuals";

/** One kintone app as code: what `madoguchi setup` creates and keeps in shape. */
export type AppDefinition = {
  readonly key: AppKey;
  /** The app's name in kintone (Japanese). setup finds existing apps by this name. */
  readonly name: string;
  /** The app code (kintone's app settings), used where the server supports it. */
  readonly code: string;
  readonly description: string;
  readonly fields: readonly FieldDefinition[];
  readonly layout: readonly LayoutBlock[];
};

/** The element id of the blank space every madoguchi app gives the plugin for its panel. */
export const PLUGIN_PANEL_SPACER = "madoguchi_panel";
