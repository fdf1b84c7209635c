import { KintoneRestAPIClient } from "@kintone/rest-api-client";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApiToken } from "../../src/local-kintone/auth";
import type { TestKintone } from "../helpers/local-kintone";
import { startTestKintone } from "../helpers/local-kintone";
import { createToolEnv, runNodeTool } from "../helpers/run-tool";
import type { ToolResult } from "../helpers/run-tool";

const FIELDS = {
  title: { type: "SINGLE_LINE_TEXT", code: "title", label: "件名", required: true },
  ticket: { type: "SINGLE_LINE_TEXT", code: "ticket", label: "受付番号", unique: true },
  minutes: { type: "NUMBER", code: "minutes", label: "対応時間" },
  tags: {
    type: "CHECK_BOX",
    code: "tags",
    label: "分類",
    options: { 税: { label: "税", index: "0" }, 住民票: { label: "住民票", index: "1" } },
  },
  steps: {
    type: "SUBTABLE",
    code: "steps",
    label: "対応履歴",
    fields: { step: { type: "SINGLE_LINE_TEXT", code: "step", label: "内容" } },
  },
};

// Official tools run as child processes; on a busy 2-core machine they need more than the default.
jest.setTimeout(120_000);

let kintone: TestKintone;
let client: KintoneRestAPIClient;
let workDir: string;

async function createApp(name: string): Promise<string> {
  const { app } = await client.app.addApp({ name });
  await client.app.addFormFields({ app, properties: FIELDS as never });
  await client.app.deployApp({ apps: [{ app }] });
  return app;
}

function runCli(args: string[], auth?: Record<string, string>): Promise<ToolResult> {
  const env = createToolEnv({
    KINTONE_BASE_URL: kintone.url,
    ...(auth ?? {
      KINTONE_USERNAME: kintone.admin.username,
      KINTONE_PASSWORD: kintone.admin.password,
    }),
  });
  return runNodeTool("@kintone/cli/cli.js", args, { env, cwd: workDir });
}

beforeAll(async () => {
  kintone = await startTestKintone();
  client = new KintoneRestAPIClient({ baseUrl: kintone.url, auth: kintone.admin });
  workDir = mkdtempSync(join(tmpdir(), "madoguchi-cli-kintone-"));
});

afterAll(async () => {
  await kintone.close();
  rmSync(workDir, { recursive: true, force: true });
});

