import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { CsvRowError, Department, FaqEntry, VariantTable } from "../core";
import { parseDepartmentsCsv, parseFaqCsv, parseVariantsCsv } from "../core";
import { loadEngineDataFromKintone } from "../kintone";
import { formatBilingual } from "../messages";
import type { CliIo } from "./io";

/**
 * Decodes a CSV file as Excel may have saved it: UTF-8 (with or without BOM) when the bytes are
 * valid UTF-8, otherwise Shift_JIS.
 */
export function decodeTextFile(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("shift_jis").decode(bytes);
  }
}

/** Reads and decodes a file relative to the command's working directory. */
export async function readTextFile(io: CliIo, file: string): Promise<string> {
  return decodeTextFile(await readFile(resolve(io.cwd, file)));
}

/** Writes one bilingual line per bad CSV row to stderr (the good rows are used). */
export function reportCsvErrors(io: CliIo, file: string, errors: readonly CsvRowError[]): void {
  for (const error of errors) {
    const detail = error.detail ? `${error.code} (${error.detail})` : error.code;
    io.stderr.write(`${formatBilingual("E_ENGINE_CSV_ROW", { file, line: error.line, detail })}\n`);
  }
}

export type EngineData = {
  readonly entries: readonly FaqEntry[];
  readonly departments: readonly Department[];
  readonly variants: VariantTable;
};

/**
 * Loads the FAQ, departments and (optional) variant CSVs named on the command line.
 * @returns null after printing the reason when a file cannot be read or holds no FAQ
 */
export async function loadEngineData(
  io: CliIo,
  files: { faq: string; departments?: string; variants?: string },
): Promise<EngineData | null> {
  try {
    const faq = parseFaqCsv(await readTextFile(io, files.faq));
    reportCsvErrors(io, files.faq, faq.errors);
    if (faq.entries.length === 0) {
      io.stderr.write(`${formatBilingual("E_ENGINE_NO_FAQ", { file: files.faq })}\n`);
      return null;
    }
    let departments: readonly Department[] = [];
    if (files.departments) {
      const parsed = parseDepartmentsCsv(await readTextFile(io, files.departments));
      reportCsvErrors(io, files.departments, parsed.errors);
      departments = parsed.departments;
    }
    let variants: VariantTable = {};
    if (files.variants) {
      const parsed = parseVariantsCsv(await readTextFile(io, files.variants));
      reportCsvErrors(io, files.variants, parsed.errors);
      variants = parsed.variants;
    }
    return { entries: faq.entries, departments, variants };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr.write(`${formatBilingual("E_ENGINE_FILE_READ", { file: files.faq, detail })}\n`);
    return null;
  }
}

/**
 * Loads the FAQ and departments from the configured kintone's apps (`KINTONE_*` env; the local
 * server by default). @returns null after printing what to fix
 */
export async function loadEngineDataFromApps(io: CliIo): Promise<EngineData | null> {
  try {
    const data = await loadEngineDataFromKintone({ env: io.env, cwd: io.cwd });
    return { entries: data.entries, departments: data.departments, variants: {} };
  } catch (error) {
    io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    io.stderr.write(`${formatBilingual("E_KT_ANSWER_SOURCE_HINT")}\n`);
    return null;
  }
}
