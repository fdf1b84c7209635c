import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { CallLogEntry, KintoneApi, SetupResult } from "../../src/kintone";
import {
  importDepartments,
  importFaqCsv,
  importFaqEntries,
  listCallLogs,
  loadDepartments,
  loadFaqEntries,
  runSetup,
  upsertCallLogs,
} from "../../src/kintone";
import type { TestKintone } from "../helpers/local-kintone";
import { startTestKintone } from "../helpers/local-kintone";
import { openAdminApi } from "./kintone-test-api";
import { createWorkDir } from "./work-dir";

jest.setTimeout(60_000);

let kintone: TestKintone;
let api: KintoneApi;
let work: { dir: string; remove(): void };
let setup: SetupResult;

beforeAll(async () => {
  kintone = await startTestKintone();
  api = openAdminApi(kintone);
  work = createWorkDir();
  writeFileSync(join(work.dir, "empty.csv"), "id,question,answer,category,department,keywords\n");
  writeFileSync(join(work.dir, "empty-departments.csv"), "name,extension,description,keywords\n");
  setup = await runSetup({
    api,
    cwd: work.dir,
    plugin: false,
    faqCsv: "empty.csv",
    departmentsCsv: "empty-departments.csv",
  });
});

afterAll(async () => {
  await kintone.close();
  work.remove();
});

