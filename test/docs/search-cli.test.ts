import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import type { AnswerDraftRequest, AnswerModel } from "../../src/core/answer/model";
import type { CliIo } from "../../src/cli/io";
import { createSearchCommand } from "../../src/cli/commands/search";
import { parseLines, spawnTsx } from "./spawn-tsx";

const MANUALS = join(__dirname, "..", "..", "samples", "manuals");

type SearchLine = {
  question: string;
  results: { doc: string; location: string; snippet: string; score: number }[];
  answer: string | null;
  citations: string[];
  mode: "offline" | "llm";
  notFound?: true;
  message?: string;
  closestDocuments?: { doc: string; title: string; score: number }[];
  fallbackReason?: string;
};

/** A model that answers with whatever `reply` returns; records what it was asked. */
function createScriptedModel(
  reply: (request: AnswerDraftRequest) => { answer: string; citations: string[] },
) {
  const requests: AnswerDraftRequest[] = [];
  const model: AnswerModel = {
    provider: "test",
    model: "scripted",
    async draftAnswer(request) {
      requests.push(request);
      return {
        reply: { ...reply(request), needsTransfer: false, reason: null },
        usage: null,
        latencyMs: 1,
      };
    },
  };
  return { model, requests };
}

async function runSearch(params: { argv: string[]; input: string; model?: AnswerModel | null }) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
  const io: CliIo = {
    stdin: PassThrough.from([params.input]),
    stdout,
    stderr,
    env: {},
    cwd: process.cwd(),
  };
  const command = createSearchCommand({ createModel: () => params.model ?? null });
  const code = await command.run(params.argv, io);
  return { code, lines: parseLines<SearchLine>(out), stderr: err };
}

describe("madoguchi search --docs", () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "madoguchi-search-"));
    cpSync(join(MANUALS, "07-shuurou-shien.md"), join(dir, "07-shuurou-shien.md"));
    cpSync(join(MANUALS, "08-kyuuhaku-hogo.md"), join(dir, "08-kyuuhaku-hogo.md"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe("offline", () => {
    it("should answer each line with cited passages", async () => {
      const { code, lines } = await runSearch({
        argv: ["--docs", dir, "--offline"],
        input: "ハローワークの窓口はどこ？\n就労自立給付金の上限額\n",
      });
      expect(code).toBe(0);
      expect(lines).toHaveLength(2);
      const first = lines[0]!;
      expect(Object.keys(first).slice(0, 5)).toEqual([
        "question",
        "results",
        "answer",
        "citations",
        "mode",
      ]);
      expect(first.mode).toBe("offline");
      expect(first.results[0]).toMatchObject({
        doc: "07-shuurou-shien.md",
        location: "2. 支援のメニュー > 2.2 ハローワークとの連携",
      });
      expect(first.answer).toContain("市役所2階");
      // Every ［n］ mark in the answer points at a citation.
      const marks = [...first.answer!.matchAll(/［(\d+)］/g)].map((m) => Number(m[1]));
      expect(marks.length).toBeGreaterThan(0);
      expect(Math.max(...marks)).toBeLessThanOrEqual(first.citations.length);
      expect(first.citations[0]).toBe(
        "07-shuurou-shien.md 2. 支援のメニュー > 2.2 ハローワークとの連携",
      );
    });

    it("should say 'not found' and list the closest documents when nothing is relevant", async () => {
      const { lines } = await runSearch({
        argv: ["--docs", dir, "--offline"],
        input: "冬季加算の期間\n",
      });
      expect(lines[0]).toMatchObject({ results: [], answer: null, citations: [], notFound: true });
      expect(lines[0]!.message).toContain("マニュアルに該当する記述が見つかりません");
      expect(lines[0]!.message).toContain("Not found in the manuals");
    });

    it("should reject a missing --docs or a bad option", async () => {
      expect((await runSearch({ argv: [], input: "" })).code).toBe(2);
      expect((await runSearch({ argv: ["--docs", dir, "--limit", "0"], input: "" })).code).toBe(2);
      const missing = await runSearch({ argv: ["--docs", join(dir, "none")], input: "" });
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain("資料のフォルダが見つかりません");
    });
  });

  describe("with a model", () => {
    it("should use a grounded answer and map its [C1] marks to citations", async () => {
      const { model, requests } = createScriptedModel(() => ({
        answer: "市役所2階の常設窓口です [C1]。",
        citations: ["C1"],
      }));
      const { lines } = await runSearch({
        argv: ["--docs", dir],
        input: "ハローワークの窓口はどこ？\n",
        model,
      });
      expect(requests[0]!.citableIds).toEqual(lines[0]!.results.map((_, i) => `C${i + 1}`));
      expect(lines[0]).toMatchObject({ mode: "llm", answer: "市役所2階の常設窓口です ［1］。" });
      expect(lines[0]!.citations).toEqual([
        `${lines[0]!.results[0]!.doc} ${lines[0]!.results[0]!.location}`,
      ]);
    });

    it.each([
      ["an uncited answer", { answer: "市役所2階です。", citations: [] }, "uncited"],
      [
        "a citation it was not given",
        { answer: "2階です [C9]", citations: ["C9"] },
        "unknown_citation",
      ],
    ])("should reject %s and fall back to the cited passages", async (_, reply, reason) => {
      const { model } = createScriptedModel(() => reply);
      const { lines } = await runSearch({
        argv: ["--docs", dir],
        input: "ハローワークの窓口はどこ？\n",
        model,
      });
      expect(lines[0]).toMatchObject({ mode: "offline", fallbackReason: reason });
      expect(lines[0]!.citations.length).toBeGreaterThan(0);
    });
  });

  describe("end to end on the sample manuals", () => {
    it("should index PDFs, Word and text, report a broken file and reuse the cached index", () => {
      cpSync(MANUALS, dir, { recursive: true });
      writeFileSync(join(dir, "scan.pdf"), "%PDF-1.4 broken");
      const input = "扶養照会をしない親族の範囲\n";
      const first = spawnTsx("test/docs/run-cli.ts", ["search", "--docs", dir, "--offline"], {
        input,
      });
      expect(first.status).toBe(0);
      expect(first.stderr).toContain("scan.pdf");
      const line = parseLines<SearchLine>(first.stdout)[0]!;
      expect(line.results[0]!.doc).toBe("02-fuyou-shoukai.pdf");
      expect(line.results[0]!.location).toMatch(/^p\.\d+ > /);
      const second = spawnTsx("test/docs/run-cli.ts", ["search", "--docs", dir, "--offline"], {
        input,
      });
      expect(second.stderr).toContain("(cache)");
      expect(parseLines<SearchLine>(second.stdout)).toEqual(parseLines<SearchLine>(first.stdout));
    });
  });
});
