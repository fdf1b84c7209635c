import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PII_CLASS } from "../../src/core/pii";
import type { PiiType } from "../../src/core/pii";
import type { RecordedRequest } from "../helpers/openai-test-server";
import type { PiiLine } from "./fixtures/pii-lines";
import { PII_LINES } from "./fixtures/pii-lines";

const SHARED_FIXTURE = join(__dirname, "..", "fixtures", "pii", "pii-cases.jsonl");

export type PiiCase = PiiLine & { readonly source: "own" | "shared" };

/** Our own lines plus the PII engineer's shared test set (`{text, entities: [{type, text}]}`). */
export function loadPiiCases(): { cases: PiiCase[]; sharedCount: number } {
  const cases: PiiCase[] = PII_LINES.map((line) => ({ ...line, source: "own" }));
  if (!existsSync(SHARED_FIXTURE)) return { cases, sharedCount: 0 };
  let sharedCount = 0;
  for (const line of readFileSync(SHARED_FIXTURE, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { text?: string; entities?: { type: string; text: string }[] };
    const entities = row.entities ?? [];
    if (!row.text || entities.length === 0) continue;
    cases.push({
      text: row.text,
      values: entities.map((entity) => entity.text),
      block: entities.some((entity) => PII_CLASS[entity.type as PiiType] === "block"),
      source: "shared",
    });
    sharedCount += 1;
  }
  return { cases, sharedCount };
}

/** Every form in which a value could show up: as written, NFKC, and digits only. */
export function buildLeakNeedles(value: string): string[] {
  const needles = new Set([value, value.normalize("NFKC")]);
  const digits = value.normalize("NFKC").replace(/\D/g, "");
  if (digits.length >= 7) needles.add(digits);
  return [...needles].filter((needle) => needle.trim().length > 0);
}

/** Everything a server received in one request, as text: body, JSON strings, headers, parts. */
export function collectReceivedText(request: RecordedRequest): string {
  const parts = [request.raw.toString("utf8"), request.path, ...Object.values(request.query)];
  parts.push(...Object.entries(request.headers).map(([name, value]) => `${name}: ${value}`));
  if (request.json) parts.push(JSON.stringify(request.json));
  if (request.multipart) {
    parts.push(...Object.values(request.multipart.fields));
    parts.push(
      ...request.multipart.files.map((file) => `${file.filename} ${file.bytes.toString("utf8")}`),
    );
  }
  return parts.join("\n");
}

/** The values of `values` found in `text` (in any of their forms). */
export function findLeaks(text: string, values: readonly string[]): string[] {
  return values.filter((value) => buildLeakNeedles(value).some((needle) => text.includes(needle)));
}
