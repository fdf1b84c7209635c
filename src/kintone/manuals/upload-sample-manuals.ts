import { readFile } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { MANUAL_FIELDS } from "../apps";
import type { KintoneApi } from "../client/kintone-api";
import type { ImportCounts } from "../repositories/sync-records";
import {
  listManualRecords,
  uploadAttachment,
  writeManualRecord,
} from "../repositories/manuals-repository";
import type { DocumentExtractor } from "./index-manual-records";
import { loadDocsIngest } from "./load-docs-ingest";

/** The sample corpus setup --demo puts into the 資料 app (relative to the working directory). */
export const SAMPLE_MANUALS_DIR = "samples/manuals";

/** What the fictional city's sample manuals are filed under. */
const SAMPLE_CATEGORY = "生活保護";
const SAMPLE_DEPARTMENT = "保護課";

async function readTitle(extract: DocumentExtractor, doc: string, bytes: Uint8Array) {
  try {
    return (await extract({ doc, bytes })).document.title;
  } catch {
    return doc; // an unreadable file is still uploaded; indexing reports why
  }
}

/**
 * Makes the 資料 app hold the sample manuals, one record per file, found again by the attached
 * file's name: missing ones are added (titled from the document), a file whose size changed
 * is replaced, the rest are left alone, so a second run writes nothing.
 */
export async function uploadSampleManuals(
  api: KintoneApi,
  params: { appId: string; cwd: string; extract: DocumentExtractor; dir?: string },
): Promise<Omit<ImportCounts, "skipped">> {
  const dir = resolve(params.cwd, params.dir ?? SAMPLE_MANUALS_DIR);
  const files = await loadDocsIngest().listManualFiles(dir);
  const existing = new Map(
    (await listManualRecords(api, params.appId))
      .filter((record) => record.file !== null)
      .map((record) => [record.file?.name ?? "", record]),
  );
  const counts = { added: 0, updated: 0, unchanged: 0 };
  for (const file of files) {
    const name = basename(file);
    const bytes = new Uint8Array(await readFile(join(dir, file)));
    const current = existing.get(name);
    if (current && current.file?.size === bytes.length) {
      counts.unchanged += 1;
      continue;
    }
    const uploadKey = await uploadAttachment(api, { name, data: bytes });
    const fileValue = { [MANUAL_FIELDS.file]: { value: [{ fileKey: uploadKey }] } };
    if (current) {
      await writeManualRecord(api, {
        appId: params.appId,
        recordId: current.id,
        fields: fileValue,
      });
      counts.updated += 1;
      continue;
    }
    await writeManualRecord(api, {
      appId: params.appId,
      fields: {
        ...fileValue,
        [MANUAL_FIELDS.title]: { value: await readTitle(params.extract, name, bytes) },
        [MANUAL_FIELDS.category]: { value: SAMPLE_CATEGORY },
        [MANUAL_FIELDS.department]: { value: SAMPLE_DEPARTMENT },
      },
    });
    counts.added += 1;
  }
  return counts;
}
