export type { FaqEntry, Department } from "./types";
export type { FaqCsvResult } from "./parse-faq-csv";
export { parseFaqCsv, splitKeywords, FAQ_CSV_COLUMNS } from "./parse-faq-csv";
export type { DepartmentsCsvResult } from "./parse-departments-csv";
export { parseDepartmentsCsv, DEPARTMENTS_CSV_COLUMNS } from "./parse-departments-csv";
