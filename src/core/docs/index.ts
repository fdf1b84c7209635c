export type {
  ExtractedPage,
  ExtractedDocument,
  DocChunk,
  HighlightRange,
  Snippet,
  DocHit,
  ClosestDocument,
  DocSearchResult,
  DocRetrieval,
  DocGateVerdict,
} from "./types";
export type { Heading } from "./detect-heading";
export { detectHeading, MAX_HEADING_CHARS } from "./detect-heading";
export type { ChunkOptions } from "./chunk-document";
export { chunkDocument } from "./chunk-document";
export { stripRunningLines } from "./strip-running-lines";
export { formatLocation } from "./format-location";
export { buildSnippet, findHighlights, markSnippet, SNIPPET_CHARS } from "./build-snippet";
export type { DocSearchOptions } from "./DocIndex";
export { DocIndex } from "./DocIndex";
export type { DocIndexJson } from "./doc-index-json";
export { DOC_INDEX_VERSION } from "./doc-index-json";
export type { DocIndexOptions } from "./index-documents";
export { DOC_FIELD_WEIGHTS } from "./index-documents";
export { MIN_COVERAGE, GATE_CANDIDATES, GATE_FUSED_CANDIDATES } from "./judge-answerable";
export { CLOSEST_DOCUMENTS } from "./build-search-result";
export type { GateSignals } from "./score-gate";
export { scoreGate, GATE_WEIGHTS, MIN_GATE_SCORE } from "./score-gate";
export type { DocEmbeddingsJson } from "./doc-embeddings";
export type { DocEmbedder, EmbeddingFallback, EmbedDocIndexResult } from "./embed-doc-index";
export { embedDocIndex, embedQuestion, EMBED_BATCH_SIZE } from "./embed-doc-index";
export { fuseRankings, RRF_K, FUSION_DEPTH } from "./fuse-rankings";
export type { ExtractiveAnswer } from "./summarize-passages";
export { summarizePassages } from "./summarize-passages";
export { buildDocsPrompt, citationLabel, DOCS_PROMPT_VERSION } from "./build-docs-prompt";
export type { GroundingCheck, GroundingFailure } from "./check-docs-grounding";
export { checkDocsGrounding } from "./check-docs-grounding";
export { WELFARE_VARIANTS } from "./welfare-variants";
export type { ManualAnswer, ManualResult } from "./answer-from-manuals";
export { answerFromManuals } from "./answer-from-manuals";
export { mergeDocIndexes } from "./merge-doc-indexes";
export type {
  StoredDocIndex,
  StoredDocSource,
  StoredDocIndexProblem,
  ParsedStoredDocIndex,
} from "./stored-doc-index";
export {
  STORED_DOC_INDEX_FORMAT,
  parseStoredDocIndex,
  isStoredIndexCurrent,
} from "./stored-doc-index";
