import type { Candidate } from "../types";
import { isSurname } from "./name-check";
import { NO_EXTRA_SURNAMES } from "./name-candidate";
import { isSurnameRomaji } from "./kana-full-names";

/**
 * Findings that only look like personal information, dropped after every recognizer ran:
 * - a full name read from the lists with no cue, glued to a place named after it: a memorial, a
 *   street or a statue named after a famous person (`宮沢賢治記念通り`, `清水次郎長の生家`);
 * - a sender's address that nobody reads (`noreply@…`, `do-not-reply@…`, `mailer-daemon@…`);
 * - an address-format example in quotes with no place name (`「1-2-3」って書く`);
 * - an address whose numbers are all placeholders (`〇丁目〇番〇号`, `○-○-○`);
 * - an office's main phone line, named as the office's (`区役所の代表番号 045-…`);
 * - an office's postal code: the office named before it (`市役所の郵便番号は〒…`) or in brackets
 *   after the address it heads (`〒… 中央区本町1-1(中央区役所)`);
 * - an office's mailbox: a single-word local part at a public body's domain
 *   (`soudan@city-example.example.jp`, `info@pref.example.lg.jp`, `kumin@aoba-ku.example.jp`) or
 *   named as an office's (`区役所のメールアドレス、kurashi@…`).
 */
/**
 * A place or a work named after a person, glued to the name (記念通り, 記念館, 像, 生家); 長 is
 * the end of a nickname said before one (次郎長の生家).
 */
const NAMED_AFTER =
  /^(?:記念|通り|像|銅像|公園|館|文学館|美術館|資料館|賞|神社|生家|旧宅|墓|碑|文庫|会館|商店|商事|長の(?:生家|像|墓)|展|の(?:全集|作品|小説|詩集|童話|伝記|生涯|絵本|本(?!人)|詩|絵|歌)|が好き|のファン|ファン)/u;
/**
 * 市長の葛城 誠司が / 霧笛区長の真柴 郁夫さん: a person named by an elected office is a public
 * figure (区長 after a ward's name only: a neighbourhood's 区長 is a private person).
 */
const PUBLIC_TITLE_BEFORE =
  /(?:市長|町長|村長|知事|議長|議員|市議|区議|県議|都議|大臣|首相|総理|(?<=[\u4e00-\u9fff])区長)(?:の|、| ) ?$/u;
/** 市立碧波診療所の綾瀬 透先生: a doctor or head of a public institution named by role. */
const PUBLIC_BODY_BEFORE =
  /(?:市立|区立|県立|町立|村立|都立|府立|道立|国立|公立)[^。、 ]{0,12}(?:診療所|病院|医院|クリニック|図書館|学校|センター|保育園|幼稚園)の ?$/u;
/** The fixed words of the two patterns above, tested once per text. */
const PUBLIC_GUARD =
  /[市町村区]長|知事|議[長員]|[市区県都]議|大臣|首相|総理|[市区県町村都府道国公]立/;
const ROLE_AFTER = /^ ?(?:先生|医師|院長|館長|校長|所長|園長|センター長)/u;
/**
 * 豊田の工場に / 千葉に住んでいる姉の千葉 真由美 / 長野の長野 和子です: the surname of a full name said
 * alone where a place is meant (somewhere one lives, works, comes from; the place before the name).
 */
const PLACE_CONTEXT_AFTER =
  /^(?:に(?:住|引っ越|引越|転勤|転居|あ|い|行|戻)|で(?:働|勤|暮)|から(?:来|引っ越|引越|転)|の(?:工場|会社|支店|支社|本社|営業所|事業所|実家|病院|駅|店|大学|高校|出身|方)|出身|在住|県|府|市|駅|方面)/u;
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
/** 白樺区役所の代表番号 045-…: an office's main line, named as the office's. */
const OFFICE_PHONE_BEFORE = new RegExp(
  `(?:${OFFICE}|[課係室]|窓口)の?(?:代表番号|代表電話|代表)(?:は|が|:)?[、 ]?$`,
  "u",
);
/** … 本町1-1(中央区役所): the office in brackets after the address the code heads. */
const OFFICE_IN_BRACKETS = new RegExp(`^[^。()]{2,30}\\([^()。]{0,12}${OFFICE}\\)`, "u");
// kuminka@fujimi-ku.example.jp: a ward, city or town named with its romaji suffix is one too.
const PUBLIC_DOMAIN =
  /@(?:[a-z0-9-]+\.)*(?:(?:city|town|vill|pref)[.-]|[a-z0-9]+-(?:ku|shi|cho|machi|mura|son|city|ward)\.)|\.lg\.jp$/iu;
