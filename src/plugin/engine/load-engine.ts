import type { Department, FaqEntry } from "../../core";
import { FaqIndex, splitKeywords } from "../../core";
import { FAQ_STATUS } from "../../kintone/apps";
import type { PluginConfig } from "../config";
import { fetchAllRecords, readText } from "../kintone/fetch-records";
import type { KintoneApi, KintoneRecordData } from "../kintone/kintone-global";

/** The engine's data for one page: the FAQ index built in the browser and the departments. */
export type PluginEngine = {
  readonly index: FaqIndex;
  readonly departments: readonly Department[];
  /** FAQ id (MN-001) → record id in the FAQ app, for citation links. */
  readonly recordIds: ReadonlyMap<string, string>;
  /** How long loading and indexing took (ms), for the "< 300 ms" budget. */
  readonly loadMs: number;
};

let cached: Promise<PluginEngine> | null = null;

/**
 * Loads the FAQ and departments apps and builds the index once per page load (later calls
 * share the same promise; a failure is not cached, so the next click retries).
 */
export function loadEngine(kintone: KintoneApi, config: PluginConfig): Promise<PluginEngine> {
  if (!cached) {
    cached = buildEngine(kintone, config).catch((error: unknown) => {
      cached = null;
      throw error;
    });
  }
  return cached;
}

/** Forgets the cached index (after the FAQ changed on this page). */
export function resetEngine(): void {
  cached = null;
}

async function buildEngine(kintone: KintoneApi, config: PluginConfig): Promise<PluginEngine> {
  const started = performance.now();
  const [faqRecords, departmentRecords] = await Promise.all([
    fetchAllRecords(kintone, { app: config.apps.faq }),
    config.apps.departments
      ? fetchAllRecords(kintone, { app: config.apps.departments })
      : Promise.resolve([]),
  ]);
  const recordIds = new Map<string, string>();
  const entries: FaqEntry[] = [];
  for (const record of faqRecords) {
    const entry = toFaqEntry(record, config);
    if (!entry) continue;
    entries.push(entry);
    recordIds.set(entry.id, readText(record, "$id"));
  }
  const departments = departmentRecords
    .map((record) => toDepartment(record, config))
    .filter((department): department is Department => department !== null);
  const index = FaqIndex.build(entries);
  return { index, departments, recordIds, loadMs: performance.now() - started };
}

/** An FAQ entry from a record with the configured field codes; unpublished entries are skipped. */
export function toFaqEntry(record: KintoneRecordData, config: PluginConfig): FaqEntry | null {
  const fields = config.faqFields;
  if (fields.status && readText(record, fields.status) === FAQ_STATUS.unpublished) return null;
  const id = readText(record, fields.id).trim() || `#${readText(record, "$id")}`;
  const question = readText(record, fields.question);
  const answer = readText(record, fields.answer);
  if (!question || !answer) return null;
  return {
    id,
    question,
    answer,
    category: readText(record, fields.category),
    department: readText(record, fields.department),
    keywords: splitKeywords(readText(record, fields.keywords)),
  };
}

function toDepartment(record: KintoneRecordData, config: PluginConfig): Department | null {
  const fields = config.departmentFields;
  const name = readText(record, fields.name).trim();
  if (!name) return null;
  return {
    name,
    extension: readText(record, fields.extension),
    description: readText(record, fields.description),
    keywords: splitKeywords(readText(record, fields.keywords)),
  };
}
