/** Bounds that keep one huge or hostile file from stalling indexing. */
export type IngestLimits = {
  /** Files larger than this are skipped. @default 50 MB */
  readonly maxFileBytes: number;
  /** Only the first pages of a longer PDF are indexed (reported). @default 500 */
  readonly maxPages: number;
  /** Text beyond this many characters per document is not indexed (reported). @default 1,000,000 */
  readonly maxChars: number;
};

export const DEFAULT_INGEST_LIMITS: IngestLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxPages: 500,
  maxChars: 1_000_000,
};
