const UTF8 = new TextDecoder("utf-8", { fatal: true });
// Excel and older Windows tools still write Shift_JIS; WHATWG names it "shift_jis".
const SHIFT_JIS = new TextDecoder("shift_jis");

/** Decodes a text or Markdown manual: UTF-8 (with or without BOM), else Shift_JIS. */
export function decodeTextFile(bytes: Uint8Array): string {
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    text = SHIFT_JIS.decode(bytes);
  }
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}
