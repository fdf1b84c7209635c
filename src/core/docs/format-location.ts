import type { DocChunk } from "./types";

/**
 * Where a passage is, for people: `p.3 > 2. 照会の対象 > 2.2 扶養の期待可能性がない者`.
 * Page first (what one turns to in print), then the heading path; `(冒頭)` marks text
 * before the first heading.
 */
export function formatLocation(chunk: Pick<DocChunk, "page" | "sectionPath">): string {
  const parts: string[] = [];
  if (chunk.page !== null) parts.push(`p.${chunk.page}`);
  parts.push(...chunk.sectionPath);
  if (chunk.sectionPath.length === 0) parts.push("(冒頭)");
  return parts.join(" > ");
}
