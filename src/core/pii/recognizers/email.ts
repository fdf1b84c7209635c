import { execAll } from "../text-tools";
import type { Candidate, RecognizerInput } from "../types";

// Bounded quantifiers keep this linear; spoken "アットマーク"/"ドット" are accepted between parts.
// ★ / ☆ / (at): an at-mark disguised against spam (ayumi★example.jp, ★を@に変えて).
const AT =
  "(?:\\s?[@★☆]\\s?|\\s?(?:\\(at\\)|\\[at\\]|アットマーク|アット|あっとまーく|あっと)\\s?)";
// example . com: a dot spaced on both sides (voice input); `.com. Next` keeps its full stop.
const DOT = "(?:\\.|\\s\\.\\s|\\s?(?:ドット|どっと)\\s?)";
const JOIN = "(?:[._+-]|\\s?(?:ドット|どっと|ハイフン|はいふん|アンダーバー|アンダースコア)\\s?)";
const LOCAL = `[A-Za-z0-9%]{1,40}(?:${JOIN}[A-Za-z0-9%]{1,40}){0,4}`;
const DOMAIN = `[A-Za-z0-9-]{1,40}(?:${DOT}[A-Za-z0-9-]{1,40}){1,4}`;
const EMAIL = new RegExp(`(?<![A-Za-z0-9._%+-])${LOCAL}${AT}${DOMAIN}(?![A-Za-z0-9-])`, "gu");

/** kenta.s at example dot com: an address read out in English. */
// sato underscore riko at example dot com: the local part's joins said as words too.
const ENGLISH_EMAIL =
  /(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._+-]{0,40}(?: (?:underscore|dash|hyphen|dot) [A-Za-z0-9][A-Za-z0-9._+-]{0,40}){0,3} (?:at|AT) [A-Za-z0-9-]{1,40}(?: (?:dot|DOT) [A-Za-z0-9-]{1,40}){1,4}(?![A-Za-z0-9-])/gu;

/** Cheap pre-check: an @ or a spoken at-mark. */
const MAYBE_EMAIL = /@|★|☆|\(at\)|\[at\]|アット|あっと| (?:at|AT) /;

/** E-mail addresses, written (also full-width, via NFKC) or spoken (アットマーク, ドット). */
export function recognizeEmails(input: RecognizerInput): Candidate[] {
  const out: Candidate[] = [];
  if (!MAYBE_EMAIL.test(input.text)) return out;
  for (const match of [...execAll(EMAIL, input.text), ...execAll(ENGLISH_EMAIL, input.text)]) {
    const value = match[0];
    const start = match.index ?? 0;
    const canonical = value
      .replace(/ (?:at|AT) /g, "@")
      .replace(/ (?:dot|DOT) |\s\.\s/g, ".")
      .replace(/ underscore /g, "_")
      .replace(/ (?:dash|hyphen) /g, "-")
      .replace(/\s?(@|★|☆|\(at\)|\[at\]|アットマーク|アット|あっとまーく|あっと)\s?/g, "@")
      .replace(/\s?(ドット|どっと)\s?/g, ".")
      .replace(/\s?(ハイフン|はいふん)\s?/g, "-")
      .replace(/\s?(アンダーバー|アンダースコア)\s?/g, "_")
      .toLowerCase();
    if (!/@[^@]+\.[a-z]{2,}$/.test(canonical)) continue;
    if (input.publicValues.has(canonical)) continue;
    const spoken = !value.includes("@");
    out.push({
      type: "email",
      start,
      end: start + value.length,
      score: spoken ? 0.8 : 0.95,
      evidence: spoken ? "pattern:spoken-email" : "pattern:email",
      key: canonical,
    });
  }
  return out;
}
