import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { SUMMARY_TEMPLATES } from "../../src/core";
import type { KintoneApi, SetupResult } from "../../src/kintone";
import {
  CALL_LOG_APP,
  MADOGUCHI_APPS,
  PLUGIN_PANEL_SPACER,
  createLocalServerHooks,
  runSetup,
  toConsultationFieldCode,
} from "../../src/kintone";
import { getPluginConfig, setPluginConfig } from "../../src/local-kintone/store";
import type { TestKintone } from "../helpers/local-kintone";
import { startTestKintone } from "../helpers/local-kintone";
import { openAdminApi } from "./kintone-test-api";
import { createWorkDir, writeFixturePlugin } from "./work-dir";

// Setup writes a few hundred records and packs a plugin; a busy 2-core machine needs time.
jest.setTimeout(120_000);

const NOW = new Date("2026-06-15T03:00:00Z");
let kintone: TestKintone;
let api: KintoneApi;
let work: { dir: string; remove(): void };
let first: SetupResult;

async function setUp(): Promise<SetupResult> {
  return runSetup({
    api,
    cwd: work.dir,
    demo: true,
    hooks: createLocalServerHooks(kintone.context),
    now: NOW,
  });
}

/** Every app's revision and record count, to compare two runs. */
async function snapshot(
  result: SetupResult,
): Promise<Record<string, { revision: string; records: string }>> {
  const entries = await Promise.all(
    Object.entries(result.apps).map(async ([key, appId]) => {
      const settings = await api.client.app.getAppSettings({ app: appId });
      const records = await api.client.record.getRecords({
        app: appId,
        query: "limit 1",
        totalCount: true,
      });
      return [key, { revision: settings.revision, records: records.totalCount ?? "" }] as const;
    }),
  );
  return Object.fromEntries(entries);
}

beforeAll(async () => {
  kintone = await startTestKintone();
  api = openAdminApi(kintone);
  work = createWorkDir({ plugin: true });
  first = await setUp();
});

afterAll(async () => {
  await kintone.close();
  work.remove();
});

