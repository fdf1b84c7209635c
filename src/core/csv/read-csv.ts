/** One data row of a CSV file with the 1-based line number where it starts. */
export type CsvRow = {
  readonly line: number;
  readonly fields: readonly string[];
};

/** Stable codes for what can be wrong with a CSV row; messages live in src/messages. */
export type CsvErrorCode =
  | "unterminated_quote"
  | "stray_quote"
  | "missing_header"
  | "missing_column"
  | "wrong_field_count"
  | "empty_required"
  | "duplicate_id";

/** A problem found in one row (or the header); the other rows still load. */
export type CsvRowError = {
  readonly line: number;
  readonly code: CsvErrorCode;
  readonly detail: string;
};

export type CsvReadResult = {
  readonly rows: readonly CsvRow[];
  readonly errors: readonly CsvRowError[];
};

const BOM = "\uFEFF";

/**
 * Reads RFC 4180 CSV text (quoted fields, doubled quotes, CRLF or LF, optional BOM) into rows.
 *
 * Never throws: a row with a stray or unterminated quote becomes an error with its line number
 * and reading resumes at the next line, so one bad row cannot hide the rest of a staff-edited file.
 * Blank lines are skipped.
 */
export function readCsv(text: string): CsvReadResult {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  const errors: CsvRowError[] = [];
  let position = 0;
  let line = 1;
  while (position < source.length) {
    const parsed = readRecord(source, position, line);
    if (parsed.error) {
      errors.push({ line, code: parsed.error, detail: "" });
    } else if (!(parsed.fields.length === 1 && parsed.fields[0] === "")) {
      rows.push({ line, fields: parsed.fields });
    }
    position = parsed.next;
    line = parsed.nextLine;
  }
  return { rows, errors };
}

type RecordParse = {
  readonly fields: string[];
  readonly next: number;
  readonly nextLine: number;
  readonly error: CsvErrorCode | null;
};

function readRecord(source: string, start: number, startLine: number): RecordParse {
  const fields: string[] = [];
  let field = "";
  let position = start;
  let line = startLine;
  let quoted = false;
  let fieldStarted = false;
  while (position < source.length) {
    const char = source[position];
    if (quoted) {
      if (char === '"') {
        if (source[position + 1] === '"') {
          field += '"';
          position += 2;
          continue;
        }
        quoted = false;
        position += 1;
        const after = source[position];
        if (after !== undefined && after !== "," && after !== "\r" && after !== "\n") {
          return skipToLineEnd(source, position, line, "stray_quote");
        }
        continue;
      }
      if (char === "\n") line += 1;
      field += char;
      position += 1;
      continue;
    }
    if (char === '"') {
      if (fieldStarted && field.length > 0) {
        return skipToLineEnd(source, position, line, "stray_quote");
      }
      quoted = true;
      fieldStarted = true;
      position += 1;
      continue;
    }
    if (char === ",") {
      fields.push(field);
      field = "";
      fieldStarted = false;
      position += 1;
      continue;
    }
    if (char === "\r" || char === "\n") {
      fields.push(field);
      const next = char === "\r" && source[position + 1] === "\n" ? position + 2 : position + 1;
      return { fields, next, nextLine: line + 1, error: null };
    }
    field += char;
    fieldStarted = true;
    position += 1;
  }
  if (quoted) {
    // The quote never closed: report it and restart right after the line where the row began,
    // so the rows that the runaway quote swallowed are still read.
    const lineEnd = findLineEnd(source, start);
    return { fields: [], next: lineEnd.next, nextLine: startLine + 1, error: "unterminated_quote" };
  }
  fields.push(field);
  return { fields, next: position, nextLine: line + 1, error: null };
}

function skipToLineEnd(
  source: string,
  position: number,
  line: number,
  error: CsvErrorCode,
): RecordParse {
  const lineEnd = findLineEnd(source, position);
  return { fields: [], next: lineEnd.next, nextLine: line + 1, error };
}

function findLineEnd(source: string, from: number): { next: number } {
  const newline = source.indexOf("\n", from);
  return { next: newline === -1 ? source.length : newline + 1 };
}
