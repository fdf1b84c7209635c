import { CALL_LOG_FIELDS } from "../apps";
import type { KintoneApi } from "../client/kintone-api";
import { callKintone } from "../client/map-kintone-error";
import { upsertCallLogs } from "../repositories/call-log-repository";
import { loadDepartments } from "../repositories/department-repository";
import { loadFaqEntries } from "../repositories/faq-repository";
import { DEMO_CALL_PREFIX, buildDemoCalls } from "./demo-calls";
import { buildDemoConsultations } from "./demo-consultations";

/** What seeding wrote (0 and 0 when the demo data was there already). */
export type DemoSeedResult = {
  readonly callsWritten: number;
  readonly consultationsWritten: number;
  readonly existingCalls: number;
  readonly existingConsultations: number;
};

async function countRecords(api: KintoneApi, appId: string, query: string): Promise<number> {
  const result = await callKintone(api.baseUrl, () =>
    api.client.record.getRecords({
      app: appId,
      query: `${query} limit 1`,
      fields: ["$id"],
      totalCount: true,
    }),
  );
  return Number(result.totalCount ?? 0);
}

/**
 * Writes the fictional demo calls (engine over generated phrasings, from the FAQ and
 * departments now in kintone) and consultations, once: later runs find them and write nothing.
 */
export async function seedDemoData(
  api: KintoneApi,
  params: {
    apps: { faq: string; departments: string; callLog: string; consultations: string };
    now: Date;
    onProgress?: (step: "calls" | "consultations", count: number) => void;
  },
): Promise<DemoSeedResult> {
  const existingCalls = await countRecords(
    api,
    params.apps.callLog,
    `${CALL_LOG_FIELDS.callId} like "${DEMO_CALL_PREFIX}"`,
  );
  const existingConsultations = await countRecords(api, params.apps.consultations, "");
  let callsWritten = 0;
  let consultationsWritten = 0;
  if (existingCalls === 0) {
    const [entries, departments] = await Promise.all([
      loadFaqEntries(api, params.apps.faq),
      loadDepartments(api, params.apps.departments),
    ]);
    const calls = await buildDemoCalls({ entries, departments, now: params.now });
    params.onProgress?.("calls", calls.length);
    const written = await upsertCallLogs(api, params.apps.callLog, calls);
    callsWritten = written.added + written.updated;
  }
  if (existingConsultations === 0) {
    const records = buildDemoConsultations(params.now);
    params.onProgress?.("consultations", records.length);
    await callKintone(api.baseUrl, () =>
      api.client.record.addRecords({ app: params.apps.consultations, records }),
    );
    consultationsWritten = records.length;
  }
  return { callsWritten, consultationsWritten, existingCalls, existingConsultations };
}