describe("runSetup", () => {
  describe("creating the apps", () => {
    it("should create every app with the defined field codes and types, deployed", async () => {
      for (const definition of MADOGUCHI_APPS) {
        const { properties } = await api.client.app.getFormFields({
          app: first.apps[definition.key],
        });
        for (const field of definition.fields) {
          expect({ code: field.code, type: properties[field.code]?.type }).toEqual({
            code: field.code,
            type: field.type,
          });
        }
      }
    });

    it("should keep unique keys unique (FAQ id, department name, call id)", async () => {
      const faq = await api.client.app.getFormFields({ app: first.apps.faq });
      const calls = await api.client.app.getFormFields({ app: first.apps.callLog });
      expect(faq.properties["faq_id"]).toMatchObject({ unique: true, required: true });
      expect(calls.properties["call_id"]).toMatchObject({ unique: true });
    });

    it("should give the plugin a blank space in every app it runs in", async () => {
      for (const key of ["faq", "callLog", "consultations", "manuals"] as const) {
        const { layout } = await api.client.app.getFormLayout({ app: first.apps[key] });
        expect(JSON.stringify(layout)).toContain(`"elementId":"${PLUGIN_PANEL_SPACER}"`);
      }
    });

    it("should hold every consultation template's fields under distinct codes", async () => {
      const { properties } = await api.client.app.getFormFields({ app: first.apps.consultations });
      for (const template of SUMMARY_TEMPLATES) {
        for (const field of template.fields) {
          const code = toConsultationFieldCode(template.id, field.code);
          expect({ code, label: properties[code]?.label }).toEqual({
            code,
            label: expect.any(String),
          });
        }
      }
    });
  });

  describe("running it again", () => {
    it("should change nothing: same app revisions, same record counts, same plugin", async () => {
      const before = await snapshot(first);
      const second = await setUp();
      expect(second.changed).toBe(false);
      expect(second.apps).toEqual(first.apps);
      expect(second.deployed).toEqual([]);
      expect(second.plugin).toMatchObject({
        pluginId: first.plugin.pluginId,
        install: "unchanged",
      });
      expect(await snapshot(second)).toEqual(before);
    });

    it("should restore a changed field and keep a field the city added, redeploying only that app", async () => {
      const app = first.apps.faq;
      await api.client.app.updateFormFields({
        app,
        properties: { question: { type: "SINGLE_LINE_TEXT", label: "問い" } },
      });
      await api.client.app.addFormFields({
        app,
        properties: {
          city_memo: { type: "SINGLE_LINE_TEXT", code: "city_memo", label: "市のメモ" },
        },
      });
      await api.client.app.deployApp({ apps: [{ app }] });
      const again = await setUp();
      expect(again.deployed).toEqual([app]);
      expect(again.applied.find((entry) => entry.appId === app)).toMatchObject({
        added: 0,
        changed: 1,
      });
      const { properties } = await api.client.app.getFormFields({ app });
      expect(properties["question"]?.label).toBe("質問");
      expect(properties["city_memo"]?.label).toBe("市のメモ");
      const { layout } = await api.client.app.getFormLayout({ app });
      expect(JSON.stringify(layout)).toContain('"code":"city_memo"');
    });

    it("should update only what differs when the plugin changes", async () => {
      writeFixturePlugin(work.dir, "1.0.1");
      const third = await setUp();
      expect(third.plugin).toMatchObject({
        pluginId: first.plugin.pluginId,
        install: "updated",
        enabledIn: [],
      });
      expect(third.deployed).toEqual([]);
    });
  });

  describe("the plugin", () => {
    it("should be installed and enabled in the call-log, consultation, FAQ and manuals apps", async () => {
      const pluginId = first.plugin.pluginId;
      expect(pluginId).toMatch(/^[a-p]{32}$/);
      for (const key of ["callLog", "consultations", "faq", "manuals"] as const) {
        const { plugins } = await api.client.app.getPlugins({ app: first.apps[key] });
        expect(plugins.map((plugin) => plugin.id)).toContain(pluginId);
      }
      const departments = await api.client.app.getPlugins({ app: first.apps.departments });
      expect(departments.plugins).toEqual([]);
    });

    it("should give the plugin its settings for these apps, once", async () => {
      const pluginId = String(first.plugin.pluginId);
      const config = getPluginConfig(kintone.context, {
        appId: Number(first.apps.callLog),
        pluginId,
      });
      expect(JSON.stringify(config)).toContain(first.apps.faq);
      setPluginConfig(kintone.context, {
        appId: Number(first.apps.callLog),
        pluginId,
        config: { edited: "by staff" },
        deploy: true,
      });
      await setUp();
      expect(
        getPluginConfig(kintone.context, { appId: Number(first.apps.callLog), pluginId }),
      ).toEqual({
        edited: "by staff",
      });
    });

    it("should keep its private key and the setup state readable by the owner only", () => {
      for (const file of [".madoguchi/plugin.ppk", ".madoguchi/setup.json"]) {
        const path = join(work.dir, file);
        expect(existsSync(path)).toBe(true);
        expect(statSync(path).mode & 0o077).toBe(0);
      }
      const state = JSON.parse(readFileSync(join(work.dir, ".madoguchi/setup.json"), "utf8")) as {
        apps: Record<string, string>;
        plugin: { id: string };
      };
      expect(state.apps).toEqual(first.apps);
      expect(state.plugin.id).toBe(first.plugin.pluginId);
    });
  });

  describe("the samples", () => {
    it("should import every FAQ row and department", () => {
      const [faq, departments] = first.imports;
      expect(faq).toMatchObject({ unchanged: 0, updated: 0, skipped: 0 });
      expect(faq?.added).toBeGreaterThan(100);
      expect(departments?.added).toBeGreaterThan(5);
    });
  });

  describe("demo data", () => {
    it("should spread a few hundred calls over the last six weeks on all channels and outcomes", async () => {
      const records = await api.client.record.getAllRecords({ app: first.apps.callLog });
      expect(records.length).toBeGreaterThanOrEqual(200);
      const times = records.map((record) => Date.parse(String(record["started_at"]?.value)));
      expect(Math.min(...times)).toBeGreaterThanOrEqual(NOW.getTime() - 42 * 86_400_000);
      expect(Math.max(...times)).toBeLessThanOrEqual(NOW.getTime());
      const values = (code: string) =>
        new Set(records.map((record) => String(record[code]?.value)));
      expect(values("channel")).toEqual(new Set(["電話", "チャット", "窓口"]));
      expect(values("outcome")).toEqual(new Set(["AI完結", "職員対応", "転送"]));
      expect(values("action")).toEqual(expect.objectContaining(new Set(["回答", "転送"])));
    });

    it("should take actions, reasons and citations from the engine", async () => {
      const records = await api.client.record.getAllRecords({ app: first.apps.callLog });
      const transfers = records.filter((record) => record["action"]?.value === "転送");
      expect(transfers.length).toBeGreaterThan(10);
      for (const record of transfers) expect(record["reason_codes"]?.value).not.toBe("");
      const faq = await api.client.record.getAllRecords({
        app: first.apps.faq,
        fields: ["faq_id"],
      });
      const faqIds = new Set(faq.map((record) => String(record["faq_id"]?.value)));
      const answers = records.filter((record) => record["action"]?.value === "回答");
      expect(answers.length).toBeGreaterThan(100);
      for (const record of answers) {
        const cited = String(record["citations"]?.value).split(",");
        expect(cited.length).toBeGreaterThan(0);
        for (const id of cited) expect(faqIds).toContain(id);
      }
    });

    it("should log only masked words for phone and chat calls", async () => {
      const records = await api.client.record.getAllRecords({
        app: first.apps.callLog,
        condition: 'channel in ("電話", "チャット")',
      });
      for (const record of records) {
        const text = String(record["caller_text"]?.value);
        expect(text).toBe(record["masked_text"]?.value);
        expect(text).not.toMatch(/0[789]0-\d{4}-\d{4}/);
      }
    });

    it("should add consultations drafted into their template's fields", async () => {
      const records = await api.client.record.getAllRecords({ app: first.apps.consultations });
      expect(records.length).toBeGreaterThanOrEqual(3);
      const types = new Set(records.map((record) => record["template_type"]?.value));
      expect(types.size).toBe(SUMMARY_TEMPLATES.length);
      for (const record of records) {
        const prefix = { 空き家: "vh_", 母子保健: "mch_", 地域包括ケア: "cc_" }[
          String(record["template_type"]?.value)
        ];
        const filled = Object.entries(record).filter(
          ([code, field]) =>
            prefix &&
            code.startsWith(prefix) &&
            field.value !== "" &&
            JSON.stringify(field.value) !== "[]",
        );
        expect(filled.length).toBeGreaterThanOrEqual(3);
        expect(record["draft_status"]?.value).toBe("AI下書き");
      }
    });
  });

  describe("the call-log definition", () => {
    it("should not repeat a field code", () => {
      const codes = CALL_LOG_APP.fields.map((field) => field.code);
      expect(new Set(codes).size).toBe(codes.length);
    });
  });
});
