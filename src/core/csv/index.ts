export type { CsvRow, CsvRowError, CsvErrorCode, CsvReadResult } from "./read-csv";
export { readCsv } from "./read-csv";
export type { CsvRecord, CsvTableResult } from "./read-csv-table";
export { readCsvTable } from "./read-csv-table";
