import type { CsvRowError } from "../csv";
import { readCsvTable } from "../csv";
import { splitKeywords } from "./parse-faq-csv";
import type { Department } from "./types";

/** Columns of the departments CSV contract, in order. */
export const DEPARTMENTS_CSV_COLUMNS = ["name", "extension", "description", "keywords"] as const;

export type DepartmentsCsvResult = {
  readonly departments: readonly Department[];
  readonly errors: readonly CsvRowError[];
};

/**
 * Parses the departments CSV (`name,extension,description,keywords`). A row without a name or
 * with a repeated name is reported with its line and skipped.
 */
export function parseDepartmentsCsv(text: string): DepartmentsCsvResult {
  const table = readCsvTable(text, ["name"]);
  const errors: CsvRowError[] = [...table.errors];
  const departments: Department[] = [];
  const seen = new Set<string>();
  for (const { line, values } of table.records) {
    const name = values.name ?? "";
    if (!name) {
      errors.push({ line, code: "empty_required", detail: "name" });
      continue;
    }
    if (seen.has(name)) {
      errors.push({ line, code: "duplicate_id", detail: name });
      continue;
    }
    seen.add(name);
    departments.push({
      name,
      extension: values.extension ?? "",
      description: values.description ?? "",
      keywords: splitKeywords(values.keywords ?? ""),
    });
  }
  errors.sort((a, b) => a.line - b.line);
  return { departments, errors };
}
