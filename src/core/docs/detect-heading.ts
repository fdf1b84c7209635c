/** A heading line recognised in extracted text. Level 1 is a document title, 2 a chapter. */
export type Heading = { readonly level: number; readonly title: string };

/** Headings are short; a longer "1. …" line is a numbered sentence, not a heading. */
export const MAX_HEADING_CHARS = 40;

const MARKDOWN = /^(#{1,6})\s+(.+?)\s*#*$/;
// 第1章 / 第一編 …: a chapter in Japanese official documents.
const CHAPTER = /^第[0-9０-９一二三四五六七八九十百]+[章編部]\s*\S/;
// 1. / 1.2 / 1.2.3 followed by a title (full-width digits and dots are folded first).
const NUMBERED = /^(\d{1,2})(?:\.(\d{1,2}))?(?:\.(\d{1,2}))?\.?\s+\S/;
const SENTENCE_END = /[。、，,：:]$/;

function foldDigits(line: string): string {
  return line
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[．]/g, ".")
    .replace(/\u3000/g, " ");
}

/**
 * Recognises a heading line: Markdown `#`, `第N章`, or numbered `1.` / `1.1` / `1.1.1`
 * (levels 2, 3, 4, so numbered and Markdown manuals produce the same section paths).
 * List items such as `(1) …` are body text, not headings.
 */
export function detectHeading(rawLine: string): Heading | null {
  const line = rawLine.trim();
  if (!line) return null;
  const markdown = MARKDOWN.exec(line);
  if (markdown) return { level: markdown[1]!.length, title: markdown[2]! };
  if (line.length > MAX_HEADING_CHARS || SENTENCE_END.test(line)) return null;
  if (CHAPTER.test(line)) return { level: 2, title: line };
  const folded = foldDigits(line);
  const numbered = NUMBERED.exec(folded);
  if (!numbered) return null;
  // A bare "1." followed by a dot-less number ("2024 年") is not a heading; require a dot or a sub-number.
  if (!numbered[2] && !/^\d{1,2}\.\s/.test(folded)) return null;
  const depth = numbered[3] ? 3 : numbered[2] ? 2 : 1;
  return { level: depth + 1, title: folded.replace(/\s+/g, " ") };
}
