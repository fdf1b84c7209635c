import type { ManualIndexReport } from "../../kintone";
import {
  countIndexReports,
  formatIndexReport,
  indexManualRecords,
  openKintone,
  readKintoneConnection,
  resolveAppId,
} from "../../kintone";
import { formatBilingual } from "../../messages";
import { parseCliOptions } from "../cli-options";
import type { CliCommand, CliIo } from "../io";

const OPTION_SPEC = {
  values: ["base-url", "username", "password", "app"],
  flags: ["force"],
} as const;

/** The JSON line written for each record. */
function toJsonLine(report: ManualIndexReport): string {
  return JSON.stringify({
    record: report.recordId,
    title: report.title,
    file: report.file,
    status: report.status,
    chunks: report.chunks,
    code: report.problem?.code ?? null,
    message: report.problem?.message ?? null,
  });
}

async function runDocsIndex(argv: string[], io: CliIo): Promise<number> {
  const options = parseCliOptions(argv, OPTION_SPEC);
  if (options.unknown.length > 0) {
    io.stderr.write(
      `${formatBilingual("E_CLI_BAD_OPTION", { detail: options.unknown.join(" ") })}\n`,
    );
    return 2;
  }
  let api;
  try {
    api = openKintone(
      readKintoneConnection(io.env, {
        baseUrl: options.values["base-url"],
        username: options.values.username,
        password: options.values.password,
      }),
    );
  } catch (error) {
    io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  try {
    const appId =
      options.values.app ?? (await resolveAppId(api, { key: "manuals", env: io.env, cwd: io.cwd }));
    const reports = await indexManualRecords(api, {
      appId,
      force: options.flags.has("force"),
      onRecord: (report) => {
        io.stdout.write(`${toJsonLine(report)}\n`);
        io.stderr.write(`${formatIndexReport(report)}\n`);
      },
    });
    const counts = countIndexReports(reports);
    io.stderr.write(`${formatBilingual("M_MANUALS_INDEX_SUMMARY", { appId, ...counts })}\n`);
    return counts.failed > 0 ? 1 : 0;
  } catch (error) {
    io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

/**
 * `madoguchi docs index [--force] [--app ID] [--base-url URL --username U --password P]`:
 * indexes the 資料 app's attachments that changed, one JSON line per record on stdout.
 * @returns 0 when every record is indexed or unchanged, 1 when a file could not be indexed or
 * kintone failed, 2 for bad options or configuration
 */
export const docsIndexCommand: CliCommand = {
  path: ["docs", "index"],
  summary: formatBilingual("M_MANUALS_INDEX_COMMAND_SUMMARY"),
  run: runDocsIndex,
};
