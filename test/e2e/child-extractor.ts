import { spawn } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { ExtractedDocument } from "../../src/core/docs";
import type { DocumentExtractor } from "../../src/kintone";
import type { DocsErrorKey } from "../../src/errors";
import { DocsError } from "../../src/errors";

const ROOT = join(__dirname, "..", "..");

type Reply = {
  id: number;
  document?: ExtractedDocument;
  truncated?: { code: DocsErrorKey; params: Record<string, string | number> } | null;
  problem?: { code: DocsErrorKey; params: Record<string, string | number> };
  failure?: string;
};

/**
 * The real extractor, run in one child Node process (see extract-worker.ts) so that setup can
 * index PDFs from inside Jest. `close()` ends the child.
 */
export function startChildExtractor(): { extract: DocumentExtractor; close(): void } {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", join(ROOT, "test/e2e/extract-worker.ts")],
    {
      cwd: ROOT,
      stdio: ["pipe", "pipe", "inherit"],
    },
  );
  const waiting = new Map<number, (reply: Reply) => void>();
  createInterface({ input: child.stdout }).on("line", (line) => {
    const reply = JSON.parse(line) as Reply;
    waiting.get(reply.id)?.(reply);
    waiting.delete(reply.id);
  });
  let next = 0;
  const extract: DocumentExtractor = ({ doc, bytes }) =>
    new Promise((resolve, reject) => {
      const id = (next += 1);
      waiting.set(id, (reply) => {
        if (reply.document) {
          const truncated = reply.truncated
            ? new DocsError(reply.truncated.code, reply.truncated.params)
            : null;
          resolve({ document: reply.document, truncated });
        } else if (reply.problem) reject(new DocsError(reply.problem.code, reply.problem.params));
        else reject(new Error(reply.failure ?? "extraction failed"));
      });
      child.stdin.write(
        `${JSON.stringify({ id, doc, bytes: Buffer.from(bytes).toString("base64") })}\n`,
      );
    });
  return { extract, close: () => child.kill() };
}
