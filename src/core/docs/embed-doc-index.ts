import type { DocIndex } from "./DocIndex";

/**
 * An embedding model as the engine sees it. `src/llm` provides the real one (which masks
 * personal information before anything is sent); the engine never talks to a model itself.
 */
export type DocEmbedder = {
  readonly model: string;
  embed(texts: readonly string[], signal?: AbortSignal): Promise<readonly (readonly number[])[]>;
};

/** Why hybrid retrieval was asked for but BM25 alone was used. */
export type EmbeddingFallback = "embedding_error" | "embedding_mismatch" | "no_index_vectors";

/** Texts per embeddings request; well under the common 2,048-input limit of OpenAI-style APIs. */
export const EMBED_BATCH_SIZE = 64;

export type EmbedDocIndexResult =
  | { readonly index: DocIndex; readonly fallbackReason: null }
  | {
      readonly index: DocIndex;
      readonly fallbackReason: EmbeddingFallback;
      readonly error: unknown;
    };

/**
 * Embeds every chunk of `index` in batches and returns the index with its vectors. On any
 * failure the BM25-only index comes back with the reason: search keeps working offline.
 */
export async function embedDocIndex(params: {
  index: DocIndex;
  embedder: DocEmbedder;
  signal?: AbortSignal;
}): Promise<EmbedDocIndexResult> {
  const { index, embedder } = params;
  const texts = index.embeddingTexts();
  const vectors: (readonly number[])[] = [];
  try {
    for (let start = 0; start < texts.length; start += EMBED_BATCH_SIZE) {
      const batch = texts.slice(start, start + EMBED_BATCH_SIZE);
      vectors.push(...(await embedder.embed(batch, params.signal)));
    }
  } catch (error) {
    return { index, fallbackReason: "embedding_error", error };
  }
  const embedded = index.withEmbeddings(embedder.model, vectors);
  if (!embedded) {
    const error = new Error(`embeddings do not fit the ${texts.length} chunks`);
    return { index, fallbackReason: "embedding_mismatch", error };
  }
  return { index: embedded, fallbackReason: null };
}

/**
 * The question's vector for {@link DocIndex.search}, or why there is none. Never throws: a
 * failed call means BM25 alone, with the reason.
 */
export async function embedQuestion(params: {
  question: string;
  index: DocIndex;
  embedder: DocEmbedder;
  signal?: AbortSignal;
}): Promise<
  | { readonly vector: readonly number[]; readonly fallbackReason: null }
  | { readonly vector: null; readonly fallbackReason: EmbeddingFallback; readonly error: unknown }
> {
  const { index, embedder } = params;
  if (index.embeddingModel === null) {
    return { vector: null, fallbackReason: "no_index_vectors", error: null };
  }
  if (index.embeddingModel !== embedder.model) {
    const error = new Error(`index embedded with ${index.embeddingModel}, not ${embedder.model}`);
    return { vector: null, fallbackReason: "embedding_mismatch", error };
  }
  try {
    const [vector] = await embedder.embed([params.question], params.signal);
    if (!vector || vector.length === 0) throw new Error("no embedding returned");
    return { vector, fallbackReason: null };
  } catch (error) {
    return { vector: null, fallbackReason: "embedding_error", error };
  }
}
