import { formatBilingual, formatMessage } from "../../messages";
import type { ManualIndexReport } from "./index-manual-records";

/** One bilingual progress line per record (the problem's own message for failures). */
export function formatIndexReport(report: ManualIndexReport): string {
  const params = {
    record: report.recordId,
    title: report.title || "-",
    file: report.file ?? "-",
    chunks: report.chunks ?? 0,
  };
  switch (report.status) {
    case "indexed":
      return formatBilingual("M_MANUALS_INDEXED_LINE", params);
    case "unchanged":
      return formatBilingual("M_MANUALS_UNCHANGED_LINE", params);
    case "no_file":
      return formatBilingual("M_MANUALS_NO_FILE_LINE", params);
    case "failed": {
      const line = (lang: "ja" | "en") => {
        const problem = report.problem;
        const reason = problem ? formatMessage(problem.code, lang, problem.params) : "";
        return formatMessage("M_MANUALS_FAILED_LINE", lang, { ...params, reason });
      };
      return `${line("ja")} / ${line("en")}`;
    }
  }
}

/** Counts per status, for the summary line. */
export function countIndexReports(reports: readonly ManualIndexReport[]) {
  const count = (status: ManualIndexReport["status"]) =>
    reports.filter((report) => report.status === status).length;
  return {
    indexed: count("indexed"),
    unchanged: count("unchanged"),
    noFile: count("no_file"),
    failed: count("failed"),
  };
}
