import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { createSearchCommand } from "../../src/cli/commands/search";
import type { CliIo } from "../../src/cli/io";
import type { DocIndexJson, ExtractedDocument } from "../../src/core/docs";
import { answerFromManuals, DocIndex, embedDocIndex } from "../../src/core/docs";
import { INDEX_CACHE_FILE } from "../../src/docs-ingest";
import { createEmbedderFromEnv } from "../../src/llm";
import type { OpenAiTestServer } from "../helpers/openai-test-server";
import {
  hashedBigramEmbeddings,
  httpError,
  startOpenAiTestServer,
} from "../helpers/openai-test-server";
import { parseLines } from "./spawn-tsx";

// A small fictional manual written for these tests.
const MANUAL = [
  "# 住宅扶助の手引き",
  "## 1. 家賃",
  "### 1.1 上限額",
  "単身世帯の家賃の上限額は37,000円とする。",
  "### 1.2 家賃の滞納",
  "家賃を滞納した世帯には代理納付を勧める。問い合わせは住宅係（090-1234-5678）へ。",
  "### 1.3 更新料",
  "契約の更新料は家賃の上限額の範囲で支給する。",
  "### 1.4 相談窓口",
  "住まいの相談は住宅係で受け付ける。",
].join("\n");
const DOCUMENTS: ExtractedDocument[] = [
  { doc: "housing.md", title: "住宅扶助の手引き", pages: [{ page: null, text: MANUAL }] },
];

function embeddingInputs(server: OpenAiTestServer): string[] {
  return server.requests
    .filter((request) => request.kind === "embeddings")
    .flatMap((request) => (request.json as { input: string[] }).input);
}

