/* eslint-disable @typescript-eslint/no-require-imports -- lazy loading: pdf.js and mammoth load only when a manual is read */
import type * as DocsIngest from "../../docs-ingest";
import type { DocumentExtractor } from "./index-manual-records";

/**
 * docs-ingest, loaded on first use so that commands that never read a manual (setup without
 * manuals to index, answer, gateway) do not load it. `require` rather than `import()`: the
 * Node build is CommonJS (see src/cli/commands/index.ts).
 */
export function loadDocsIngest(): typeof DocsIngest {
  return require("../../docs-ingest") as typeof DocsIngest;
}

/** The real extractor (docs-ingest's `extractDocument`). */
export const extractWithDocsIngest: DocumentExtractor = (params) =>
  loadDocsIngest().extractDocument(params);
