import { KintoneRestAPIClient } from "@kintone/rest-api-client";
import { SESSION_COOKIE_NAME, createSession } from "../../src/local-kintone/auth";
import type { TestKintone } from "../helpers/local-kintone";
import { startTestKintone } from "../helpers/local-kintone";
import { createInquiryApp } from "./app-fixture";

let kintone: TestKintone;
let client: KintoneRestAPIClient;
let app: string;
let passwordHeader: Record<string, string>;

beforeAll(async () => {
  kintone = await startTestKintone();
  client = new KintoneRestAPIClient({ baseUrl: kintone.url, auth: kintone.admin });
  app = await createInquiryApp(client);
  passwordHeader = {
    "X-Cybozu-Authorization": Buffer.from(
      `${kintone.admin.username}:${kintone.admin.password}`,
    ).toString("base64"),
  };
  await client.record.addRecords({
    app,
    records: ["一", "二", "三"].map((title, index) => ({
      title: { value: title },
      minutes: { value: String(index) },
    })),
  });
});

afterAll(async () => {
  await kintone.close();
});

async function call(
  method: string,
  path: string,
  options: { body?: string; headers?: Record<string, string> } = {},
) {
  const response = await fetch(`${kintone.url}${path}`, {
    method,
    body: options.body,
    headers: { ...passwordHeader, "Content-Type": "application/json", ...options.headers },
  });
  return {
    status: response.status,
    type: response.headers.get("content-type"),
    body: (await response.json()) as Record<string, unknown>,
  };
}

async function countRecords(): Promise<string | null> {
  return (await client.record.getRecords({ app, totalCount: true, query: "limit 1" })).totalCount;
}

