import type { ExtractedPage } from "./types";

/** Below this many pages a repeated line is as likely content as a running header. */
const MIN_PAGES = 3;
const MIN_SHARE = 0.6;

function lineKey(line: string): string {
  return line.trim().replace(/[0-9０-９]+/g, "#");
}

/**
 * Removes running headers and footers ("青葉川市 保護課 … — 3 / 5 —"): lines that, with their
 * numbers ignored, appear on most pages. They would otherwise match every query about the
 * city or the department and land in every snippet.
 */
export function stripRunningLines(pages: readonly ExtractedPage[]): ExtractedPage[] {
  if (pages.length < MIN_PAGES) return [...pages];
  const pagesByKey = new Map<string, number>();
  for (const page of pages) {
    const keys = new Set(page.text.split("\n").map(lineKey).filter(Boolean));
    for (const key of keys) pagesByKey.set(key, (pagesByKey.get(key) ?? 0) + 1);
  }
  const running = new Set(
    [...pagesByKey].filter(([, count]) => count / pages.length >= MIN_SHARE).map(([key]) => key),
  );
  if (running.size === 0) return [...pages];
  return pages.map((page) => ({
    page: page.page,
    text: page.text
      .split("\n")
      .filter((line) => !running.has(lineKey(line)))
      .join("\n"),
  }));
}
