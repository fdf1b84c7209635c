import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { formatBilingual } from "../../messages";
import type { KintoneApi } from "../client/kintone-api";
import type { ImportCounts } from "../repositories/sync-records";
import type { Progress } from "../setup/apply-app";
import { countIndexReports, formatIndexReport } from "./format-index-report";
import type { DocumentExtractor, ManualIndexReport } from "./index-manual-records";
import { indexManualRecords } from "./index-manual-records";
import { extractWithDocsIngest } from "./load-docs-ingest";
import { SAMPLE_MANUALS_DIR, uploadSampleManuals } from "./upload-sample-manuals";

export type ManualsSetupResult = {
  /** The sample corpus upload (`--demo` only). */
  readonly samples: Omit<ImportCounts, "skipped"> | null;
  readonly reports: readonly ManualIndexReport[];
};

/**
 * Setup's manuals step: with `demo`, puts the sample corpus into the 資料 app; then indexes
 * the app's manuals exactly as `madoguchi docs index` does (changed files only).
 */
export async function setUpManuals(
  api: KintoneApi,
  params: {
    appId: string;
    cwd: string;
    demo: boolean;
    extract?: DocumentExtractor;
    now?: Date;
    progress: Progress;
  },
): Promise<ManualsSetupResult> {
  const extract = params.extract ?? extractWithDocsIngest;
  let samples: ManualsSetupResult["samples"] = null;
  // Without the sample folder (setup run elsewhere) the demo has no manuals; nothing fails.
  if (params.demo && !existsSync(resolve(params.cwd, SAMPLE_MANUALS_DIR))) {
    params.progress(formatBilingual("M_MANUALS_SAMPLES_MISSING", { dir: SAMPLE_MANUALS_DIR }));
  } else if (params.demo) {
    samples = await uploadSampleManuals(api, { appId: params.appId, cwd: params.cwd, extract });
    params.progress(formatBilingual("M_MANUALS_SAMPLES", { dir: SAMPLE_MANUALS_DIR, ...samples }));
  }
  const reports = await indexManualRecords(api, {
    appId: params.appId,
    extract,
    ...(params.now ? { now: params.now } : {}),
    onRecord: (report) => {
      if (report.status !== "unchanged") params.progress(formatIndexReport(report));
    },
  });
  params.progress(
    formatBilingual("M_MANUALS_INDEX_SUMMARY", {
      appId: params.appId,
      ...countIndexReports(reports),
    }),
  );
  return { samples, reports };
}
