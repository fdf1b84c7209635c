/**
 * Child-process helper for the ingestion tests: pdf.js (through unpdf) is ES modules only,
 * which Jest's CommonJS sandbox cannot import, so PDF extraction runs in a real Node process
 * (`node --import tsx`), exactly as the CLI runs it. Prints one JSON line per file.
 * Usage: run-extract.ts DIR FILE... (limits as JSON in MADOGUCHI_TEST_LIMITS)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chunkDocument } from "../../src/core/docs";
import type { IngestLimits } from "../../src/docs-ingest";
import { extractDocument } from "../../src/docs-ingest";
import { isDocsError } from "../../src/errors";

async function main(): Promise<void> {
  const [dir, ...files] = process.argv.slice(2);
  const limits = process.env.MADOGUCHI_TEST_LIMITS
    ? (JSON.parse(process.env.MADOGUCHI_TEST_LIMITS) as IngestLimits)
    : undefined;
  for (const file of files) {
    try {
      const bytes = readFileSync(join(dir!, file));
      const { document, truncated } = await extractDocument({
        doc: file,
        bytes,
        ...(limits ? { limits } : {}),
      });
      const truncatedInfo = truncated ? { code: truncated.code, message: truncated.message } : null;
      console.log(
        JSON.stringify({
          file,
          document,
          chunks: chunkDocument(document),
          truncated: truncatedInfo,
        }),
      );
    } catch (error) {
      if (!isDocsError(error)) throw error;
      console.log(JSON.stringify({ file, error: { code: error.code, message: error.message } }));
    }
  }
}

void main();
