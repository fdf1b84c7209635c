import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { CsvRowError } from "../../core";
import { parseDepartmentsCsv, parseFaqCsv } from "../../core";
import { KintoneClientError } from "../../errors";
import { formatBilingual } from "../../messages";
import type { AppKey } from "../apps";
import { MADOGUCHI_APPS } from "../apps";
import type { KintoneApi } from "../client/kintone-api";
import { importDepartments } from "../repositories/department-repository";
import { importFaqEntries } from "../repositories/faq-repository";
import type { ImportCounts } from "../repositories/sync-records";
import type { Progress } from "./apply-app";

/** The sample files setup imports by default (relative to the working directory). */
export const SAMPLE_FAQ_CSV = "samples/mynumber-faq.csv";
export const SAMPLE_DEPARTMENTS_CSV = "samples/departments.csv";

/** One import: counts plus the rows that were skipped, with their line numbers. */
export type CsvImportResult = ImportCounts & {
  readonly file: string;
  readonly errors: readonly CsvRowError[];
};

/** Reads a CSV as Excel may have saved it: UTF-8 (BOM or not), else Shift_JIS. */
export async function readCsvFile(cwd: string, file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(resolve(cwd, file));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new KintoneClientError(
      "kintone_config",
      formatBilingual("E_KT_FILE_READ", { file, detail }),
      { cause: error },
    );
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("shift_jis").decode(bytes);
  }
}

/** Imports an FAQ CSV into the FAQ app by FAQ id; malformed rows are skipped and reported. */
export async function importFaqCsv(
  api: KintoneApi,
  params: { appId: string; cwd: string; file: string },
): Promise<CsvImportResult> {
  const parsed = parseFaqCsv(await readCsvFile(params.cwd, params.file));
  const counts = await importFaqEntries(api, params.appId, parsed.entries);
  return { ...counts, skipped: parsed.errors.length, file: params.file, errors: parsed.errors };
}

/** Imports a departments CSV into the departments app by name. */
export async function importDepartmentsCsv(
  api: KintoneApi,
  params: { appId: string; cwd: string; file: string },
): Promise<CsvImportResult> {
  const parsed = parseDepartmentsCsv(await readCsvFile(params.cwd, params.file));
  const counts = await importDepartments(api, params.appId, parsed.departments);
  return { ...counts, skipped: parsed.errors.length, file: params.file, errors: parsed.errors };
}

/** Imports the FAQ and departments CSVs (the samples unless others are named), reporting progress. */
export async function importSampleFiles(
  api: KintoneApi,
  params: {
    apps: Readonly<Record<AppKey, string>>;
    cwd: string;
    faqCsv?: string;
    departmentsCsv?: string;
    progress: Progress;
  },
): Promise<CsvImportResult[]> {
  const imports: CsvImportResult[] = [];
  for (const [key, file, run] of [
    ["faq", params.faqCsv ?? SAMPLE_FAQ_CSV, importFaqCsv],
    ["departments", params.departmentsCsv ?? SAMPLE_DEPARTMENTS_CSV, importDepartmentsCsv],
  ] as const) {
    params.progress(formatBilingual("M_KT_IMPORTING", { file }));
    const result = await run(api, { appId: params.apps[key], cwd: params.cwd, file });
    for (const error of result.errors) {
      const detail = error.detail ? `${error.code} (${error.detail})` : error.code;
      params.progress(formatBilingual("E_KT_CSV_ROW", { file, line: error.line, detail }));
    }
    const { added, updated, unchanged, skipped } = result;
    const name = MADOGUCHI_APPS.find((app) => app.key === key)?.name ?? key;
    params.progress(formatBilingual("M_KT_IMPORTED", { name, added, updated, unchanged, skipped }));
    imports.push(result);
  }
  return imports;
}
