import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { KintoneApi } from "../../src/kintone";
import { MANUAL_FIELDS, openKintone, runSetup } from "../../src/kintone";
import type { TestKintone } from "../helpers/local-kintone";
import { startTestKintone } from "../helpers/local-kintone";

// The command runs in a real Node process (pdf.js is ES modules only, see test/docs).
jest.setTimeout(120_000);

const ROOT = join(__dirname, "..", "..");
const FIXTURES = join(ROOT, "test", "docs", "fixtures");
const MANUALS = join(ROOT, "samples", "manuals");

type Line = { record: string; file: string | null; status: string; code: string | null };

/** `madoguchi docs index` against the test server, from source, in a child process. */
function runDocsIndex(
  server: TestKintone,
  appId: string,
): Promise<{ code: number; lines: Line[]; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", join(ROOT, "test/helpers/run-madoguchi.ts"), "docs", "index"],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          KINTONE_BASE_URL: server.url,
          KINTONE_USERNAME: server.admin.username,
          KINTONE_PASSWORD: server.admin.password,
          MADOGUCHI_MANUALS_APP_ID: appId,
        },
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const lines = stdout
        .split("\n")
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line) as Line);
      resolve({ code: code ?? -1, lines, stderr });
    });
  });
}

describe("madoguchi docs index", () => {
  let server: TestKintone;
  let api: KintoneApi;
  let appId: string;
  const cwd = mkdtempSync(join(tmpdir(), "madoguchi-docs-index-"));
  const attach = async (dir: string, name: string) => {
    const { fileKey } = await api.client.file.uploadFile({
      file: { name, data: readFileSync(join(dir, name)) },
    });
    return fileKey;
  };
  const addManual = async (dir: string, name: string) => {
    const { id } = await api.client.record.addRecord({
      app: appId,
      record: {
        [MANUAL_FIELDS.title]: { value: name },
        [MANUAL_FIELDS.file]: { value: [{ fileKey: await attach(dir, name) }] },
      },
    });
    return id;
  };

  beforeAll(async () => {
    server = await startTestKintone();
    api = openKintone({
      baseUrl: server.url,
      auth: { kind: "password", username: server.admin.username, password: server.admin.password },
    });
    symlinkSync(join(ROOT, "samples"), join(cwd, "samples"));
    const setup = await runSetup({ api, cwd, plugin: false });
    appId = setup.apps.manuals;
    await addManual(MANUALS, "03-iryou-fujo.pdf");
    await addManual(MANUALS, "07-shuurou-shien.md");
    await addManual(FIXTURES, "scanned.pdf");
    await addManual(FIXTURES, "encrypted.pdf");
    await addManual(FIXTURES, "corrupt.docx");
    await api.client.record.addRecord({ app: appId, record: { title: { value: "ファイルなし" } } });
  });

  afterAll(async () => {
    await server?.close();
  });

  describe("first run", () => {
    it("should index readable manuals and report each one that cannot be read", async () => {
      const { code, lines, stderr } = await runDocsIndex(server, appId);
      const byFile = Object.fromEntries(lines.map((line) => [line.file ?? "-", line]));
      expect(byFile["03-iryou-fujo.pdf"]).toMatchObject({ status: "indexed", code: null });
      expect(byFile["07-shuurou-shien.md"]).toMatchObject({ status: "indexed" });
      expect(byFile["scanned.pdf"]).toMatchObject({ status: "failed", code: "E_DOCS_NO_TEXT" });
      expect(byFile["encrypted.pdf"]).toMatchObject({ status: "failed", code: "E_DOCS_ENCRYPTED" });
      expect(byFile["corrupt.docx"]).toMatchObject({ status: "failed", code: "E_DOCS_UNREADABLE" });
      expect(byFile["-"]).toMatchObject({ status: "no_file" });
      expect(stderr).toContain("テキストを抽出できません");
      expect(code).toBe(1);
    });

    it("should store the index as the record's attachment, with the source file's key and hash", async () => {
      const { records } = await api.client.record.getRecords({
        app: appId,
        query: `${MANUAL_FIELDS.title} = "03-iryou-fujo.pdf"`,
      });
      const record = records[0]!;
      const file = (record[MANUAL_FIELDS.file]?.value as { fileKey: string }[])[0]!;
      const stored = (record[MANUAL_FIELDS.searchIndex]?.value as { fileKey: string }[])[0]!;
      const json = JSON.parse(
        Buffer.from(await api.client.file.downloadFile({ fileKey: stored.fileKey })).toString(),
      ) as { source: { fileKey: string; sha256: string }; index: { chunks: { page: number }[] } };
      expect(json.source.fileKey).toBe(file.fileKey);
      expect(json.source.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(json.index.chunks.some((chunk) => chunk.page === 4)).toBe(true);
      expect(record[MANUAL_FIELDS.indexedAt]?.value).toMatch(/^\d{4}-\d\d-\d\dT/);
    });
  });

  describe("running it again", () => {
    it("should index nothing again when no file changed", async () => {
      const { lines } = await runDocsIndex(server, appId);
      const statuses = Object.fromEntries(lines.map((line) => [line.file ?? "-", line.status]));
      expect(statuses["03-iryou-fujo.pdf"]).toBe("unchanged");
      expect(statuses["07-shuurou-shien.md"]).toBe("unchanged");
      expect(lines.filter((line) => line.status === "indexed")).toEqual([]);
    });

    it("should index only the record whose file was replaced", async () => {
      const { records } = await api.client.record.getRecords({
        app: appId,
        query: `${MANUAL_FIELDS.title} = "scanned.pdf"`,
      });
      await api.client.record.updateRecord({
        app: appId,
        id: records[0]!.$id!.value as string,
        record: {
          [MANUAL_FIELDS.file]: {
            value: [{ fileKey: await attach(MANUALS, "04-juutaku-fujo.pdf") }],
          },
        },
      });
      const { code, lines } = await runDocsIndex(server, appId);
      const indexed = lines.filter((line) => line.status === "indexed").map((line) => line.file);
      expect(indexed).toEqual(["04-juutaku-fujo.pdf"]);
      expect(lines.filter((line) => line.status === "unchanged")).toHaveLength(2);
      expect(code).toBe(1); // the encrypted and corrupt files are still reported
    });
  });
});