describe("local kintone with cli-kintone", () => {
  describe("record export and import", () => {
    it("should round-trip records through CSV, subtables and quoting included", async () => {
      const source = await createApp("export source");
      await client.record.addRecords({
        app: source,
        records: [
          {
            title: { value: "転入届" },
            ticket: { value: "A-1" },
            minutes: { value: "12" },
            tags: { value: ["住民票", "税"] },
            steps: {
              value: [
                { value: { step: { value: "受付" } } },
                { value: { step: { value: "確認" } } },
              ],
            },
          },
          { title: { value: 'カンマ, と "引用符"' }, ticket: { value: "A-2" } },
        ],
      });
      const exported = await runCli(["record", "export", "--app", source]);
      expect(exported.code).toBe(0);
      expect(exported.stdout.split("\n")[0]).toContain(
        '"title","ticket","minutes","tags","steps","step"',
      );
      writeFileSync(join(workDir, "records.csv"), exported.stdout);

      const target = await createApp("import target");
      const imported = await runCli([
        "record",
        "import",
        "--app",
        target,
        "--file-path",
        "records.csv",
      ]);
      expect(imported.code).toBe(0);
      expect(imported.stderr).toContain("Imported 2 records successfully");
      const records = await client.record.getAllRecords({ app: target, orderBy: "ticket asc" });
      expect(records.map((record) => record.title?.value)).toEqual([
        "転入届",
        'カンマ, と "引用符"',
      ]);
      expect(records[0]?.tags?.value).toEqual(["住民票", "税"]);
      expect(
        (records[0]?.steps?.value as unknown as { value: { step: { value: string } } }[]).map(
          (row) => row.value.step.value,
        ),
      ).toEqual(["受付", "確認"]);

      const sorted = await runCli([
        "record",
        "export",
        "--app",
        source,
        "--order-by",
        "minutes desc",
        "--fields",
        "title,minutes",
      ]);
      expect(sorted.code).toBe(0);
      expect(sorted.stdout.trim().split("\n")).toHaveLength(3);
    });

    it("should update existing records by --update-key", async () => {
      const app = await createApp("update key");
      await client.record.addRecord({
        app,
        record: { title: { value: "旧" }, ticket: { value: "U-1" } },
      });
      writeFileSync(join(workDir, "update.csv"), '"title","ticket"\n"新","U-1"\n"追加","U-2"\n');
      const result = await runCli([
        "record",
        "import",
        "--app",
        app,
        "--file-path",
        "update.csv",
        "--update-key",
        "ticket",
      ]);
      expect(result.code).toBe(0);
      const records = await client.record.getAllRecords({ app, orderBy: "ticket asc" });
      expect(records.map((record) => [record.ticket?.value, record.title?.value])).toEqual([
        ["U-1", "新"],
        ["U-2", "追加"],
      ]);
    });

    it("should report a failing row and store nothing", async () => {
      const app = await createApp("failing import");
      writeFileSync(
        join(workDir, "bad.csv"),
        '"title","minutes"\n"正しい行","5"\n"数値でない","たくさん"\n',
      );
      const result = await runCli(["record", "import", "--app", app, "--file-path", "bad.csv"]);
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain("Imported 0 of 2 records successfully");
      expect(result.stderr).toContain("数字でなければなりません。");
      const { totalCount } = await client.record.getRecords({ app, totalCount: true });
      expect(totalCount).toBe("0");
    });
    it("should export and import attachments through --attachments-dir", async () => {
      const properties = {
        title: { type: "SINGLE_LINE_TEXT", code: "title", label: "件名" },
        file: { type: "FILE", code: "file", label: "添付" },
      };
      const apps: string[] = [];
      for (const name of ["with files", "files copy"]) {
        const { app } = await client.app.addApp({ name });
        await client.app.addFormFields({ app, properties: properties as never });
        await client.app.deployApp({ apps: [{ app }] });
        apps.push(app);
      }
      const [source, target] = apps as [string, string];
      const { fileKey } = await client.file.uploadFile({
        file: { name: "申請書.txt", data: "申請書の控え" },
      });
      await client.record.addRecord({
        app: source,
        record: { title: { value: "添付あり" }, file: { value: [{ fileKey }] } },
      });
      const exported = await runCli([
        "record",
        "export",
        "--app",
        source,
        "--attachments-dir",
        "attachments",
      ]);
      expect(exported.code).toBe(0);
      writeFileSync(join(workDir, "with-files.csv"), exported.stdout);
      const imported = await runCli([
        "record",
        "import",
        "--app",
        target,
        "--file-path",
        "with-files.csv",
        "--attachments-dir",
        "attachments",
      ]);
      expect(imported.code).toBe(0);
      const [record] = await client.record.getAllRecords({ app: target });
      const [file] = record?.file?.value as unknown as { fileKey: string; name: string }[];
      expect(file?.name).toBe("申請書.txt");
      expect(
        Buffer.from(await client.file.downloadFile({ fileKey: file?.fileKey as string })).toString(
          "utf8",
        ),
      ).toBe("申請書の控え");
    });
  });

  describe("record delete", () => {
    it("should delete every record of an app with an API token (the only auth it takes)", async () => {
      const app = await createApp("delete");
      await client.record.addRecords({
        app,
        records: [{ title: { value: "a" } }, { title: { value: "b" } }],
      });
      const token = createApiToken(kintone.context, Number(app), ["view", "delete"]);
      const result = await runCli(["record", "delete", "--app", app, "--yes"], {
        KINTONE_API_TOKEN: token,
      });
      expect(result.code).toBe(0);
      expect((await client.record.getRecords({ app, totalCount: true })).totalCount).toBe("0");
    });
  });
});
