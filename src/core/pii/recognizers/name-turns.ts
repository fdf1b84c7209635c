import { execAll } from "../text-tools";
import { HIRAGANA_STOP_WORDS, NAME_STOP_WORDS, ORG_SUFFIX, PLACE_WORDS } from "../name-stop-words";
import { SURNAMES } from "../surnames";
import type { Candidate } from "../types";
import { toHiragana } from "./kana-names";
import { unvoice } from "./name-readings";
import { toCandidate, foundNameCandidate } from "./name-candidate";
import { hasNonNameKanji } from "./name-check";
import { isGivenWord } from "./name-given-after";
import { check } from "./name-run-check";
import { nameRunAfter } from "./name-runs";
import { fitsReading } from "./name-written-as";

/**
 * 「お名前をお願いします」「東野充です」/ お名前は？ リ・ソヨンです: the desk asked for the name, so
 * the next turn starts with it (after a reply word). The question may end with 」, ？ or a pause
 * (…), and ask for more (お名前と生年月日を…).
 */
const NAME_ASKED =
  /(?:お名前|お名前様|氏名|フルネーム)(?:と(?:生年月日|ご住所|住所|電話番号|ご連絡先))?(?:を|は)?(?:お願い(?:します|いたします|できますか)|伺え(?:ます|ません)か|教えて(?:ください|いただけますか)|どうぞ|いただけますか)?(?:[」?]|\.\.\.)+[ 」]*「?(?:はい|ええ|えっと|あの)?[、 ]?/gu;

/** A signature: a line that is only a name (伊集院 剛), at the end of a message or by a contact line. */
const SIGNATURE_LINE =
  /^ *([\p{Script=Han}々]{1,4}) ([\p{Script=Han}々]{1,3}|[\p{Script=Katakana}ー]{2,4}|\p{Script=Hiragana}{1,3}[子代江美枝恵]) *$/u;
/** A surname alone on the last line, perhaps after group and role words (自治会 班長 石井). */
const SIGNATURE_SURNAME =
  /^ *(?:[\p{Script=Han}\p{Script=Katakana}ー]{1,8} ){0,3}([\p{Script=Han}々]{2,3})(?:より)? *$/u;
const SENTENCE_END = /(?:[。!！?？)）]|します|ます|です|ください) *$/u;
/** Lines that sit next to a signature: a separator, contact details, a closing. */
const SIGNATURE_NEIGHBOUR =
  /^ *(?:-{2,}|―{2,}|_{2,}|TEL|Tel|電話|携帯|FAX|Fax|Mail|mail|E-mail|e-mail|メール|〒|住所)/u;

/** 下はアキラ / 下の名前が: once a name was said, 下は gives its given name. */
const GIVEN_LABEL = /下(?:は|が)[、 ]?/gu;
const GIVEN_LABEL_WINDOW = 30;

/**
 * わたくし、ウルシバラ、漆原と申します / えっと、ゆずりは、楪 心春です: a kana word said between the
 * caller's own word or a filler and a self-introduced name is its reading, said first.
 */
const READING_BEFORE =
  /(?:^|はい|ええ|えっと|ええと|えー|あの|あのー|もしもし|わたくし|わたし|私|僕|ぼく|ですね|名前は|…)[、 ]([\p{Script=Hiragana}]{2,8}|[\p{Script=Katakana}ー]{2,10})[、 ]$/u;
const INTRODUCED = /^(?:です|でございます|と申|といい|と言い|って(?:いい|言い|いう|言う))/u;
/** Replies, greetings and fillers said before a name; never its reading. */
const NOT_READING =
  /^(?:はい|ええ|えっと|ええと|えー|あの|あのー|あのう|もしもし|すみません|すいません|こんにちは|こんばんは|おはよう|どうも|ありがとう|よろしく|それで|それから|あと|じゃあ|では|まあ|その|うん|そう|ちょっと|ですね|わたし|わたくし|あたし|ぼく|おれ|うち|わし|こちら|なので|だから|ところで|たぶん|たしか|じつは|いちおう|とりあえず|やっぱり|ちなみに|いま|まだ|もう|また)/u;