describe("kintone repositories", () => {
  describe("FAQ", () => {
    const entries = [
      {
        id: "T-002",
        question: "住所が変わったら？",
        answer: "14日以内に届け出てください。",
        category: "手続",
        department: "市民課",
        keywords: ["住所変更", "転居"],
      },
      {
        id: "T-001",
        question: "カードの有効期限は？",
        answer: "発行から10回目の誕生日までです。",
        category: "制度",
        department: "市民課",
        keywords: [],
      },
    ];

    it("should round-trip entries and return them in id order", async () => {
      expect(await importFaqEntries(api, setup.apps.faq, entries)).toEqual({
        added: 2,
        updated: 0,
        unchanged: 0,
        skipped: 0,
      });
      expect(await loadFaqEntries(api, setup.apps.faq)).toEqual([entries[1], entries[0]]);
    });

    it("should update only changed entries on a re-import", async () => {
      const changed = [
        { ...entries[0]!, answer: "14日以内に市民課へ届け出てください。" },
        entries[1]!,
      ];
      expect(await importFaqEntries(api, setup.apps.faq, changed)).toEqual({
        added: 0,
        updated: 1,
        unchanged: 1,
        skipped: 0,
      });
    });

    it("should leave out entries staff set to 非公開", async () => {
      await api.client.record.updateRecord({
        app: setup.apps.faq,
        updateKey: { field: "faq_id", value: "T-001" },
        record: { status: { value: "非公開" } },
      });
      expect((await loadFaqEntries(api, setup.apps.faq)).map((entry) => entry.id)).toEqual([
        "T-002",
      ]);
    });
  });

  describe("FAQ CSV import", () => {
    it("should report a malformed row with its line number and import the rest", async () => {
      const csv = [
        "id,question,answer,category,department,keywords",
        "C-001,質問1,回答1,制度,市民課,a;b",
        'C-002,"質問2 ',
        '改行あり",,制度,市民課,',
        "C-003,質問3,回答3,制度,市民課,",
        "C-001,重複,回答,制度,市民課,",
      ].join("\r\n");
      writeFileSync(join(work.dir, "bad.csv"), csv);
      const result = await importFaqCsv(api, {
        appId: setup.apps.faq,
        cwd: work.dir,
        file: "bad.csv",
      });
      expect(result).toMatchObject({ added: 2, skipped: 2 });
      expect(result.errors.map((error) => [error.line, error.code])).toEqual([
        [3, "empty_required"],
        [6, "duplicate_id"],
      ]);
      const ids = (await loadFaqEntries(api, setup.apps.faq)).map((entry) => entry.id);
      expect(ids).toEqual(expect.arrayContaining(["C-001", "C-003"]));
      expect(ids).not.toContain("C-002");
    });

    it("should read a Shift_JIS file as Excel saves it", async () => {
      const sjis = Buffer.from(
        "69642c7175657374696f6e2c616e737765722c63617465676f72792c6465706172746d656e742c6b6579776f7264730d0a" +
          "532d3030312c8ebf96e22c89f1939a2c2c2c0d0a",
        "hex",
      );
      writeFileSync(join(work.dir, "sjis.csv"), sjis);
      await importFaqCsv(api, { appId: setup.apps.faq, cwd: work.dir, file: "sjis.csv" });
      const entry = (await loadFaqEntries(api, setup.apps.faq)).find((item) => item.id === "S-001");
      expect(entry).toMatchObject({ question: "質問", answer: "回答" });
    });
  });

  describe("departments", () => {
    it("should round-trip departments and keep the transfer number staff entered", async () => {
      const departments = [
        {
          name: "市民課",
          extension: "1101",
          description: "マイナンバーカード",
          keywords: ["カード"],
        },
      ];
      await importDepartments(api, setup.apps.departments, departments);
      await api.client.record.updateRecord({
        app: setup.apps.departments,
        updateKey: { field: "name", value: "市民課" },
        record: { transfer_number: { value: "+81300000000" } },
      });
      expect(await importDepartments(api, setup.apps.departments, departments)).toMatchObject({
        unchanged: 1,
      });
      expect(await loadDepartments(api, setup.apps.departments)).toEqual([
        { ...departments[0], transferNumber: "+81300000000" },
      ]);
    });
  });

  describe("call logs", () => {
    const call: CallLogEntry = {
      callId: "CA-1",
      startedAt: "2026-06-01T09:30:00.123Z",
      channel: "phone",
      callerText: "［氏名1］です。カードの暗証番号を忘れました",
      maskedText: "［氏名1］です。カードの暗証番号を忘れました",
      aiDraft: "暗証番号の再設定は市民課の窓口でできます。",
      citations: ["MN-040", "MN-041"],
      citationText: "MN-040: 暗証番号を忘れたら？",
      action: "transfer",
      department: "市民課",
      reasons: ["pii", "personal_status"],
      confidence: 0.56,
      mode: "offline",
      model: null,
      promptVersion: "answer-v1",
      latencyMs: 12,
      outcome: "transfer",
      handledBy: "sato",
      durationSec: 75,
      turns: 2,
      rating: "good",
      notes: "",
    };

    it("should round-trip an entry", async () => {
      expect(await upsertCallLogs(api, setup.apps.callLog, [call])).toEqual({
        added: 1,
        updated: 0,
      });
      const [stored] = await listCallLogs(api, setup.apps.callLog);
      expect(stored).toEqual({
        ...call,
        startedAt: "2026-06-01T09:30:00Z",
        recordId: expect.any(String),
        revision: expect.any(String),
      });
    });

    it("should write a repeated call id once, updating the record", async () => {
      expect(await upsertCallLogs(api, setup.apps.callLog, [{ ...call, durationSec: 90 }])).toEqual(
        { added: 0, updated: 1 },
      );
      const logs = await listCallLogs(api, setup.apps.callLog);
      expect(logs.filter((log) => log.callId === "CA-1").map((log) => log.durationSec)).toEqual([
        90,
      ]);
    });

    it("should store reason labels in Japanese next to the codes", async () => {
      const { records } = await api.client.record.getRecords({
        app: setup.apps.callLog,
        query: 'call_id = "CA-1"',
      });
      expect(records[0]?.["reasons"]?.value).toBe("個人情報を含む、個別の状況確認");
      expect(records[0]?.["action"]?.value).toBe("転送");
    });

    it("should list only calls since a time", async () => {
      await upsertCallLogs(api, setup.apps.callLog, [
        { ...call, callId: "CA-0", startedAt: "2026-05-01T00:00:00Z" },
      ]);
      const recent = await listCallLogs(api, setup.apps.callLog, { since: "2026-05-15T00:00:00Z" });
      expect(recent.map((log) => log.callId)).toEqual(["CA-1"]);
    });
  });
});
