import { execAll } from "../text-tools";
import { foundNameCandidate } from "./name-candidate";
import { GIVEN_NAMES, SURNAME_OTHER_READINGS, SURNAMES } from "../surnames";
import { looksLikeGivenName } from "../name-kanji";
import type { Candidate } from "../types";
import { toHiragana } from "./kana-names";
import { scriptAt } from "./name-runs";
import { findWrittenAs } from "./name-written-as";

/** 〜と読みます / 〜って読みます / 〜と読んで: the caller gives the reading of a name. */
// チン メイレイ って 読みます: speech recognition spaces the verb off, and the reading's words.
const READS_AS = /[、 ]?(?:と|って) ?(?:読みます|読む|読んで|よみます|よむ|よんで)/gu;
/** The name-topic words that make a reading a name's reading, not a word's. */
const NAME_TOPIC = /名字|苗字|みょうじ|名前|なまえ|氏名|姓|読み方/u;
/** 一番合戦です。いちまかせ、と読みます: the word read, just before the reading. */
const READ_WORD = /([\p{Script=Han}々]{1,5})(?:です|でございます)?[、。 ]*$/u;
const MAX_KANA = 12;
/**
 * えっと読みますね / ちょっと読みます / ええと読んで: the と ends a filler or an adverb (no name ends
 * in a small っ), not a reading.
 */
const ADVERB_BEFORE_TO = /っ$|^(?:ええ|えー|え〜)$/u;
/** じゃない / ではなく: the reading just said is denied. */
const DENIED_AFTER = /^ ?(?:じゃ|では) ?な/u;
const KANA_WORD = /[\p{Script=Katakana}ー]{2,12}|[\p{Script=Hiragana}]{3,12}/gu;
const HAN_WORD = /[\p{Script=Han}々]{2,4}/gu;

/**
 * Names given as readings and kana renderings of a found name:
 * - ナカシマ、中くらいの中に島で中島です: a kana word that reads like a found kanji surname
 *   (voiced and unvoiced kana are treated alike: なかしま = なかじま);
 * - 名字が珍しくて、一番合戦です。いちまかせ、と読みます: with a name topic or a found name, the
 *   kana before と読みます and the kanji word it reads.
 */
export function findNameReadings(text: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = findWrittenAs(text, found);
  const names = found.filter((c) => c.type === "person_name");
  const readings = new Set<string>();
  // The other readings of a surname read more than one way (河野: こうの, かわの).
  const otherReadings = new Set<string>();
  // Folding keeps the length: a kana word of another length is never read, nor folded.
  const lengths = new Set<number>();
  for (const name of names) {
    // The key is the name without a spelling explanation or spaces (中島, 山田太郎).
    for (let size = Math.min(4, name.key.length); size >= 2; size -= 1) {
      const surname = name.key.slice(0, size);
      const reading = SURNAMES.get(surname);
      if (reading) {
        const plain = unvoice(reading);
        readings.add(plain);
        lengths.add(plain.length);
      }
      // いだて、伊達 ミツエです: a surname read more than one way is echoed by any of its readings.
      for (const other of SURNAME_OTHER_READINGS.get(surname) ?? []) {
        const plain = unvoice(other);
        otherReadings.add(plain);
        lengths.add(plain.length);
      }
    }
  }
  if (readings.size > 0 || otherReadings.size > 0) {
    for (const match of execAll(KANA_WORD, text)) {
      const start = match.index ?? 0;
      if (!lengths.has(match[0].length)) continue;
      const plain = unvoice(toHiragana(match[0]));
      const end = start + match[0].length;
      // こうの と 読みます かわの じゃ ない です: another reading said to be wrong is no echo.
      const other = otherReadings.has(plain) && !DENIED_AFTER.test(text.slice(end, end + 8));
      if (readings.has(plain) || other) {
        out.push(foundNameCandidate(text, start, end, "echo:name-reading"));
      }
    }
  }
  out.push(...kanjiOfKanaNames(text, names));
  if (names.length === 0 && !NAME_TOPIC.test(text)) return out;
  for (const match of execAll(READS_AS, text)) {
    const end = match.index ?? 0;
    let start = end;
    while (
      start > 0 &&
      end - start < MAX_KANA &&
      (isKana(text, start - 1) ||
        (text[start - 1] === " " &&
          scriptAt(text, start - 2) === "katakana" &&
          scriptAt(text, start) === "katakana"))
    )
      start -= 1;
    // 四月一日と書いてわたぬきと読みます: the okurigana of 書いて is no part of the reading.
    const okurigana = /^[書描]$/u.test(text[start - 1] ?? "")
      ? /^い?て/u.exec(text.slice(start))
      : null;
    start += okurigana?.[0].length ?? 0;
    if (end - start < 2 || (!okurigana && isKana(text, start - 1))) continue;
    if (ADVERB_BEFORE_TO.test(text.slice(start, end))) continue;
    out.push(foundNameCandidate(text, start, end, "cue:name-reading"));
    const word = READ_WORD.exec(text.slice(Math.max(0, start - 12), start));
    if (word?.[1] && word[1].length >= 2) {
      const wordEnd = start - (word[0].length - word[1].length);
      out.push(foundNameCandidate(text, wordEnd - word[1].length, wordEnd, "cue:read-word"));
    }
  }
  return out;
}

function isKana(text: string, index: number): boolean {
  const script = scriptAt(text, index);
  return script === "hiragana" || script === "katakana";
}

const VOICED = "がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽ";
const PLAIN = "かきくけこさしすせそたちつてとはひふへほはひふへほ";

/** Each voiced kana's plain one: a lookup per character, not a replace callback. */
const PLAIN_OF = new Map([...VOICED].map((c, at) => [c, PLAIN[at] ?? c]));

/** Folds voiced kana to plain ones (なかじま → なかしま). */
export function unvoice(reading: string): string {
  let out = "";
  for (const c of reading) out += PLAIN_OF.get(c) ?? c;
  return out;
}

/** おかだ、です … 岡田: a listed surname written in kanji whose reading is a found kana name. */
function kanjiOfKanaNames(text: string, names: readonly Candidate[]): Candidate[] {
  const kana = new Set(
    names
      .filter((name) => /^[\p{Script=Hiragana}\p{Script=Katakana}ー]{2,}$/u.test(name.key))
      .map((name) => unvoice(toHiragana(name.key))),
  );
  if (kana.size === 0) return [];
  const out: Candidate[] = [];
  for (const match of execAll(HAN_WORD, text)) {
    const start = match.index ?? 0;
    const said = SURNAMES.get(match[0]);
    if (said && kana.has(unvoice(said))) {
      out.push(foundNameCandidate(text, start, start + match[0].length, "echo:kanji-of-reading"));
      continue;
    }
    // こがです。…古賀澄子の: the surname with its given name glued on, the run ending there.
    if (match[0].length < 3 || scriptAt(text, start + match[0].length) === "han") continue;
    for (const size of [2, 3]) {
      const surname = SURNAMES.get(match[0].slice(0, size));
      const given = match[0].slice(size);
      if (!surname || !kana.has(unvoice(surname)) || given.length < 1) continue;
      if (!GIVEN_NAMES.has(given) && !looksLikeGivenName(given)) continue;
      out.push(foundNameCandidate(text, start, start + match[0].length, "echo:kanji-of-reading"));
      break;
    }
  }
  return out;
}
