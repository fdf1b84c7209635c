import { resolve } from "node:path";
import type { AnswerModel } from "../../core/answer/model";
import type { DocEmbedder, DocIndex } from "../../core/docs";
import { answerFromManuals } from "../../core/docs";
import { loadManualsIndex } from "../../docs-ingest";
import { isDocsError } from "../../errors";
import { createAnswerModelFromEnv, createEmbedderFromEnv } from "../../llm";
import { formatBilingual } from "../../messages";
import { parseCliOptions } from "../cli-options";
import { forEachLine } from "../json-lines";
import type { CliCommand, CliIo } from "../io";

/** What `search` takes from the environment; tests inject their own model. */
export type SearchCommandDeps = {
  /** The configured model, or null for offline mode (may throw a ConfigError). */
  readonly createModel: (env: CliIo["env"]) => AnswerModel | null;
  /** The embedding model for `--embeddings`, or null when none is configured. */
  readonly createEmbedder?: (env: CliIo["env"]) => DocEmbedder | null;
};

const OPTION_SPEC = {
  values: ["docs", "limit"],
  flags: ["offline", "no-cache", "embeddings"],
} as const;
const MAX_LIMIT = 20;

/** `madoguchi search --docs DIR`: one question per stdin line → one JSON result per line. */
export function createSearchCommand(
  deps: SearchCommandDeps = {
    createModel: (env) => createAnswerModelFromEnv(env),
    createEmbedder: (env) => createEmbedderFromEnv(env),
  },
): CliCommand {
  return {
    path: ["search"],
    summary:
      "マニュアルを検索し出典付きで回答(JSON Lines) / search manuals with citations (JSON Lines)",
    run: (argv, io) => runSearch(argv, io, deps),
  };
}

export const searchCommand = createSearchCommand();

async function runSearch(argv: string[], io: CliIo, deps: SearchCommandDeps): Promise<number> {
  const options = parseCliOptions(argv, OPTION_SPEC);
  const limit = Number(options.values.limit ?? 3);
  if (options.unknown.length > 0 || !Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    const detail =
      options.unknown.length > 0 ? options.unknown.join(" ") : `--limit ${options.values.limit}`;
    io.stderr.write(`${formatBilingual("E_CLI_BAD_OPTION", { detail })}\n`);
    return 2;
  }
  if (!options.values.docs) {
    // Searching the kintone manuals app comes with the plugin's search panel.
    io.stderr.write(`${formatBilingual("E_DOCS_NEED_SOURCE")}\n`);
    return 2;
  }
  const offline = options.flags.has("offline");
  if (offline && options.flags.has("embeddings")) {
    io.stderr.write(`${formatBilingual("E_DOCS_EMBEDDINGS_OFFLINE")}\n`);
    return 2;
  }
  let model: AnswerModel | null = null;
  let embedder: DocEmbedder | null = null;
  try {
    if (!offline) model = deps.createModel(io.env);
    if (options.flags.has("embeddings")) {
      embedder = deps.createEmbedder?.(io.env) ?? null;
      if (!embedder) {
        io.stderr.write(`${formatBilingual("E_DOCS_NO_EMBEDDING_MODEL")}\n`);
        return 2;
      }
    }
  } catch (error) {
    io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const index = await openIndex(io, {
    dir: resolve(io.cwd, options.values.docs),
    cache: !options.flags.has("no-cache"),
    embedder,
  });
  if (!index) return 1;
  const reportEmbeddingError = (reason: string, error: unknown) =>
    io.stderr.write(
      `${formatBilingual("M_DOCS_EMBEDDINGS_FAILED", { reason, detail: error instanceof Error ? error.message : String(error) })}\n`,
    );

  await forEachLine(io, async (line) => {
    const question = line.trim();
    const result = await answerFromManuals({
      question,
      index,
      limit,
      model,
      embedder,
      onModelError: (error) =>
        io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`),
      onEmbeddingError: (error) => reportEmbeddingError("embedding_error", error),
    });
    return {
      question,
      results: result.results,
      answer: result.answer,
      citations: result.citations,
      mode: result.mode,
      ...(result.notFound
        ? {
            notFound: true,
            message: formatBilingual("M_DOCS_NOT_FOUND"),
            closestDocuments: result.notFound.closestDocuments,
          }
        : {}),
      ...(result.fallbackReason ? { fallbackReason: result.fallbackReason } : {}),
      ...(embedder ? { retrieval: result.retrieval } : {}),
      ...(result.retrievalFallback ? { retrievalFallback: result.retrievalFallback } : {}),
    };
  });
  return 0;
}

/** Loads or builds the index and reports skipped files; null (exit 1) when nothing is usable. */
async function openIndex(
  io: CliIo,
  params: { dir: string; cache: boolean; embedder: DocEmbedder | null },
): Promise<DocIndex | null> {
  try {
    const loaded = await loadManualsIndex(params.dir, {
      cache: params.cache,
      embedder: params.embedder,
    });
    for (const problem of loaded.problems) io.stderr.write(`${problem.message}\n`);
    if (loaded.embeddingFallback) {
      const { reason, error } = loaded.embeddingFallback;
      io.stderr.write(
        `${formatBilingual("M_DOCS_EMBEDDINGS_FAILED", { reason, detail: error instanceof Error ? error.message : String(error) })}\n`,
      );
    }
    const stats = loaded.stats;
    io.stderr.write(
      `${formatBilingual("M_DOCS_INDEXED", { documents: stats.documents, chunks: stats.chunks, ms: stats.buildMs })}${
        loaded.fromCache ? ` (cache)` : ""
      }\n`,
    );
    return loaded.index;
  } catch (error) {
    if (!isDocsError(error)) throw error;
    io.stderr.write(`${error.message}\n`);
    return null;
  }
}
