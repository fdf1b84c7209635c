import type { Candidate } from "../types";
import { toHiragana } from "./kana-names";
import { toRomaji } from "./kana-full-names";
import { foundNameCandidate } from "./name-candidate";

const AT = /@|アットマーク|あっとまーく|アット|あっと/u;
const KANA_RUN = /[\p{Script=Hiragana}ー]{3,12}|[\p{Script=Katakana}ー]{3,12}/gu;
const MIN_SEGMENT = 4;
const NEAR = 40;

/** sato / satou, ooki / oki: romaji as written in addresses, with or without long vowels. */
function romajiForms(kana: string): string[] {
  const romaji = toRomaji(toHiragana(kana).replace(/ー/gu, ""));
  return romaji ? [romaji, romaji.replace(/ou/gu, "o").replace(/uu/gu, "u")] : [];
}

/**
 * k.sugimura アットマーク example ドット com、すぎむらのkです: an e-mail address is often built from
 * its owner's name, and callers explain it by saying the name. A kana word whose romaji is a word of
 * a found address's local part (≥ 4 letters) is that name.
 */
export function findNamesInEmails(text: string, found: readonly Candidate[]): Candidate[] {
  const segments = new Set<string>();
  const spans: [number, number][] = [];
  for (const email of found) {
    if (email.type !== "email") continue;
    spans.push([email.start, email.end]);
    const local = text.slice(email.start, email.end).split(AT)[0] ?? "";
    for (const word of local.toLowerCase().match(/[a-z]+/gu) ?? [])
      if (word.length >= MIN_SEGMENT) segments.add(word);
  }
  if (segments.size === 0) return [];
  const out: Candidate[] = [];
  // The name is said next to the address: only the words around it are read.
  const from = Math.max(0, Math.min(...spans.map(([start]) => start)) - NEAR);
  const to = Math.max(...spans.map(([, end]) => end)) + NEAR;
  for (const match of text.slice(from, to).matchAll(KANA_RUN)) {
    const start = from + (match.index ?? 0);
    if (spans.some(([at, end]) => at <= start && start < end)) continue;
    for (let end = start + match[0].length; end - start >= 3; end -= 1) {
      if (!romajiForms(text.slice(start, end)).some((form) => segments.has(form))) continue;
      out.push(foundNameCandidate(text, start, end, "echo:name-in-email"));
      break;
    }
  }
  return out;
}
