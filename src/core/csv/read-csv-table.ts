import type { CsvRowError } from "./read-csv";
import { readCsv } from "./read-csv";

/** A data row keyed by header name. */
export type CsvRecord = {
  readonly line: number;
  readonly values: Readonly<Record<string, string>>;
};

export type CsvTableResult = {
  readonly records: readonly CsvRecord[];
  readonly errors: readonly CsvRowError[];
};

/**
 * Reads CSV text whose first row is a header and checks that every `required` column exists.
 *
 * Header names are trimmed and compared case-insensitively; extra columns are kept. A row with
 * fewer fields than the header is reported (`wrong_field_count`) and skipped; a row with more
 * fields keeps the known ones, since Excel often appends empty trailing cells.
 */
export function readCsvTable(text: string, required: readonly string[]): CsvTableResult {
  const { rows, errors } = readCsv(text);
  const header = rows[0];
  if (!header) {
    return { records: [], errors: [...errors, { line: 1, code: "missing_header", detail: "" }] };
  }
  const names = header.fields.map((name) => name.trim().toLowerCase());
  const missing = required.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    const error: CsvRowError = {
      line: header.line,
      code: "missing_column",
      detail: missing.join(","),
    };
    return { records: [], errors: [...errors, error] };
  }
  const records: CsvRecord[] = [];
  const rowErrors: CsvRowError[] = [...errors];
  for (const row of rows.slice(1)) {
    if (
      row.fields.length < names.length &&
      !isTrailingOptional(row.fields.length, names, required)
    ) {
      rowErrors.push({
        line: row.line,
        code: "wrong_field_count",
        detail: `${row.fields.length}/${names.length}`,
      });
      continue;
    }
    const values: Record<string, string> = {};
    names.forEach((name, index) => {
      values[name] = (row.fields[index] ?? "").trim();
    });
    records.push({ line: row.line, values });
  }
  rowErrors.sort((a, b) => a.line - b.line);
  return { records, errors: rowErrors };
}

/** A short row is fine when only optional columns at the end are missing. */
function isTrailingOptional(count: number, names: readonly string[], required: readonly string[]) {
  return names.slice(count).every((name) => !required.includes(name));
}
