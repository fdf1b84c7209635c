export type {
  ExtractedPage,
  ExtractedDocument,
  DocChunk,
  HighlightRange,
  Snippet,
  DocHit,
  ClosestDocument,
  DocSearchResult,
} from "./types";
export type { Heading } from "./detect-heading";
export { detectHeading, MAX_HEADING_CHARS } from "./detect-heading";
export type { ChunkOptions } from "./chunk-document";
export { chunkDocument } from "./chunk-document";
export { stripRunningLines } from "./strip-running-lines";
export { formatLocation } from "./format-location";
export { buildSnippet, findHighlights, markSnippet, SNIPPET_CHARS } from "./build-snippet";
export type { DocIndexOptions, DocIndexJson, DocSearchOptions } from "./DocIndex";
export {
  DocIndex,
  DOC_INDEX_VERSION,
  DOC_FIELD_WEIGHTS,
  MIN_COVERAGE,
  CLOSEST_DOCUMENTS,
} from "./DocIndex";
export type { ExtractiveAnswer } from "./summarize-passages";
export { summarizePassages } from "./summarize-passages";
export { buildDocsPrompt, citationLabel, DOCS_PROMPT_VERSION } from "./build-docs-prompt";
export type { GroundingCheck, GroundingFailure } from "./check-docs-grounding";
export { checkDocsGrounding } from "./check-docs-grounding";
export { WELFARE_VARIANTS } from "./welfare-variants";
export type { ManualAnswer, ManualResult } from "./answer-from-manuals";
export { answerFromManuals } from "./answer-from-manuals";
