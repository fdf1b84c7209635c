import type { FieldProperty, FieldValue } from "./record-state";

export type UserEntity = { code: string; name: string };

/** What every field control needs besides its own field. */
export type WidgetContext = {
  readonly mode: "view" | "edit";
  readonly users: readonly UserEntity[];
  readonly requestToken: string;
  readonly today: Date;
};

export type WidgetParams = {
  readonly property: FieldProperty;
  readonly field: FieldValue;
  readonly disabled: boolean;
  readonly context: WidgetContext;
  /** The value changed while typing: store it, fire nothing. */
  readonly onInput: (value: unknown) => void;
  /** The value was committed (blur, select, row added): store it and fire the change event. */
  readonly onCommit: (value: unknown) => void;
};

/** Options of a choice field in kintone's display order. */
export function listOptions(property: FieldProperty): string[] {
  const options = (property["options"] ?? {}) as Record<
    string,
    { label: string; index: string | number }
  >;
  return Object.values(options)
    .sort((a, b) => Number(a.index) - Number(b.index))
    .map((option) => option.label);
}

/** "2024-05-01T03:04:00Z" → "2024-05-01T12:04" in the browser's time zone (for datetime-local). */
export function toLocalDateTimeInput(value: unknown): string {
  if (typeof value !== "string" || value === "") return "";
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return "";
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The inverse of toLocalDateTimeInput: kintone's UTC whole-minute form, or "" when empty. */
export function fromLocalDateTimeInput(value: string): string {
  if (value === "") return "";
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return "";
  return `${date.toISOString().slice(0, 16)}:00Z`;
}