describe("hybrid manual search (embeddings through src/llm)", () => {
  let server: OpenAiTestServer;
  let env: Record<string, string>;

  beforeAll(async () => {
    server = await startOpenAiTestServer();
    env = {
      OPENAI_BASE_URL: server.baseUrl,
      OPENAI_API_KEY: "test-key",
      MADOGUCHI_LLM_EMBEDDING_MODEL: "test-embed",
      MADOGUCHI_LLM_MAX_RETRIES: "0",
    };
  });
  beforeEach(() => {
    server.reset();
    server.respondWith(hashedBigramEmbeddings());
  });
  afterAll(() => server.close());

  describe("indexing", () => {
    it("should send masked chunk text and keep the vectors through JSON", async () => {
      const embedder = createEmbedderFromEnv(env)!;
      const result = await embedDocIndex({ index: DocIndex.build(DOCUMENTS), embedder });
      expect(result.fallbackReason).toBeNull();
      const inputs = embeddingInputs(server);
      expect(inputs).toHaveLength(result.index.chunks.length);
      expect(inputs.join("\n")).not.toContain("090-1234-5678");
      expect(inputs.join("\n")).toContain("［電話番号1］");
      expect(server.requests[0]!.json).toMatchObject({ model: "test-embed" });

      const json = JSON.parse(JSON.stringify(result.index.toJSON())) as DocIndexJson;
      expect(json.embeddings).toMatchObject({ model: "test-embed", dimensions: 256 });
      expect(typeof json.embeddings!.vectors).toBe("string");
      const restored = DocIndex.fromJSON(json)!;
      expect(restored.embeddingModel).toBe("test-embed");
      const [queryVector] = await embedder.embed(["家賃を滞納したとき"]);
      const options = { queryVector: queryVector!, limit: 3 };
      const before = result.index.search("家賃を滞納したとき", options);
      expect(before.retrieval).toBe("hybrid");
      expect(restored.search("家賃を滞納したとき", options)).toEqual(before);
    });

    it("should fall back to BM25 with the reason when the embedding call fails", async () => {
      server.enqueue(httpError(400, "bad input"));
      const index = DocIndex.build(DOCUMENTS);
      const result = await embedDocIndex({ index, embedder: createEmbedderFromEnv(env)! });
      expect(result.fallbackReason).toBe("embedding_error");
      expect(result.index.embeddingModel).toBeNull();
      expect(result.index.search("単身の家賃の上限").found).toBe(true);
    });
  });

  describe("fusion", () => {
    it("should move up the passage the embedding prefers, one vote among three rankings", () => {
      const index = DocIndex.build(DOCUMENTS);
      const rows = index.chunks.map((chunk) => chunk.sectionPath.at(-1));
      // Hand-made vectors: one axis per chunk, the question pointing at the 相談窓口 passage,
      // which shares only its chapter heading (1. 家賃) with the question.
      const axis = (i: number) => rows.map((_, j) => (i === j ? 1 : 0));
      const hybrid = index.withEmbeddings(
        "axes",
        rows.map((_, i) => axis(i)),
      )!;
      const question = "家賃の上限額";
      const order = (result: ReturnType<DocIndex["search"]>) =>
        result.found ? result.hits.map((hit) => hit.chunk.sectionPath.at(-1)) : [];
      const plain = hybrid.search(question, { limit: 4 });
      const fused = hybrid.search(question, {
        limit: 4,
        queryVector: axis(rows.indexOf("1.4 相談窓口")),
      });
      expect(plain.retrieval).toBe("bm25");
      expect(order(plain)).toEqual(["1.1 上限額", "1.3 更新料", "1.2 家賃の滞納", "1.4 相談窓口"]);
      // Last in both lexical rankings, first by embedding: it overtakes the passage third in
      // both, but not the two that word and bigram evidence agree on.
      expect(fused.retrieval).toBe("hybrid");
      expect(order(fused)).toEqual(["1.1 上限額", "1.3 更新料", "1.4 相談窓口", "1.2 家賃の滞納"]);
      if (!fused.found) throw new Error("not found");
      expect(fused.hits[2]).toMatchObject({ similarity: 1 });
      expect(fused.hits[0]!.similarity).toBeCloseTo(0, 3);
    });

    it("should report why a question's embedding could not be used", async () => {
      const embedder = createEmbedderFromEnv(env)!;
      const { index } = await embedDocIndex({ index: DocIndex.build(DOCUMENTS), embedder });
      server.enqueue(httpError(400, "bad input"));
      const errors: unknown[] = [];
      const answer = await answerFromManuals({
        question: "家賃を滞納したときは",
        index,
        embedder,
        onEmbeddingError: (error) => errors.push(error),
      });
      expect(answer).toMatchObject({ retrieval: "bm25", retrievalFallback: "embedding_error" });
      expect(answer.results.length).toBeGreaterThan(0);
      expect(errors).toHaveLength(1);
      const other = await answerFromManuals({
        question: "家賃を滞納したときは",
        index,
        embedder: { ...embedder, model: "another-model" },
      });
      expect(other.retrievalFallback).toBe("embedding_mismatch");
    });
  });

  describe("madoguchi search --embeddings", () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), "madoguchi-hybrid-"));
      writeFileSync(join(dir, "housing.md"), MANUAL);
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    async function run(argv: string[], runEnv: Record<string, string>) {
      const stdout = new PassThrough();
      const stderr = new PassThrough();
      let out = "";
      let err = "";
      stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
      stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
      const io: CliIo = {
        stdin: PassThrough.from(["家賃を滞納したときは\n"]),
        stdout,
        stderr,
        env: runEnv,
        cwd: process.cwd(),
      };
      const command = createSearchCommand({
        createModel: () => null,
        createEmbedder: (e) => createEmbedderFromEnv(e),
      });
      const code = await command.run(argv, io);
      return { code, lines: parseLines<Record<string, unknown>>(out), stderr: err };
    }

    it("should search hybrid and cache the vectors with the index", async () => {
      const first = await run(["--docs", dir, "--embeddings"], env);
      expect(first.code).toBe(0);
      expect(first.lines[0]).toMatchObject({ retrieval: "hybrid" });
      const cache = JSON.parse(readFileSync(join(dir, INDEX_CACHE_FILE), "utf8"));
      expect(cache.index.embeddings.model).toBe("test-embed");
      server.reset();
      server.respondWith(hashedBigramEmbeddings());
      const second = await run(["--docs", dir, "--embeddings"], env);
      expect(second.stderr).toContain("(cache)");
      // Only the question was embedded: the chunk vectors came from the cache.
      expect(embeddingInputs(server)).toEqual(["家賃を滞納したときは"]);
      expect(second.lines).toEqual(first.lines);
    });

    it("should keep answering with BM25 and say why when embeddings fail", async () => {
      server.respondWith(() => httpError(500, "down"));
      const { code, lines, stderr } = await run(["--docs", dir, "--embeddings"], env);
      expect(code).toBe(0);
      expect(lines[0]).toMatchObject({ retrieval: "bm25", retrievalFallback: "no_index_vectors" });
      expect((lines[0]!.results as unknown[]).length).toBeGreaterThan(0);
      expect(stderr).toContain("BM25");
    });

    it("should refuse --embeddings without an embedding model or with --offline", async () => {
      const missing = await run(["--docs", dir, "--embeddings"], {});
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain("MADOGUCHI_LLM_EMBEDDING_MODEL");
      expect((await run(["--docs", dir, "--embeddings", "--offline"], env)).code).toBe(2);
      expect(existsSync(join(dir, INDEX_CACHE_FILE))).toBe(false);
    });
  });
});
