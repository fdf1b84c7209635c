export type { IngestLimits } from "./limits";
export { DEFAULT_INGEST_LIMITS } from "./limits";
export type { Extraction } from "./extract-document";
export { extractDocument, SUPPORTED_EXTENSIONS } from "./extract-document";
export { listManualFiles } from "./list-manual-files";
export type { IndexStats, ManualsIndex, LoadManualsOptions } from "./load-manuals-index";
export { loadManualsIndex, INDEX_CACHE_FILE } from "./load-manuals-index";
