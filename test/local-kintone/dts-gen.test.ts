import { KintoneRestAPIClient } from "@kintone/rest-api-client";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestKintone } from "../helpers/local-kintone";
import { startTestKintone } from "../helpers/local-kintone";
import { createToolEnv, runNodeTool } from "../helpers/run-tool";
import { createInquiryApp } from "./app-fixture";

// Official tools run as child processes; on a busy 2-core machine they need more than the default.
jest.setTimeout(120_000);

let kintone: TestKintone;
let client: KintoneRestAPIClient;
let workDir: string;

beforeAll(async () => {
  kintone = await startTestKintone();
  client = new KintoneRestAPIClient({ baseUrl: kintone.url, auth: kintone.admin });
  workDir = mkdtempSync(join(tmpdir(), "madoguchi-dts-gen-"));
});

afterAll(async () => {
  await kintone.close();
  rmSync(workDir, { recursive: true, force: true });
});

describe("local kintone with @kintone/dts-gen", () => {
  describe("field types", () => {
    it("should generate a declaration naming each field with its kintone type", async () => {
      const app = await createInquiryApp(client, "dts");
      const output = join(workDir, "fields.d.ts");
      const env = createToolEnv({});
      const result = await runNodeTool(
        "@kintone/dts-gen/dist/index.js",
        [
          "--base-url",
          kintone.url,
          "-u",
          kintone.admin.username,
          "-p",
          kintone.admin.password,
          "--app-id",
          app,
          "--type-name",
          "Inquiry",
          "-o",
          output,
        ],
        { env },
      );
      expect(result.code).toBe(0);
      const declaration = readFileSync(output, "utf8");
      expect(declaration).toMatch(/interface Inquiry/);
      for (const [field, type] of [
        ["title", "SingleLineText"],
        ["minutes", "Number"],
        ["channel", "DropDown"],
        ["tags", "CheckBox"],
        ["received", "Date"],
        ["staff", "UserSelect"],
        ["attachment", "File"],
      ]) {
        expect(declaration).toMatch(new RegExp(`"?${field}"?: kintone\\.fieldTypes\\.${type};`));
      }
      expect(declaration).toMatch(/steps: \{\s*type: "SUBTABLE";/);
      expect(declaration).toMatch(/"?作成者"?: kintone\.fieldTypes\.Creator;/);
    });
  });
});
