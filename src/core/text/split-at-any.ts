/**
 * `text.split(/[…]/)` for single separator characters, without the regex: split() builds a new
 * regex on every call (and V8 compiles it again after each garbage collection).
 */
export function splitAtAny(text: string, separators: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (!separators.includes(text.charAt(i))) continue;
    parts.push(text.slice(from, i));
    from = i + 1;
  }
  parts.push(text.slice(from));
  return parts;
}
