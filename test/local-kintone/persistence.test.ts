import { KintoneRestAPIClient } from "@kintone/rest-api-client";
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { ADMINISTRATOR } from "../../src/local-kintone/users";
import { startTestKintone } from "../helpers/local-kintone";
import { createInquiryApp } from "./app-fixture";

// Official tools run as child processes; on a busy 2-core machine they need more than the default.
jest.setTimeout(120_000);

const ROOT = resolve(__dirname, "../..");
let workDir: string;

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), "madoguchi-persist-"));
});

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

const auth = { username: ADMINISTRATOR.code, password: ADMINISTRATOR.password };

/** Starts `madoguchi kintone serve` from source and resolves with its URL once it listens. */
function spawnServer(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    // `--import tsx` keeps the server in this one process, so SIGKILL really kills it.
    [
      "--import",
      "tsx",
      join(ROOT, "test/helpers/run-madoguchi.ts"),
      "kintone",
      "serve",
      "--port",
      "0",
      "--data",
      dataDir,
    ],
    { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
  );
  return new Promise((done, fail) => {
    let output = "";
    const timer = setTimeout(() => fail(new Error(`server did not start: ${output}`)), 60_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const match = /http:\/\/localhost:\d+/.exec(output);
      if (match) {
        clearTimeout(timer);
        done({ child, url: match[0] });
      }
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      fail(new Error(`server exited with ${code}: ${output}`));
    });
  });
}

describe("local kintone persistence", () => {
  describe("restart", () => {
    it("should keep apps, records and files after a clean restart", async () => {
      const dataDir = join(workDir, "clean");
      const first = await startTestKintone({ dataDir });
      const client = new KintoneRestAPIClient({ baseUrl: first.url, auth });
      const app = await createInquiryApp(client);
      const { fileKey } = await client.file.uploadFile({
        file: { name: "memo.txt", data: "控え" },
      });
      const { id } = await client.record.addRecord({
        app,
        record: { title: { value: "再起動前" }, attachment: { value: [{ fileKey }] } },
      });
      await first.close();

      const second = await startTestKintone({ dataDir });
      try {
        const again = new KintoneRestAPIClient({ baseUrl: second.url, auth });
        const { record } = await again.record.getRecord({ app, id });
        expect(record.title?.value).toBe("再起動前");
        const [file] = record.attachment?.value as unknown as { fileKey: string }[];
        expect(
          Buffer.from(await again.file.downloadFile({ fileKey: file?.fileKey as string })).toString(
            "utf8",
          ),
        ).toBe("控え");
        const { id: next } = await again.record.addRecord({
          app,
          record: { title: { value: "再起動後" } },
        });
        expect(Number(next)).toBe(Number(id) + 1);
      } finally {
        await second.close();
      }
    });
  });

  describe("kill -9", () => {
    it("should keep every acknowledged write when the server process is killed", async () => {
      const dataDir = join(workDir, "killed");
      const { child, url } = await spawnServer(dataDir);
      const client = new KintoneRestAPIClient({ baseUrl: url, auth });
      const app = await createInquiryApp(client).catch((error: unknown) => {
        child.kill("SIGKILL");
        throw error;
      });
      try {
        for (let index = 0; index < 20; index += 1) {
          await client.record.addRecord({ app, record: { title: { value: `書き込み ${index}` } } });
        }
        await client.record.addAllRecords({
          app,
          records: Array.from({ length: 300 }, (_, index) => ({
            title: { value: `一括 ${index}` },
          })),
        });
      } finally {
        const exited = new Promise((done) => child.once("exit", done));
        child.kill("SIGKILL");
        await exited;
      }

      const reopened = await startTestKintone({ dataDir });
      try {
        const again = new KintoneRestAPIClient({ baseUrl: reopened.url, auth });
        const { totalCount } = await again.record.getRecords({ app, totalCount: true });
        expect(totalCount).toBe("320");
      } finally {
        await reopened.close();
      }
    });
  });
});
