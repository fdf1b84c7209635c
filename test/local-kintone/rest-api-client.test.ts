import { KintoneRestAPIClient, KintoneRestAPIError } from "@kintone/rest-api-client";
import { createApiToken } from "../../src/local-kintone/auth";
import type { TestKintone } from "../helpers/local-kintone";
import { startTestKintone } from "../helpers/local-kintone";
import { createInquiryApp } from "./app-fixture";

let kintone: TestKintone;
let client: KintoneRestAPIClient;
let app: string;

beforeAll(async () => {
  kintone = await startTestKintone();
  client = new KintoneRestAPIClient({ baseUrl: kintone.url, auth: kintone.admin });
  app = await createInquiryApp(client);
});

afterAll(async () => {
  await kintone.close();
});

async function catchError(promise: Promise<unknown>): Promise<KintoneRestAPIError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof KintoneRestAPIError) return error;
    throw error;
  }
  throw new Error("expected a KintoneRestAPIError");
}

describe("local kintone with @kintone/rest-api-client", () => {
  describe("apps and forms", () => {
    it("should create an app with fields and deploy it", async () => {
      const { properties } = await client.app.getFormFields({ app });
      expect(properties.title).toMatchObject({ type: "SINGLE_LINE_TEXT", required: true });
      expect(properties.steps).toMatchObject({ type: "SUBTABLE" });
      expect(properties["レコード番号"]).toMatchObject({ type: "RECORD_NUMBER" });
      const { layout } = await client.app.getFormLayout({ app });
      expect(layout.length).toBeGreaterThan(0);
      const info = await client.app.getApp({ id: app });
      expect(info).toMatchObject({ appId: app, name: "問い合わせ" });
    });

    it("should keep preview changes out of live until deployed", async () => {
      const { app: other } = await client.app.addApp({ name: "preview only" });
      await expect(client.app.getApp({ id: other })).rejects.toMatchObject({ code: "GAIA_AP01" });
      await client.app.addFormFields({
        app: other,
        properties: { note: { type: "SINGLE_LINE_TEXT", code: "note", label: "note" } },
      });
      const preview = await client.app.getFormFields({ app: other, preview: true });
      expect(preview.properties.note).toBeDefined();
      await client.app.deployApp({ apps: [{ app: other }] });
      const live = await client.app.getFormFields({ app: other });
      expect(live.properties.note).toBeDefined();
      await client.app.deleteFormFields({ app: other, fields: ["note"] });
      expect((await client.app.getFormFields({ app: other })).properties.note).toBeDefined();
      expect(
        (await client.app.getFormFields({ app: other, preview: true })).properties.note,
      ).toBeUndefined();
    });
  });

  describe("records", () => {
    it("should create, read, update and delete a record", async () => {
      const { id, revision } = await client.record.addRecord({
        app,
        record: {
          title: { value: "マイナンバーカードの受け取り" },
          minutes: { value: 12 },
          channel: { value: "電話" },
          tags: { value: ["マイナンバー"] },
          received: { value: "2026-04-01" },
          receivedAt: { value: "2026-04-01T09:30:00+09:00" },
          staff: { value: [{ code: "sato" }] },
          steps: { value: [{ value: { step: { value: "案内" }, stepMinutes: { value: "5" } } }] },
        },
      });
      expect(revision).toBe("1");
      const { record } = await client.record.getRecord({ app, id });
      expect(record.$id).toEqual({ type: "__ID__", value: id });
      expect(record.minutes).toEqual({ type: "NUMBER", value: "12" });
      expect(record.receivedAt?.value).toBe("2026-04-01T00:30:00Z");
      expect(record.staff?.value).toEqual([{ code: "sato", name: "佐藤 花子" }]);
      expect(record["作成者"]?.value).toEqual({ code: "Administrator", name: "Administrator" });
      const rows = record.steps?.value as unknown as {
        id: string;
        value: Record<string, { value: unknown }>;
      }[];
      expect(rows[0]?.id).toMatch(/^\d+$/);

      const updated = await client.record.updateRecord({
        app,
        id,
        revision: 1,
        record: {
          minutes: { value: "15" },
          steps: { value: [{ id: rows[0]?.id, value: { stepMinutes: { value: "7" } } }] },
        },
      });
      expect(updated.revision).toBe("2");
      const after = (await client.record.getRecord({ app, id })).record;
      expect(after.title?.value).toBe("マイナンバーカードの受け取り");
      const afterRows = after.steps?.value as unknown as {
        id: string;
        value: Record<string, { value: unknown }>;
      }[];
      expect(afterRows[0]).toEqual({
        id: rows[0]?.id,
        value: {
          step: { type: "SINGLE_LINE_TEXT", value: "案内" },
          stepMinutes: { type: "NUMBER", value: "7" },
        },
      });

      await client.record.deleteRecords({ app, ids: [id] });
      expect((await catchError(client.record.getRecord({ app, id }))).code).toBe("GAIA_RE01");
    });

    it("should surface a revision conflict as GAIA_CO02 and change nothing", async () => {
      const { id } = await client.record.addRecord({ app, record: { title: { value: "競合" } } });
      await client.record.updateRecord({ app, id, record: { title: { value: "先の更新" } } });
      const error = await catchError(
        client.record.updateRecord({
          app,
          id,
          revision: 1,
          record: { title: { value: "後の更新" } },
        }),
      );
      expect(error.code).toBe("GAIA_CO02");
      expect(error.status).toBe(409);
      expect((await client.record.getRecord({ app, id })).record.title?.value).toBe("先の更新");
    });

    it("should upsert by a unique update key", async () => {
      const inserted = await client.record.upsertRecord({
        app,
        updateKey: { field: "ticket", value: "T-100" },
        record: { title: { value: "新規" } },
      });
      const updated = await client.record.upsertRecord({
        app,
        updateKey: { field: "ticket", value: "T-100" },
        record: { title: { value: "更新" } },
      });
      expect(updated.id).toBe(inserted.id);
      expect(updated.revision).toBe("2");
      const bulk = await client.record.updateRecords({
        app,
        upsert: true,
        records: [
          {
            updateKey: { field: "ticket", value: "T-100" },
            record: { title: { value: "一括更新" } },
          },
          {
            updateKey: { field: "ticket", value: "T-101" },
            record: { title: { value: "一括新規" } },
          },
        ],
      });
      expect(
        bulk.records.map((entry) => ("operation" in entry ? entry.operation : undefined)),
      ).toEqual(["UPDATE", "INSERT"]);
    });

    it("should report validation errors with kintone's keys", async () => {
      const error = await catchError(
        client.record.addRecord({
          app,
          record: {
            minutes: { value: "abc" },
            channel: { value: "FAX" },
            tags: { value: ["不明"] },
          },
        }),
      );
      expect(error.code).toBe("CB_VA01");
      expect(error.status).toBe(400);
      expect(Object.keys(error.errors as object).sort()).toEqual(
        [
          "record.channel.value",
          "record.tags.values[0].value",
          "record.title.value",
          "record[minutes].value",
        ].sort(),
      );
      const duplicate = await catchError(
        client.record.addRecord({
          app,
          record: { title: { value: "x" }, ticket: { value: "T-100" } },
        }),
      );
      expect(duplicate.errors).toEqual({
        "record.ticket.value": { messages: ["値がほかのレコードと重複しています。"] },
      });
    });
  });

  describe("bulk operations", () => {
    let bulkApp: string;
    beforeAll(async () => {
      bulkApp = await createInquiryApp(client, "bulk");
    });

    it("should add 2,500 records and read them all back with and without orderBy", async () => {
      const records = Array.from({ length: 2500 }, (_, index) => ({
        title: { value: `問い合わせ ${index}` },
        minutes: { value: String(index % 60) },
      }));
      const { records: added } = await client.record.addAllRecords({ app: bulkApp, records });
      expect(added).toHaveLength(2500);
      const all = await client.record.getAllRecords({ app: bulkApp, fields: ["title"] });
      expect(all).toHaveLength(2500);
      const ordered = await client.record.getAllRecords({
        app: bulkApp,
        condition: "minutes >= 30",
        orderBy: "minutes desc",
        fields: ["minutes"],
      });
      expect(ordered).toHaveLength(
        records.filter((record) => Number(record.minutes?.value) >= 30).length,
      );
      expect(ordered[0]?.minutes?.value).toBe("59");
      expect(ordered.at(-1)?.minutes?.value).toBe("30");
      const count = await client.record.getRecords({
        app: bulkApp,
        query: 'title like "問い合わせ 24"',
        totalCount: true,
      });
      expect(count.totalCount).toBe("111");
    });

    it("should roll back a bulkRequest when one request fails", async () => {
      const before = await client.record.getRecords({
        app: bulkApp,
        totalCount: true,
        query: "limit 1",
      });
      const error = await catchError(
        client.bulkRequest({
          requests: [
            {
              method: "POST",
              api: "/k/v1/records.json",
              payload: { app: bulkApp, records: [{ title: { value: "ok" } }] },
            },
            {
              method: "POST",
              api: "/k/v1/record.json",
              payload: { app: bulkApp, record: { minutes: { value: "1" } } },
            },
          ],
        }),
      );
      expect(error.code).toBe("CB_VA01");
      expect(error.bulkRequestIndex).toBe(1);
      const after = await client.record.getRecords({
        app: bulkApp,
        totalCount: true,
        query: "limit 1",
      });
      expect(after.totalCount).toBe(before.totalCount);
    });
  });

  describe("files and comments", () => {
    it("should upload a file, attach it and download the same bytes by a new key", async () => {
      const data = Buffer.from("窓口の手引き\n".repeat(10));
      const { fileKey } = await client.file.uploadFile({ file: { name: "手引き.txt", data } });
      const { id } = await client.record.addRecord({
        app,
        record: { title: { value: "添付" }, attachment: { value: [{ fileKey }] } },
      });
      const { record } = await client.record.getRecord({ app, id });
      const [file] = record.attachment?.value as unknown as {
        fileKey: string;
        name: string;
        size: string;
      }[];
      expect(file?.name).toBe("手引き.txt");
      expect(file?.size).toBe(String(data.length));
      expect(file?.fileKey).not.toBe(fileKey);
      const downloaded = await client.file.downloadFile({ fileKey: file?.fileKey as string });
      expect(Buffer.from(downloaded)).toEqual(data);
    });

    it("should add, list and delete comments", async () => {
      const { id } = await client.record.addRecord({
        app,
        record: { title: { value: "コメント" } },
      });
      await client.record.addRecordComment({ app, record: id, comment: { text: "一件目" } });
      const { id: second } = await client.record.addRecordComment({
        app,
        record: id,
        comment: { text: "二件目", mentions: [{ code: "sato", type: "USER" }] },
      });
      const { comments } = await client.record.getRecordComments({ app, record: id });
      expect(comments.map((comment) => comment.text)).toEqual(["二件目", "一件目"]);
      await client.record.deleteRecordComment({ app, record: id, comment: second });
      expect((await client.record.getRecordComments({ app, record: id })).comments).toHaveLength(1);
      expect(
        (await catchError(client.record.deleteRecordComment({ app, record: id, comment: second })))
          .code,
      ).toBe("GAIA_RE02");
    });
  });

  describe("queries", () => {
    it.each([
      ["a syntax error", 'title = "unterminated', "CB_VA01"],
      ["an unknown field", 'nothing = "x"', "GAIA_IQ11"],
      ["an operator the type does not allow", 'channel = "電話"', "GAIA_IQ03"],
      ["= on a table field", 'step = "案内"', "GAIA_IQ07"],
      ["a limit over 500", "limit 501", "GAIA_QU01"],
      ["an offset over 10,000", "offset 10001", "GAIA_QU02"],
    ])("should reject %s", async (_name, query, code) => {
      const error = await catchError(client.record.getRecords({ app, query }));
      expect(error.code).toBe(code);
      expect(error.status).toBe(400);
    });
  });

  describe("authentication and permissions", () => {
    it("should answer 401 CB_AU01 without credentials", async () => {
      const response = await fetch(`${kintone.url}/k/v1/app.json?id=${app}`);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ code: "CB_AU01" });
    });

    it("should answer 401 CB_WA01 for a wrong password", async () => {
      const wrong = new KintoneRestAPIClient({
        baseUrl: kintone.url,
        auth: { username: kintone.admin.username, password: "wrong" },
      });
      const error = await catchError(wrong.app.getApp({ id: app }));
      expect([error.status, error.code]).toEqual([401, "CB_WA01"]);
    });

    it("should answer 403 CB_NO02 when an ordinary user changes app settings", async () => {
      const staff = new KintoneRestAPIClient({ baseUrl: kintone.url, auth: kintone.staff });
      await expect(staff.record.getRecords({ app })).resolves.toBeDefined();
      const error = await catchError(
        staff.app.addFormFields({
          app,
          properties: { x: { type: "SINGLE_LINE_TEXT", code: "x", label: "x" } },
        }),
      );
      expect([error.status, error.code]).toEqual([403, "CB_NO02"]);
    });

    it("should honour API token rights", async () => {
      const viewToken = createApiToken(kintone.context, Number(app), ["view"]);
      const viewer = new KintoneRestAPIClient({
        baseUrl: kintone.url,
        auth: { apiToken: viewToken },
      });
      await expect(viewer.record.getRecords({ app })).resolves.toBeDefined();
      const denied = await catchError(
        viewer.record.addRecord({ app, record: { title: { value: "x" } } }),
      );
      expect([denied.status, denied.code]).toEqual([403, "GAIA_NO01"]);
      const addToken = createApiToken(kintone.context, Number(app), ["add"]);
      const both = new KintoneRestAPIClient({
        baseUrl: kintone.url,
        auth: { apiToken: [viewToken, addToken] },
      });
      await expect(
        both.record.addRecord({ app, record: { title: { value: "トークン" } } }),
      ).resolves.toMatchObject({ revision: "1" });
      const unknown = new KintoneRestAPIClient({
        baseUrl: kintone.url,
        auth: { apiToken: "no-such-token" },
      });
      const bad = await catchError(unknown.record.getRecords({ app }));
      expect([bad.status, bad.code]).toEqual([400, "GAIA_IA02"]);
    });
  });
});
