import type { Department, FaqEntry } from "../core";
import { KintoneClientError } from "../errors";
import { formatBilingual } from "../messages";
import type { ConnectionOverrides } from "./client/kintone-connection";
import { readKintoneConnection } from "./client/kintone-connection";
import { openKintone } from "./client/kintone-api";
import { resolveAppId } from "./client/resolve-app-id";
import type { DepartmentDirectoryEntry } from "./records/department-record";
import { loadDepartments } from "./repositories/department-repository";
import { loadFaqEntries } from "./repositories/faq-repository";

/** The engine's data as read from the kintone apps. */
export type KintoneEngineData = {
  readonly entries: readonly FaqEntry[];
  readonly departments: readonly Department[];
  /** Departments with their transfer phone numbers (for the phone gateway). */
  readonly directory: readonly DepartmentDirectoryEntry[];
  readonly appIds: { readonly faq: string; readonly departments: string };
};

/**
 * Loads the published FAQ entries and the departments from the configured kintone
 * (`KINTONE_*` env; the local server by default). Throws KintoneClientError or ConfigError
 * with a bilingual message saying what to fix, also when the FAQ app has no entries.
 */
export async function loadEngineDataFromKintone(params: {
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  overrides?: ConnectionOverrides;
}): Promise<KintoneEngineData> {
  const api = openKintone(readKintoneConnection(params.env, params.overrides));
  // Both looked up at once; when both are missing, the FAQ app's error is reported, every time
  // (Promise.all would report whichever lookup failed first).
  const [faqLookup, departmentsLookup] = await Promise.allSettled([
    resolveAppId(api, { key: "faq", env: params.env, cwd: params.cwd }),
    resolveAppId(api, { key: "departments", env: params.env, cwd: params.cwd }),
  ]);
  if (faqLookup.status === "rejected") throw faqLookup.reason;
  if (departmentsLookup.status === "rejected") throw departmentsLookup.reason;
  const faqApp = faqLookup.value;
  const departmentsApp = departmentsLookup.value;
  const [entries, directory] = await Promise.all([
    loadFaqEntries(api, faqApp),
    loadDepartments(api, departmentsApp),
  ]);
  if (entries.length === 0) {
    throw new KintoneClientError(
      "kintone_app_not_found",
      formatBilingual("E_KT_NO_FAQ", { appId: faqApp }),
    );
  }
  const departments = directory.map(({ transferNumber: _unused, ...department }) => department);
  return { entries, departments, directory, appIds: { faq: faqApp, departments: departmentsApp } };
}
