/**
 * Child process for the browser tests' setup: pdf.js (through unpdf) is ES modules only,
 * which Jest's CommonJS sandbox cannot import, so setup's manual extraction runs here, in a
 * real Node process, with the real docs-ingest code. One JSON request per stdin line
 * (`{id, doc, bytes: base64}`), one JSON reply per stdout line.
 */
import { createInterface } from "node:readline";
import { extractDocument } from "../../src/docs-ingest";
import { isDocsError } from "../../src/errors";

const lines = createInterface({ input: process.stdin });
lines.on("line", (line) => {
  const request = JSON.parse(line) as { id: number; doc: string; bytes: string };
  extractDocument({ doc: request.doc, bytes: new Uint8Array(Buffer.from(request.bytes, "base64")) })
    .then(({ document, truncated }) => {
      const cut = truncated ? { code: truncated.messageKey, params: truncated.params } : null;
      return { id: request.id, document, truncated: cut };
    })
    .catch((error: unknown) =>
      isDocsError(error)
        ? { id: request.id, problem: { code: error.messageKey, params: error.params } }
        : { id: request.id, failure: String(error) },
    )
    .then((reply) => process.stdout.write(`${JSON.stringify(reply)}\n`));
});
