import type { Candidate } from "../types";

/**
 * Findings that only look like personal information, dropped after every recognizer ran:
 * - a full name read from the lists with no cue, glued to a place named after it: a memorial, a
 *   street or a statue named after a famous person (`宮沢賢治記念通り`, `清水次郎長の生家`);
 * - a sender's address that nobody reads (`noreply@…`, `do-not-reply@…`, `mailer-daemon@…`);
 * - an address-format example in quotes with no place name (`「1-2-3」って書く`).
 */
/**
 * A place or a work named after a person, glued to the name (記念通り, 記念館, 像, 生家); 長 is
 * the end of a nickname said before one (次郎長の生家).
 */
const NAMED_AFTER =
  /^(?:記念|通り|像|銅像|公園|館|文学館|美術館|資料館|賞|神社|生家|旧宅|墓|碑|文庫|会館|商店|商事|長の(?:生家|像|墓))/u;
const SYSTEM_SENDER =
  /^(?:no-?reply|do-?not-?reply|donotreply|mailer-daemon|postmaster)(?:[+.-][^@]*)?@/iu;
const FORMAT_EXAMPLE_AFTER = /^」(?:って|と|という|の)? ?(?:書|表記|記入|記載)/u;

export function dropLookalikes(
  text: string,
  names: string,
  found: readonly Candidate[],
): readonly Candidate[] {
  // Most texts hold none: the list is copied only when one is dropped.
  if (!found.some((candidate) => isLookalike(text, names, candidate))) return found;
  return found.filter((candidate) => !isLookalike(text, names, candidate));
}

function isLookalike(text: string, names: string, candidate: Candidate): boolean {
  if (candidate.type === "person_name") {
    if (candidate.evidence !== "dictionary:full-name") return false;
    if (!/[記通像銅公館美資賞神生旧墓碑文会商長]/.test(names[candidate.end] ?? "")) return false;
    return NAMED_AFTER.test(names.slice(candidate.end, candidate.end + 6));
  }
  if (candidate.type === "email")
    return SYSTEM_SENDER.test(text.slice(candidate.start, candidate.end));
  if (candidate.type === "address") {
    if (text[candidate.start - 1] !== "「") return false;
    if (!/^[0-9一二三四五六七八九十]/u.test(text.slice(candidate.start, candidate.end)))
      return false;
    return FORMAT_EXAMPLE_AFTER.test(text.slice(candidate.end, candidate.end + 8));
  }
  return false;
}
