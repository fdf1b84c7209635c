import type { Candidate } from "../types";

/**
 * Findings that only look like personal information, dropped after every recognizer ran:
 * - a full name read from the lists with no cue, glued to a place named after it: a memorial, a
 *   street or a statue named after a famous person (`宮沢賢治記念通り`, `清水次郎長の生家`);
 * - a sender's address that nobody reads (`noreply@…`, `do-not-reply@…`, `mailer-daemon@…`);
 * - an address-format example in quotes with no place name (`「1-2-3」って書く`);
 * - an address whose numbers are all placeholders (`〇丁目〇番〇号`, `○-○-○`);
 * - an office's postal code: the office named before it (`市役所の郵便番号は〒…`) or in brackets
 *   after the address it heads (`〒… 中央区本町1-1(中央区役所)`);
 * - an office's mailbox: a single-word local part at a public body's domain
 *   (`soudan@city-example.example.jp`, `info@pref.example.lg.jp`).
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
/** Numerals of a real block or lot: an address without any is a template. */
const REAL_NUMERAL = /[1-9一二三四五六七八九十百]/;
const PLACEHOLDER_NUMERAL = /[〇○0×][^〇○0×]*[〇○0×]/;
const OFFICE =
  "(?:役所|役場|庁舎|本庁|支所|出張所|センター|事務所|事務局|図書館|公民館|郵便局|警察署|消防署|病院|学校|大学)";
/** 宵待区役所の郵便番号は〒 / 市民センターの〒: the office named right before the code. */
const OFFICE_CODE_BEFORE = new RegExp(
  `${OFFICE}(?:の|は|、)(?:郵便番号|〒)?(?:は|が|:)? ?〒?$`,
  "u",
);
/** … 本町1-1(中央区役所): the office in brackets after the address the code heads. */
const OFFICE_IN_BRACKETS = new RegExp(`^[^。()]{2,30}\\([^()。]{0,12}${OFFICE}\\)`, "u");
const PUBLIC_DOMAIN = /@(?:[a-z0-9-]+\.)*(?:city|town|vill|pref)[.-]|\.lg\.jp$/iu;
const ROLE_MAILBOX = /^[a-z]{2,16}@/u;

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
  if (candidate.type === "email") {
    const value = text.slice(candidate.start, candidate.end);
    return SYSTEM_SENDER.test(value) || (ROLE_MAILBOX.test(value) && PUBLIC_DOMAIN.test(value));
  }
  if (candidate.type === "postal_code") {
    if (!/[所場舎庁局署院校学ー館]/.test(text)) return false;
    return (
      OFFICE_CODE_BEFORE.test(text.slice(Math.max(0, candidate.start - 16), candidate.start)) ||
      OFFICE_IN_BRACKETS.test(text.slice(candidate.end, candidate.end + 48))
    );
  }
  if (candidate.type === "address") {
    const value = text.slice(candidate.start, candidate.end);
    if (PLACEHOLDER_NUMERAL.test(value) && !REAL_NUMERAL.test(value)) return true;
    if (text[candidate.start - 1] !== "「") return false;
    if (!/^[0-9一二三四五六七八九十]/u.test(value)) return false;
    return FORMAT_EXAMPLE_AFTER.test(text.slice(candidate.end, candidate.end + 8));
  }
  return false;
}
