import { detectHeading } from "./detect-heading";
import { stripRunningLines } from "./strip-running-lines";
import type { DocChunk, ExtractedDocument } from "./types";

export type ChunkOptions = {
  /** A passage longer than this is split at a sentence end. @default 500 */
  readonly maxChars?: number;
  /** Passages shorter than this are merged into the next one of the same section. @default 40 */
  readonly minChars?: number;
};

const DEFAULT_MAX_CHARS = 500;
const DEFAULT_MIN_CHARS = 40;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー・、。「」『』（）【】〔〕]/u;

/** Joins a wrapped PDF line to the previous one: no space between Japanese characters. */
function joinLine(previous: string, line: string): string {
  if (!previous) return line;
  if (/[。！？]$/.test(previous) || /^[(（]?\d+[)）]/.test(line) || /^[・●○◆■-]/.test(line)) {
    return `${previous}\n${line}`;
  }
  const last = previous.slice(-1);
  const first = line.charAt(0);
  return CJK.test(last) && CJK.test(first) ? previous + line : `${previous} ${line}`;
}

function splitLongText(text: string, maxChars: number): string[] {
  if (text.length <= maxChars) return [text];
  const sentences = text.match(/[^。！？\n]+[。！？]?\n?/g) ?? [text];
  const parts: string[] = [];
  let current = "";
  for (const sentence of sentences) {
    if (current && current.length + sentence.length > maxChars) {
      parts.push(current.trim());
      current = "";
    }
    current += sentence;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/**
 * Splits a document into passages along its headings and pages. A passage never spans two
 * pages or two sections, so its location (`page`, `sectionPath`) is exact; long sections are
 * split at sentence ends, and running headers/footers are dropped first.
 */
export function chunkDocument(document: ExtractedDocument, options: ChunkOptions = {}): DocChunk[] {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const minChars = options.minChars ?? DEFAULT_MIN_CHARS;
  const chunks: DocChunk[] = [];
  const headings: { level: number; title: string }[] = [];
  let buffer = "";
  let bufferPage: number | null = null;

  const flush = (): void => {
    const text = buffer.trim();
    buffer = "";
    if (!text) return;
    const sectionPath = headings.map((heading) => heading.title);
    for (const part of splitLongText(text, maxChars)) {
      const previous = chunks[chunks.length - 1];
      const samePlace =
        previous &&
        previous.page === bufferPage &&
        previous.sectionPath.join("\u0000") === sectionPath.join("\u0000");
      if (samePlace && previous.text.length < minChars) {
        chunks[chunks.length - 1] = { ...previous, text: `${previous.text}\n${part}` };
        continue;
      }
      chunks.push({
        id: `${document.doc}#${chunks.length + 1}`,
        doc: document.doc,
        page: bufferPage,
        sectionPath,
        text: part,
      });
    }
  };

  let seenText = false;
  for (const page of stripRunningLines(document.pages)) {
    flush();
    bufferPage = page.page;
    for (const rawLine of page.text.split(/\r?\n/)) {
      const line = rawLine.trim();
      // A plain first line repeating the title (PDF, text) is the title, not body text.
      if (!seenText && line) {
        seenText = true;
        if (line === document.title) continue;
      }
      if (!line) {
        if (buffer && !buffer.endsWith("\n")) buffer += "\n";
        continue;
      }
      const heading = detectHeading(line);
      if (heading) {
        flush();
        // The document title is the document's name, not a section of it.
        if (heading.level === 1 && chunks.length === 0 && headings.length === 0) continue;
        while (headings.length > 0 && headings[headings.length - 1]!.level >= heading.level) {
          headings.pop();
        }
        headings.push(heading);
        continue;
      }
      buffer = buffer.endsWith("\n") || !buffer ? buffer + line : joinLine(buffer, line);
    }
  }
  flush();
  return chunks;
}