/** Names the turn structure gives away: answers to a name question, signatures, given names after 下は. */
export function findNamesFromTurns(
  text: string,
  found: readonly Candidate[],
  extra: ReadonlySet<string>,
  lineBreaks: readonly number[] = [],
): Candidate[] {
  const out: Candidate[] = [];
  if (/名前|氏名/u.test(text) && /[」?]/u.test(text)) {
    for (const match of execAll(NAME_ASKED, text)) {
      const run = nameRunAfter(text, (match.index ?? 0) + match[0].length);
      const hit = check(text, run, "strong", "after", extra);
      if (hit) out.push(toCandidate(text, hit.start, hit.end, 0.85, "cue:name-asked"));
    }
  }
  if (text.includes(":")) out.push(...speakerTags(text, extra, lineBreaks));
  if (lineBreaks.length > 0) out.push(...signatures(text, lineBreaks));
  const names = [...found, ...out].filter((c) => c.type === "person_name");
  if (names.length === 0) return out;
  for (const match of text.includes("下") ? execAll(GIVEN_LABEL, text) : []) {
    const at = match.index ?? 0;
    if (!names.some((name) => name.end <= at && at - name.end <= GIVEN_LABEL_WINDOW)) continue;
    // 下は駐車場です: a word is taken only when it is shaped like a given name; 下は、ゆう、ゆうすけ:
    // the word after a stuttered start too.
    let from = at + match[0].length;
    for (let tries = 0; tries < 2; tries += 1) {
      const run = nameRunAfter(text, from);
      if (!run) break;
      const word = text.slice(run.start, run.end);
      const hit = check(text, run, "intro", "after", extra) ?? (isGivenWord(word) ? run : null);
      if (hit) {
        out.push(foundNameCandidate(text, hit.start, hit.end, "cue:given-name-label"));
        break;
      }
      if (text[run.end] !== "、") break;
      from = run.end + 1;
    }
  }
  for (const name of names) {
    if (!/^[\p{Script=Han}々]+$/u.test(name.key)) continue;
    if (!INTRODUCED.test(text.slice(name.end, name.end + 4))) continue;
    const before = READING_BEFORE.exec(text.slice(Math.max(0, name.start - 18), name.start));
    const kana = before?.[1] ?? "";
    if (!before || NOT_READING.test(kana) || HIRAGANA_STOP_WORDS.has(kana)) continue;
    if (!fitsReading(name.key.slice(0, 4), kana) || /[をへ]|です|ます/u.test(kana)) continue;
    // A listed surname has a known reading: たぶん、加藤です is no reading of 加藤.
    const reading = listedReading(name.key);
    if (reading && !unvoice(toHiragana(kana)).startsWith(unvoice(reading))) continue;
    const start = name.start - kana.length - 1;
    out.push(foundNameCandidate(text, start, start + kana.length, "cue:reading-before-name"));
  }
  return out;
}

/** 佐藤:はい、市民課です。: a line opening with a speaker's surname and a colon (not a value). */
const SPEAKER_TAG = /^ ?([\p{Script=Han}々]{2,4}) ?:(?! ?[0-9]|$)/u;

/** Speakers of a call log or a chat tagged by their listed surname, staff and callers alike. */
function speakerTags(
  text: string,
  extra: ReadonlySet<string>,
  lineBreaks: readonly number[],
): Candidate[] {
  const out: Candidate[] = [];
  for (const start of [0, ...lineBreaks.map((at) => at + 1)]) {
    const match = SPEAKER_TAG.exec(text.slice(start, start + 8));
    const word = match?.[1] ?? "";
    if (!match || !(SURNAMES.has(word) || extra.has(word)) || !isSurnameWord(word)) continue;
    const at = start + match[0].indexOf(word);
    out.push(foundNameCandidate(text, at, at + word.length, "cue:speaker-tag"));
  }
  return out;
}

/** `lineBreaks`: the spaces of `text` that were line breaks (the normalizer joins lines). */
function signatures(text: string, lineBreaks: readonly number[]): Candidate[] {
  const out: Candidate[] = [];
  const starts = [0, ...lineBreaks.map((at) => at + 1)];
  const lines = starts.map((start, i) => text.slice(start, lineBreaks[i] ?? text.length));
  lines.forEach((line, i) => {
    const match = SIGNATURE_LINE.exec(line);
    const surname = match?.[1] ?? "";
    const last = i === lines.length - 1;
    const near = [lines[i - 1], lines[i + 1]].some((l) => l && SIGNATURE_NEIGHBOUR.test(l));
    if (match && (last || near) && isSurnameWord(surname) && isGivenWord(match[2] ?? "")) {
      const start = (starts[i] ?? 0) + line.indexOf(surname);
      out.push(foundNameCandidate(text, start, start + match[0].trim().length, "shape:signature"));
      return;
    }
    // …お願いします。⏎坂口 / ⏎自治会 班長 石井: a listed surname alone ends a written message, perhaps
    // after the writer's group and role, once the line before ends a sentence.
    const alone = last && i > 0 ? SIGNATURE_SURNAME.exec(line) : null;
    const word = alone?.[1] ?? "";
    if (
      alone &&
      SURNAMES.has(word) &&
      isSurnameWord(word) &&
      SENTENCE_END.test(lines[i - 1] ?? "")
    ) {
      const start = (starts[i] ?? 0) + line.lastIndexOf(word);
      out.push(foundNameCandidate(text, start, start + word.length, "shape:signature-surname"));
    }
  });
  return out;
}

function listedReading(key: string): string {
  for (const size of [4, 3, 2, 1]) {
    const reading = SURNAMES.get(key.slice(0, size));
    if (reading !== undefined) return reading;
  }
  return "";
}

function isSurnameWord(word: string): boolean {
  return (
    !NAME_STOP_WORDS.has(word) &&
    !PLACE_WORDS.has(word) &&
    !(ORG_SUFFIX.test(word) && !/院$/u.test(word)) &&
    !hasNonNameKanji(word)
  );
}
