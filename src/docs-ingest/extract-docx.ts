import mammoth from "mammoth";
import { DocsError } from "../errors";

const ENTITIES: Readonly<Record<string, string>> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&nbsp;": " ",
};

function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&[a-z]+;|&#39;/g, (entity) => ENTITIES[entity] ?? entity);
}

/**
 * Word (.docx) → lines, with Word's heading styles kept as Markdown `#` marks so the chunker
 * sees the same structure as in a Markdown manual. mammoth's HTML is regular (one block per
 * paragraph), so a block-level pass is enough; the HTML is never rendered.
 */
export async function extractDocx(bytes: Uint8Array, file: string): Promise<string> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new DocsError("E_DOCS_UNREADABLE", { file, detail }, error);
  }
  const lines: string[] = [];
  for (const match of html.matchAll(/<(h[1-6]|p|li|td|th)\b[^>]*>([\s\S]*?)<\/\1>/g)) {
    const tag = match[1]!;
    const text = decodeEntities(
      match[2]!.replace(/<br\s*\/?>/g, "\n").replace(/<[^>]+>/g, ""),
    ).trim();
    if (!text) continue;
    lines.push(tag.startsWith("h") ? `${"#".repeat(Number(tag[1]))} ${text}` : text, "");
  }
  return lines.join("\n");
}
