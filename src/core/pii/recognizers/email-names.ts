import { execAll } from "../text-tools";
import type { Candidate } from "../types";
import { toHiragana } from "./kana-names";
import { toRomaji } from "./kana-full-names";
import { foundNameCandidate } from "./name-candidate";
import { isNameShaped } from "../name-kanji";
import { checkName, isOrdinaryWord } from "./name-check";
import { isPublicMailbox } from "./lookalikes";

const AT = /@|アットマーク|あっとまーく|アット|あっと/u;
const KANA_RUN = /[\p{Script=Hiragana}ー]{3,12}|[\p{Script=Katakana}ー]{3,12}/gu;
const MIN_SEGMENT = 4;
const NEAR = 40;
/** NPO法人たんぽぽの家 / 株式会社さくら: the kana word names an organisation, whose mailbox it is. */
const ORGANISATION_BEFORE = /(?:法人|会社|組合|団体) ?$/u;

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
  const out: Candidate[] = [];
  for (const email of found) {
    if (email.type !== "email") continue;
    spans.push([email.start, email.end]);
    const owner = ownerAfter(text, email.end);
    if (owner) out.push(owner);
    // What precedes the first at-mark (split() would compile a regex on every call).
    const address = text.slice(email.start, email.end);
    // aozora-kodomo@city…: an office's words (こども) are no name.
    if (isPublicMailbox(address)) continue;
    const at = address.search(AT);
    const local = at < 0 ? address : address.slice(0, at);
    for (const word of local.toLowerCase().match(/[a-z]+/gu) ?? [])
      if (word.length >= MIN_SEGMENT) segments.add(word);
  }
  if (segments.size === 0) return out;
  // The name is said next to the address: only the words around it are read.
  const from = Math.max(0, Math.min(...spans.map(([start]) => start)) - NEAR);
  const to = Math.max(...spans.map(([, end]) => end)) + NEAR;
  for (const match of execAll(KANA_RUN, text.slice(from, to))) {
    const start = from + (match.index ?? 0);
    if (spans.some(([at, end]) => at <= start && start < end)) continue;
    if (ORGANISATION_BEFORE.test(text.slice(Math.max(0, start - 3), start))) continue;
    for (let end = start + match[0].length; end - start >= 3; end -= 1) {
      if (!romajiForms(text.slice(start, end)).some((form) => segments.has(form))) continue;
      out.push(foundNameCandidate(text, start, end, "echo:name-in-email"));
      break;
    }
  }
  return out;
}

/** hanako@example.com（森本）: the owner's name in brackets right after the address. */
// s.okabe@example.com 岡部: or the name signing the message right after it, at its end.
const OWNER_AFTER =
  /^ ?\(([\p{Script=Han}々ヶ]{2,4})\)|^ ([\p{Script=Han}々ヶ]{2,4})(?:です)?[。.]?$/u;

function ownerAfter(text: string, end: number): Candidate | null {
  const match = OWNER_AFTER.exec(text.slice(end, end + 8));
  const word = match?.[1] ?? match?.[2];
  if (!match || !word || isOrdinaryWord(word)) return null;
  if (!checkName(word, "weak", new Set()) && !isNameShaped(word)) return null;
  const start = end + match[0].indexOf(word);
  return foundNameCandidate(text, start, start + word.length, "cue:email-owner");
}
