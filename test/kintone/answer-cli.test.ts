import { PassThrough } from "node:stream";
import type { CliIo } from "../../src/cli/io";
import { main } from "../../src/cli/main";
import type { SetupResult } from "../../src/kintone";
import { createLocalServerHooks, joinTokens, loadFaqEntries, runSetup } from "../../src/kintone";
import type { TestKintone } from "../helpers/local-kintone";
import { startTestKintone } from "../helpers/local-kintone";
import { openAdminApi } from "./kintone-test-api";
import { createWorkDir } from "./work-dir";

jest.setTimeout(60_000);

let kintone: TestKintone;
let work: { dir: string; remove(): void };
let setup: SetupResult;

/** Runs `madoguchi <argv>` in-process with its own env and stdin. */
async function runCli(argv: string[], env: Record<string, string>, stdin: string) {
  const input = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on("data", (chunk: Buffer) => out.push(chunk));
  stderr.on("data", (chunk: Buffer) => err.push(chunk));
  // A different cwd than setup's: the apps must be found in kintone, not in .madoguchi/setup.json.
  const io: CliIo = { stdin: input, stdout, stderr, env, cwd: __dirname };
  input.end(stdin);
  const code = await main(argv, io);
  const lines = Buffer.concat(out).toString("utf8").split("\n").filter(Boolean);
  return {
    code,
    results: lines.map((line) => JSON.parse(line) as Record<string, unknown>),
    stderr: Buffer.concat(err).toString("utf8"),
  };
}

beforeAll(async () => {
  kintone = await startTestKintone();
  work = createWorkDir();
  setup = await runSetup({
    api: openAdminApi(kintone),
    cwd: work.dir,
    plugin: false,
    hooks: createLocalServerHooks(kintone.context),
  });
});

afterAll(async () => {
  await kintone.close();
  work.remove();
});

describe("madoguchi answer without --faq", () => {
  describe("with a password login", () => {
    it("should answer from the FAQ app and transfer to the departments app's department", async () => {
      const env = {
        KINTONE_BASE_URL: kintone.url,
        KINTONE_USERNAME: kintone.admin.username,
        KINTONE_PASSWORD: kintone.admin.password,
      };
      const { code, results, stderr } = await runCli(
        ["answer", "--offline"],
        env,
        "マイナンバーカードの暗証番号を忘れてしまいました\n国民健康保険の保険料について相談したいです\n",
      );
      expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
      const faqIds = new Set(
        (await loadFaqEntries(openAdminApi(kintone), setup.apps.faq)).map((entry) => entry.id),
      );
      expect(results[0]).toMatchObject({ action: "answer", mode: "offline" });
      for (const id of results[0]?.["citations"] as string[]) expect(faqIds).toContain(id);
      expect(results[1]).toMatchObject({ action: "transfer", department: "保険年金課" });
    });
  });

  describe("with the CLI's read-only API tokens", () => {
    it("should find the apps its tokens allow and answer", async () => {
      const env = {
        KINTONE_BASE_URL: kintone.url,
        KINTONE_API_TOKEN: joinTokens(setup.tokens?.tokens.cli),
      };
      const { code, results } = await runCli(
        ["answer", "--offline"],
        env,
        "マイナンバーカードの暗証番号を忘れてしまいました\n",
      );
      expect(code).toBe(0);
      expect(results[0]).toMatchObject({ action: "answer" });
    });

    it("should use app ids pinned in the environment", async () => {
      const env = {
        KINTONE_BASE_URL: kintone.url,
        KINTONE_API_TOKEN: joinTokens(setup.tokens?.tokens.cli),
        MADOGUCHI_FAQ_APP_ID: setup.apps.faq,
        MADOGUCHI_DEPARTMENTS_APP_ID: setup.apps.departments,
      };
      const { code, results } = await runCli(
        ["answer", "--offline"],
        env,
        "カードの有効期限はいつまでですか\n",
      );
      expect(code).toBe(0);
      expect(results).toHaveLength(1);
    });
  });

  describe("when kintone cannot be used", () => {
    it("should say what to fix, in Japanese and English, and exit 2", async () => {
      const env = {
        KINTONE_BASE_URL: "http://127.0.0.1:9",
        KINTONE_USERNAME: "a",
        KINTONE_PASSWORD: "b",
      };
      const { code, stderr } = await runCli(["answer", "--offline"], env, "こんにちは\n");
      expect(code).toBe(2);
      expect(stderr).toContain("kintone");
      expect(stderr).toContain("--faq");
      expect(stderr).toContain(" / ");
    });

    it("should name the environment variable when the FAQ app is missing", async () => {
      const empty = await startTestKintone();
      try {
        const env = {
          KINTONE_BASE_URL: empty.url,
          KINTONE_USERNAME: empty.admin.username,
          KINTONE_PASSWORD: empty.admin.password,
        };
        const { code, stderr } = await runCli(["answer"], env, "こんにちは\n");
        expect(code).toBe(2);
        expect(stderr).toContain("MADOGUCHI_FAQ_APP_ID");
      } finally {
        await empty.close();
      }
    });
  });
});