describe("local kintone REST behaviour", () => {
  describe("request parsing", () => {
    it("should answer malformed JSON with 400 CB_IJ01 and change nothing", async () => {
      const before = await countRecords();
      const result = await call("POST", "/k/v1/record.json", {
        body: `{"app": ${app}, "record": {`,
      });
      expect(result.status).toBe(400);
      expect(result.type).toContain("application/json");
      expect(result.body).toMatchObject({ code: "CB_IJ01" });
      expect(result.body.id).toEqual(expect.any(String));
      expect(await countRecords()).toBe(before);
    });

    it("should read indexed-bracket, empty-bracket and repeated array parameters", async () => {
      for (const query of [
        "fields%5B0%5D=title&fields%5B1%5D=%24id",
        "fields[]=title&fields[]=$id",
        "fields=title&fields=$id",
      ]) {
        const result = await call("GET", `/k/v1/records.json?app=${app}&${query}`);
        const records = result.body.records as Record<string, unknown>[];
        expect(Object.keys(records[0] ?? {}).sort()).toEqual(["$id", "title"]);
      }
    });

    it("should treat POST with X-HTTP-Method-Override: GET as a GET with a JSON body", async () => {
      const result = await call("POST", "/k/v1/records.json", {
        headers: { "X-HTTP-Method-Override": "GET" },
        body: JSON.stringify({ app, query: 'title in ("二")', totalCount: true }),
      });
      expect(result.status).toBe(200);
      expect(result.body.totalCount).toBe("1");
    });

    it("should accept DELETE parameters in a JSON body and ignore __REQUEST_TOKEN__", async () => {
      const { id } = await client.record.addRecord({ app, record: { title: { value: "消す" } } });
      const result = await call("DELETE", "/k/v1/records.json", {
        body: JSON.stringify({ app, ids: [id], __REQUEST_TOKEN__: "ignored" }),
      });
      expect(result).toMatchObject({ status: 200, body: {} });
    });

    it("should return IDs, revisions and counts as strings and totalCount null unless asked", async () => {
      const result = await call("GET", `/k/v1/records.json?app=${app}`);
      expect(result.body.totalCount).toBeNull();
      const first = (result.body.records as Record<string, { value: unknown }>[])[0];
      expect(typeof first?.$id?.value).toBe("string");
      expect(typeof first?.$revision?.value).toBe("string");
    });

    it("should order by $id descending by default", async () => {
      const { records } = await client.record.getRecords({ app, fields: ["$id"] });
      const ids = records.map((record) => Number(record.$id?.value));
      expect(ids).toEqual([...ids].sort((a, b) => b - a));
    });
  });

  describe("errors", () => {
    it.each([
      ["an unknown app", `/k/v1/records.json?app=999`, 404, "GAIA_AP01"],
      ["an unknown record", `/k/v1/record.json?app=APP&id=999`, 404, "GAIA_RE01"],
      ["a missing id", `/k/v1/record.json?app=APP`, 400, "CB_VA01"],
      ["an unknown file", `/k/v1/file.json?fileKey=nope`, 404, "GAIA_BL01"],
      ["an unknown API", `/k/v1/nothing.json`, 404, "CB_NF01"],
    ])("should answer %s with kintone's code", async (_name, path, status, code) => {
      const result = await call("GET", path.replace("APP", app));
      expect([result.status, result.body.code]).toEqual([status, code]);
    });

    it("should answer in English when the request prefers it", async () => {
      const result = await call("GET", `/k/v1/record.json?app=${app}&id=999`, {
        headers: { "Accept-Language": "en-US,en;q=0.9" },
      });
      expect(result.body.message).toBe("The specified record (ID: 999) is not found.");
      const japanese = await call("GET", `/k/v1/record.json?app=${app}&id=999`, {
        headers: { "Accept-Language": "*" },
      });
      expect(japanese.body.message).toBe("指定したレコード（id: 999）が見つかりません。");
    });

    it("should answer an internal failure with a 500 JSON error and keep serving", async () => {
      const { app: broken } = await client.app.addApp({ name: "broken" });
      kintone.context.db.prepare("UPDATE apps SET live = '{' WHERE id = ?").run(Number(broken));
      // The server logs the unexpected error; keep the test output readable.
      const log = jest.spyOn(console, "error").mockImplementation(() => undefined);
      const result = await call("GET", `/k/v1/app.json?id=${broken}`);
      expect(log).toHaveBeenCalledTimes(1);
      log.mockRestore();
      expect(result.status).toBe(500);
      expect(result.body.code).toEqual(expect.any(String));
      expect((await call("GET", `/k/v1/app.json?id=${app}`)).status).toBe(200);
    });

    it.each([
      ["no boundary", "multipart/form-data", "garbage"],
      [
        "a truncated part",
        "multipart/form-data; boundary=xx",
        '--xx\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nhello',
      ],
      [
        "no file part",
        "multipart/form-data; boundary=xx",
        '--xx\r\nContent-Disposition: form-data; name="other"\r\n\r\nv\r\n--xx--\r\n',
      ],
    ])(
      "should answer an upload with %s with 400 CB_VA01 and keep serving",
      async (_name, contentType, body) => {
        const response = await fetch(`${kintone.url}/k/v1/file.json`, {
          method: "POST",
          headers: { ...passwordHeader, "Content-Type": contentType },
          body,
        });
        expect(response.status).toBe(400);
        expect(await response.json()).toMatchObject({ code: "CB_VA01" });
        expect((await call("GET", `/k/v1/app.json?id=${app}`)).status).toBe(200);
      },
    );

    it("should refuse more than 100 records in one write", async () => {
      const records = Array.from({ length: 101 }, () => ({ title: { value: "x" } }));
      const result = await call("POST", "/k/v1/records.json", {
        body: JSON.stringify({ app, records }),
      });
      expect([result.status, result.body.code]).toEqual([400, "CB_VA01"]);
    });
  });

  describe("cursors", () => {
    it("should page through a cursor, delete it at the end and limit open cursors to 10", async () => {
      const { id, totalCount } = await client.record.createCursor({
        app,
        size: 2,
        query: "order by minutes asc",
      });
      expect(totalCount).toBe("3");
      const first = await client.record.getRecordsByCursor({ id });
      expect([first.records.length, first.next]).toEqual([2, true]);
      const second = await client.record.getRecordsByCursor({ id });
      expect([second.records.length, second.next]).toEqual([1, false]);
      await expect(client.record.getRecordsByCursor({ id })).rejects.toMatchObject({
        code: "GAIA_CU01",
      });

      const open = await Promise.all(
        Array.from({ length: 10 }, () => client.record.createCursor({ app })),
      );
      await expect(client.record.createCursor({ app })).rejects.toMatchObject({
        code: "GAIA_TM12",
        status: 429,
      });
      await Promise.all(open.map((cursor) => client.record.deleteCursor({ id: cursor.id })));
    });
  });

  describe("browser sessions", () => {
    it("should accept a session cookie and require the request token for writes", async () => {
      const session = createSession(kintone.context, "sato");
      const headers = {
        Cookie: `${SESSION_COOKIE_NAME}=${session.sessionId}`,
        "X-Requested-With": "XMLHttpRequest",
        "Content-Type": "application/json",
      };
      const read = await fetch(`${kintone.url}/k/v1/records.json?app=${app}`, { headers });
      expect(read.status).toBe(200);
      const body = (token: string) =>
        JSON.stringify({
          app,
          record: { title: { value: "セッション" } },
          __REQUEST_TOKEN__: token,
        });
      const denied = await fetch(`${kintone.url}/k/v1/record.json`, {
        method: "POST",
        headers,
        body: body("wrong"),
      });
      expect(denied.status).toBe(400);
      const created = await fetch(`${kintone.url}/k/v1/record.json`, {
        method: "POST",
        headers,
        body: body(session.requestToken),
      });
      expect(created.status).toBe(200);
      const { id } = (await created.json()) as { id: string };
      const { record } = await client.record.getRecord({ app, id });
      expect(record["作成者"]?.value).toEqual({ code: "sato", name: "佐藤 花子" });
    });
  });

  describe("guest space paths", () => {
    it("should serve record APIs under /k/guest/{id}/v1 and not the system plugin APIs", async () => {
      expect((await call("GET", `/k/guest/1/v1/records.json?app=${app}`)).status).toBe(200);
      expect((await call("GET", "/k/guest/1/v1/plugins.json")).status).toBe(404);
    });
  });
  describe("record semantics", () => {
    it("should apply defaults only to absent keys on create, ignore unknown codes and replace table rows on update", async () => {
      const { app: other } = await client.app.addApp({ name: "defaults" });
      await client.app.addFormFields({
        app: other,
        properties: {
          status: { type: "SINGLE_LINE_TEXT", code: "status", label: "状態", defaultValue: "受付" },
          day: { type: "DATE", code: "day", label: "日", defaultNowValue: true },
          rows: {
            type: "SUBTABLE",
            code: "rows",
            label: "行",
            fields: { note: { type: "SINGLE_LINE_TEXT", code: "note", label: "メモ" } },
          },
        },
      });
      await client.app.deployApp({ apps: [{ app: other }] });
      const { id } = await client.record.addRecord({
        app: other,
        record: {
          nothing: { value: "ignored" },
          rows: {
            value: [{ value: { note: { value: "a" } } }, { value: { note: { value: "b" } } }],
          },
        },
      });
      const { record } = await client.record.getRecord({ app: other, id });
      expect(record.status?.value).toBe("受付");
      expect(record.day?.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(record.nothing).toBeUndefined();
      const explicit = await client.record.addRecord({
        app: other,
        record: { status: { value: "" } },
      });
      expect(
        (await client.record.getRecord({ app: other, id: explicit.id })).record.status?.value,
      ).toBe("");

      const rows = record.rows?.value as unknown as { id: string }[];
      await client.record.updateRecord({
        app: other,
        id,
        record: {
          rows: { value: [{ id: rows[1]?.id, value: {} }, { value: { note: { value: "c" } } }] },
        },
      });
      const after = (await client.record.getRecord({ app: other, id })).record.rows
        ?.value as unknown as { id: string; value: { note: { value: string } } }[];
      expect(after.map((row) => row.value.note.value)).toEqual(["b", "c"]);
      expect(after[0]?.id).toBe(rows[1]?.id);
      expect(after[1]?.id).not.toBe(rows[0]?.id);
    });
  });
});
