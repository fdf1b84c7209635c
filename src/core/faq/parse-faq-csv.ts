import type { CsvRowError } from "../csv";
import { readCsvTable } from "../csv";
import type { FaqEntry } from "./types";

/** Columns of the FAQ CSV contract, in order. */
export const FAQ_CSV_COLUMNS = [
  "id",
  "question",
  "answer",
  "category",
  "department",
  "keywords",
] as const;

const FAQ_REQUIRED = ["id", "question", "answer"] as const;

export type FaqCsvResult = {
  readonly entries: readonly FaqEntry[];
  readonly errors: readonly CsvRowError[];
};

/**
 * Parses the FAQ CSV (`id,question,answer,category,department,keywords`, keywords `;`-separated).
 * Rows with an empty required field or a repeated id are reported with their line and skipped;
 * the first occurrence of an id wins.
 */
export function parseFaqCsv(text: string): FaqCsvResult {
  const table = readCsvTable(text, FAQ_REQUIRED);
  const errors: CsvRowError[] = [...table.errors];
  const entries: FaqEntry[] = [];
  const seen = new Set<string>();
  for (const { line, values } of table.records) {
    const empty = FAQ_REQUIRED.filter((column) => !values[column]);
    if (empty.length > 0) {
      errors.push({ line, code: "empty_required", detail: empty.join(",") });
      continue;
    }
    const id = values.id ?? "";
    if (seen.has(id)) {
      errors.push({ line, code: "duplicate_id", detail: id });
      continue;
    }
    seen.add(id);
    entries.push({
      id,
      question: values.question ?? "",
      answer: values.answer ?? "",
      category: values.category ?? "",
      department: values.department ?? "",
      keywords: splitKeywords(values.keywords ?? ""),
    });
  }
  errors.sort((a, b) => a.line - b.line);
  return { entries, errors };
}

/** Splits a `;`-separated keyword cell (full-width ； and 、 too, as staff type them). */
export function splitKeywords(cell: string): string[] {
  return cell
    .split(/[;；、]/)
    .map((keyword) => keyword.trim())
    .filter((keyword) => keyword.length > 0);
}
