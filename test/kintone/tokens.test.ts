import type { KintoneApi, SetupResult } from "../../src/kintone";
import { createLocalServerHooks, joinTokens, runSetup, upsertCallLog } from "../../src/kintone";
import type { TestKintone } from "../helpers/local-kintone";
import { startTestKintone } from "../helpers/local-kintone";
import { openAdminApi, openTokenApi } from "./kintone-test-api";
import { createWorkDir } from "./work-dir";

jest.setTimeout(60_000);

let kintone: TestKintone;
let admin: KintoneApi;
let work: { dir: string; remove(): void };
let setup: SetupResult;

beforeAll(async () => {
  kintone = await startTestKintone();
  admin = openAdminApi(kintone);
  work = createWorkDir();
  setup = await runSetup({
    api: admin,
    cwd: work.dir,
    plugin: false,
    hooks: createLocalServerHooks(kintone.context),
  });
});

afterAll(async () => {
  await kintone.close();
  work.remove();
});

function gatewayApi(): KintoneApi {
  return openTokenApi(kintone, joinTokens(setup.tokens?.tokens.gateway).split(","));
}

describe("API tokens from setup", () => {
  describe("the gateway's tokens", () => {
    it("should read the FAQ and departments", async () => {
      const api = gatewayApi();
      const faq = await api.client.record.getRecords({ app: setup.apps.faq, query: "limit 1" });
      const departments = await api.client.record.getRecords({
        app: setup.apps.departments,
        query: "limit 1",
      });
      expect(faq.records).toHaveLength(1);
      expect(departments.records).toHaveLength(1);
    });

    it("should add and update a call log by call id", async () => {
      const api = gatewayApi();
      const entry = {
        callId: "tok-1",
        startedAt: "2026-06-01T01:00:00Z",
        channel: "phone" as const,
        durationSec: 30,
      };
      const id = await upsertCallLog(api, setup.apps.callLog, entry);
      const again = await upsertCallLog(api, setup.apps.callLog, { ...entry, durationSec: 45 });
      expect(again).toBe(id);
    });

    it("should not delete call logs", async () => {
      const api = gatewayApi();
      const { records } = await admin.client.record.getRecords({
        app: setup.apps.callLog,
        query: "limit 1",
      });
      const id = String(records[0]?.["$id"]?.value);
      await expect(
        api.client.record.deleteRecords({ app: setup.apps.callLog, ids: [id] }),
      ).rejects.toMatchObject({
        status: 403,
      });
    });

    it("should not read consultations, manuals, or change the FAQ", async () => {
      const api = gatewayApi();
      for (const app of [setup.apps.consultations, setup.apps.manuals]) {
        await expect(api.client.record.getRecords({ app })).rejects.toMatchObject({
          status: expect.any(Number),
        });
      }
      await expect(
        api.client.record.addRecord({ app: setup.apps.faq, record: { faq_id: { value: "X-1" } } }),
      ).rejects.toMatchObject({ status: 403 });
    });
  });

  describe("the CLI's tokens", () => {
    it("should read the FAQ but not write call logs", async () => {
      const api = openTokenApi(kintone, joinTokens(setup.tokens?.tokens.cli).split(","));
      const faq = await api.client.record.getRecords({ app: setup.apps.faq, query: "limit 1" });
      expect(faq.records).toHaveLength(1);
      await expect(
        upsertCallLog(api, setup.apps.callLog, {
          callId: "cli-1",
          startedAt: "2026-06-01T01:00:00Z",
          channel: "chat",
        }),
      ).rejects.toMatchObject({ code: expect.stringMatching(/^kintone_/) });
    });
  });

  describe("a second setup", () => {
    it("should keep the tokens it issued", async () => {
      const again = await runSetup({
        api: admin,
        cwd: work.dir,
        plugin: false,
        hooks: createLocalServerHooks(kintone.context),
      });
      expect(again.tokens?.issued).toEqual([]);
      expect(again.tokens?.tokens).toEqual(setup.tokens?.tokens);
    });
  });
});
