/** A kintone record as the REST API returns it: field code → `{type?, value}`. */
export type KintoneRecord = Readonly<
  Record<string, { readonly type?: string; readonly value: unknown }>
>;

/** A record to write: field code → `{value}`. */
export type RecordInput = Record<string, { value: unknown }>;

/** The text of a field ('' when missing or not text). */
export function readText(record: KintoneRecord, code: string): string {
  const value = record[code]?.value;
  return typeof value === "string" ? value : "";
}

/** The number in a NUMBER field, or null when empty. */
export function readNumber(record: KintoneRecord, code: string): number | null {
  const value = record[code]?.value;
  if (typeof value !== "string" || value.trim() === "") return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

/** The user codes in a USER_SELECT field. */
export function readUserCodes(record: KintoneRecord, code: string): string[] {
  const value = record[code]?.value;
  if (!Array.isArray(value)) return [];
  return value
    .map((entity: unknown) =>
      entity && typeof entity === "object" ? (entity as { code?: unknown }).code : undefined,
    )
    .filter((entityCode): entityCode is string => typeof entityCode === "string");
}

/** Splits a comma-separated text field (citations, reason codes). */
export function readList(record: KintoneRecord, code: string): string[] {
  return readText(record, code)
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/** Compares the fields of `input` with `record` as kintone would store them. */
export function isSameRecord(input: RecordInput, record: KintoneRecord): boolean {
  return Object.entries(input).every(([code, { value }]) => {
    const current = record[code]?.value;
    if (Array.isArray(value)) {
      const currentList = Array.isArray(current) ? current : [];
      const wanted = value.map((item: unknown) =>
        item && typeof item === "object" ? (item as { code?: unknown }).code : item,
      );
      const have = currentList.map((item: unknown) =>
        item && typeof item === "object" ? (item as { code?: unknown }).code : item,
      );
      return JSON.stringify(wanted) === JSON.stringify(have);
    }
    const normalized = value === null || value === undefined ? "" : String(value);
    const currentText = current === null || current === undefined ? "" : String(current);
    return normalized === currentText;
  });
}