const ROLE_MAILBOX = /^[a-z]{2,16}@/u;
/** aozora-shimin@ / kodomo_shien@: a ward's and a section's words joined (two or three of them). */
const SECTION_MAILBOX = /^[a-z]{2,16}(?:[-_][a-z]{2,16}){1,2}@/u;
const MAILBOX_WORD = /[a-z]+/gu;
/** 区役所のメールアドレス、kurashi@… / 保育課のアドレスは: the office named as the mailbox's owner. */
// お問い合わせはメール(madoguchi@…)でも: a reply giving where to write to is the office's mailbox.
const OFFICE_MAILBOX_BEFORE =
  /(?:(?:役所|役場|庁舎|[課係室]|センター|窓口|支所|出張所|事務局)の(?:メール ?アドレス|メール|アドレス)(?:は|が|って|:)?[、 ]?|(?:お問い合わせ|お問合せ|お問い合せ|ご相談|ご質問)(?:先)?は[、 ]?(?:メール|Eメール)[(: ]?)$/u;

/**
 * An office's mailbox at a public body's domain: one word (`info@pref.example.lg.jp`) or a ward's
 * and a section's words joined (`aozora-shimin@city.example.lg.jp`), none of them a listed
 * surname's romaji (`yamada-taro@city…` is a clerk's own address).
 */
export function isPublicMailbox(value: string): boolean {
  if (!PUBLIC_DOMAIN.test(value)) return false;
  if (ROLE_MAILBOX.test(value)) return true;
  if (!SECTION_MAILBOX.test(value)) return false;
  const local = value.slice(0, value.indexOf("@"));
  return !(local.match(MAILBOX_WORD) ?? []).some(isSurnameRomaji);
}

export function dropLookalikes(
  text: string,
  names: string,
  found: readonly Candidate[],
): readonly Candidate[] {
  const publicPeople = findPublicPeople(names, found);
  if (publicPeople === null && !found.some((c) => c.evidence === "echo:repeated-name")) {
    // Most texts hold none: the list is copied only when one is dropped.
    if (!found.some((candidate) => isLookalike(text, names, candidate))) return found;
    return found.filter((candidate) => !isLookalike(text, names, candidate));
  }
  const drop = (candidate: Candidate) =>
    isLookalike(text, names, candidate) ||
    (publicPeople !== null && isPublicPerson(candidate, publicPeople)) ||
    isPlaceEcho(names, candidate, found);
  // Most texts hold none: the list is copied only when one is dropped.
  if (!found.some(drop)) return found;
  return found.filter((candidate) => !drop(candidate));
}

/** The keys of names said after an elected office or as a public institution's doctor. */
function findPublicPeople(names: string, found: readonly Candidate[]): Set<string> | null {
  if (!PUBLIC_GUARD.test(names)) return null;
  let keys: Set<string> | null = null;
  for (const candidate of found) {
    if (candidate.type !== "person_name") continue;
    const before = names.slice(Math.max(0, candidate.start - 24), candidate.start);
    if (
      PUBLIC_TITLE_BEFORE.test(before) ||
      (PUBLIC_BODY_BEFORE.test(before) &&
        ROLE_AFTER.test(names.slice(candidate.end, candidate.end + 6)))
    )
      (keys ??= new Set()).add(candidate.key);
  }
  return keys;
}

function isPublicPerson(candidate: Candidate, keys: ReadonlySet<string>): boolean {
  if (candidate.type !== "person_name") return false;
  if (keys.has(candidate.key)) return true;
  // A part of the public figure's name said alone (葛城市長は…, 郁夫さん).
  for (const key of keys) if (candidate.key.length >= 2 && key.includes(candidate.key)) return true;
  return false;
}

function isPlaceEcho(names: string, candidate: Candidate, found: readonly Candidate[]): boolean {
  if (candidate.type !== "person_name" || candidate.evidence !== "echo:repeated-name") return false;
  const word = names.slice(candidate.start, candidate.end);
  if (word.includes(" ")) return false;
  const after = names.slice(candidate.end, candidate.end + 8);
  if (!PLACE_CONTEXT_AFTER.test(after) && !after.startsWith(`の${word}`)) return false;
  // Only the surname of a full name found elsewhere, said alone.
  return found.some(
    (other) =>
      other.type === "person_name" &&
      other !== candidate &&
      names.slice(other.start, other.end).startsWith(`${word} `),
  );
}

/**
 * 千鳥原クリニック / 松本医院 / 佐藤歯科: a clinic, a shop or an office named with a place or a
 * family name written right before the word for it is the institution, not a person.
 */
const INSTITUTION_AFTER =
  /^(?:クリニック|医院|病院|診療所|歯科|眼科|内科|外科|皮膚科|耳鼻科|小児科|整形外科|整骨院|接骨院|薬局|法律事務所|会計事務所|税理士事務所|工務店|商店|不動産|建設|保育園|幼稚園)/u;

/** で一人暮らし / に住んでいます: what follows the place a relative lives in. */
const LIVES_THERE =
  /^(?:で(?:一人暮らし|ひとり暮らし|独り暮らし|暮らし|住ん)|に(?:住ん|住ま|暮らし))/u;

function isLookalike(text: string, names: string, candidate: Candidate): boolean {
  if (candidate.type === "person_name") {
    if (
      /[ク医病診歯眼内外皮耳小整接薬法会税工商不建保幼]/.test(names[candidate.end] ?? "") &&
      !names.slice(candidate.start, candidate.end).includes(" ") &&
      INSTITUTION_AFTER.test(names.slice(candidate.end, candidate.end + 8))
    )
      return true;
    // 母は杏坂で一人暮らしです: an unlisted word where a relative lives is the place.
    if (
      (names[candidate.end] === "で" || names[candidate.end] === "に") &&
      candidate.evidence === "cue:relation" &&
      LIVES_THERE.test(names.slice(candidate.end, candidate.end + 8)) &&
      !isSurname(names.slice(candidate.start, candidate.end), NO_EXTRA_SURNAMES)
    )
      return true;
    if (candidate.evidence !== "dictionary:full-name") return false;
    if (!/[記通像銅公館美資賞神生旧墓碑文会商長展のがフ]/.test(names[candidate.end] ?? ""))
      return false;
    return NAMED_AFTER.test(names.slice(candidate.end, candidate.end + 6));
  }
  if (candidate.type === "email") {
    const value = text.slice(candidate.start, candidate.end);
    if (SYSTEM_SENDER.test(value) || isPublicMailbox(value)) return true;
    return (
      ROLE_MAILBOX.test(value) &&
      OFFICE_MAILBOX_BEFORE.test(text.slice(Math.max(0, candidate.start - 16), candidate.start))
    );
  }
  if (candidate.type === "phone") {
    if (!text.includes("代表")) return false;
    return OFFICE_PHONE_BEFORE.test(text.slice(Math.max(0, candidate.start - 16), candidate.start));
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
    // ご注文番号2026-1204-0831: a number's label is never a town.
    if (value.includes("番号")) return true;
    if (PLACEHOLDER_NUMERAL.test(value) && !REAL_NUMERAL.test(value)) return true;
    if (text[candidate.start - 1] !== "「") return false;
    if (!/^[0-9一二三四五六七八九十]/u.test(value)) return false;
    return FORMAT_EXAMPLE_AFTER.test(text.slice(candidate.end, candidate.end + 8));
  }
  return false;
}
