import { execFile } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { promisify } from "node:util";
import { main } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";
import { FAQ_SJIS } from "./shift-jis-fixture";

const ROOT = join(__dirname, "..", "..");
const FAQ_FIXTURE = join(ROOT, "src", "core", "search", "__fixtures__", "faq-small.csv");
const DEPARTMENTS_FIXTURE = join(ROOT, "src", "core", "triage", "__fixtures__", "departments.csv");
const CONTRACT_FIELDS = [
  "input",
  "masked",
  "action",
  "department",
  "reasons",
  "answer",
  "speech",
  "citations",
  "confidence",
  "mode",
  "promptTokens",
];

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "madoguchi-answer-"));
  copyFileSync(FAQ_FIXTURE, join(dir, "faq.csv"));
  copyFileSync(DEPARTMENTS_FIXTURE, join(dir, "departments.csv"));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `madoguchi <argv>` in-process with the given stdin; no LLM in the environment. */
async function runCli(argv: string[], stdin: string) {
  const input = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on("data", (chunk: Buffer) => out.push(chunk));
  stderr.on("data", (chunk: Buffer) => err.push(chunk));
  const io: CliIo = { stdin: input, stdout, stderr, env: {}, cwd: dir };
  input.end(stdin);
  const code = await main(argv, io);
  return {
    code,
    stdout: Buffer.concat(out).toString("utf8"),
    stderr: Buffer.concat(err).toString("utf8"),
  };
}

const parseLines = (text: string) =>
  text
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe("madoguchi answer", () => {
  describe("JSON Lines contract", () => {
    it("should write one result with every contract field per input line, empty lines included", async () => {
      const stdin = [
        "マイナカードの暗証番号を忘れました",
        "",
        "もう死にたい",
        "国民健康保険に入りたい",
      ].join("\n");
      const { code, stdout } = await runCli(
        ["answer", "--faq", "faq.csv", "--departments", "departments.csv", "--offline"],
        `${stdin}\n`,
      );
      expect(code).toBe(0);
      const results = parseLines(stdout);
      expect(results).toHaveLength(4);
      for (const result of results)
        expect(Object.keys(result)).toEqual(expect.arrayContaining(CONTRACT_FIELDS));
      expect(results.map((r) => r.action)).toEqual(["answer", "clarify", "emergency", "transfer"]);
      expect(results[0]).toMatchObject({
        citations: ["T-002"],
        mode: "offline",
        department: "市民課",
      });
      expect(results[1]).toMatchObject({ reasons: ["no_question"], department: null });
      expect(results[3]).toMatchObject({ department: "保険年金課", reasons: ["other_department"] });
    });

    it("should bound a 100 KB line with too_long and still answer every line", async () => {
      const huge = "暗証番号を忘れました。".repeat(10_000);
      const { stdout } = await runCli(
        ["answer", "--faq", "faq.csv", "--departments", "departments.csv", "--offline"],
        `${huge}\n手数料はいくら\n`,
      );
      const results = parseLines(stdout);
      expect(results).toHaveLength(2);
      expect(results[0]?.reasons).toContain("too_long");
      expect(results[1]).toMatchObject({ action: "answer", citations: ["T-007"] });
    });
  });

  describe("CSV problems", () => {
    it("should name the bad line on stderr and answer from the good rows", async () => {
      const text = [
        "id,question,answer,category,department,keywords",
        'B-1,暗証番号を忘れた,窓口で再設定します。,暗証番号,市民課,"暗証"番号',
        "B-2,カードをなくした,一時停止してください。,紛失,市民課,紛失",
      ].join("\n");
      writeFileSync(join(dir, "broken.csv"), text);
      const { code, stdout, stderr } = await runCli(
        ["answer", "--faq", "broken.csv", "--departments", "departments.csv", "--offline"],
        "カードを落としました\n",
      );
      expect(code).toBe(0);
      expect(stderr).toContain("2行目");
      expect(stderr).toContain("Line 2");
      expect(parseLines(stdout)[0]).toMatchObject({ action: "answer", citations: ["B-2"] });
    });

    it("should read a Shift_JIS file as Excel saves it", async () => {
      writeFileSync(join(dir, "sjis.csv"), FAQ_SJIS);
      const { stdout } = await runCli(
        ["answer", "--faq", "sjis.csv", "--departments", "departments.csv", "--offline"],
        "暗証番号を忘れた\n",
      );
      expect(parseLines(stdout)[0]).toMatchObject({ action: "answer", citations: ["S-1"] });
    });
  });

  describe("usage errors", () => {
    it("should explain in Japanese and English that the files are needed", async () => {
      const { code, stderr } = await runCli(["answer"], "");
      expect(code).toBe(2);
      expect(stderr).toContain("--faq");
      expect(stderr).toContain(" / ");
    });

    it("should reject unknown options", async () => {
      const { code } = await runCli(
        ["answer", "--faq", "faq.csv", "--departments", "d.csv", "--nope"],
        "",
      );
      expect(code).toBe(2);
    });
  });

  describe("as a separate process", () => {
    it("should run from the command line", async () => {
      const tsx = join(ROOT, "node_modules", ".bin", "tsx");
      const script = join(ROOT, "test", "helpers", "run-madoguchi.ts");
      const child = promisify(execFile)(
        tsx,
        [script, "answer", "--faq", FAQ_FIXTURE, "--departments", DEPARTMENTS_FIXTURE, "--offline"],
        {
          cwd: ROOT,
          env: { PATH: process.env.PATH ?? "" },
        },
      );
      child.child.stdin?.end("手数料はいくらですか\n");
      const { stdout } = await child;
      expect(parseLines(stdout)[0]).toMatchObject({ action: "answer", citations: ["T-007"] });
    });
  });
});
