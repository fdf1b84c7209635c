import { execAll, splitAtAny } from "../text-tools";
import { foundNameCandidate } from "./name-candidate";
import { GIVEN_READINGS, SURNAME_READINGS, SURNAMES } from "../surnames";
import type { Candidate } from "../types";
import { toHiragana } from "./kana-names";
import { HIRAGANA_STOP_WORDS } from "../name-stop-words";
import { unvoice } from "./name-readings";
import { toRomaji } from "./kana-full-names";

/**
 * What a caller says to explain how a name is written: 衣偏の裕に, 草冠の蓮, 大きいに飛翔の翔,
 * ひらがなです, という字, 漢字で.
 */
const EXPLANATION =
  /偏|へん|冠|かんむり|の字|という字|って字|ひらがな|平仮名|カタカナ|片仮名|漢字|[\p{Script=Han}]に[\p{Script=Han}]|いに[\p{Script=Han}]|の[\p{Script=Han}](?:です|に|で|と|、)/u;
/** カナは全角で / かんじは…: words about the script are no name, even when a reading (かな). */
const SCRIPT_WORDS = new Set([
  "かな",
  "かんじ",
  "ふりがな",
  "ひらがな",
  "かたかな",
  "よみ",
  "ろーまじ",
  "なまえ",
]);
const KANA_RUN = /[\p{Script=Hiragana}\p{Script=Katakana}ー]{2,}/gu;
/** ゆうこは…, ひろとって…: a kana word starting a clause, then は/って and the explanation. */
const EXPLAINED_WORD =
  /(?<=^|[、。!? ])([\p{Script=Hiragana}]{2,6}|[\p{Script=Katakana}ー]{2,8})(?:は|って|の字は)、?([^。!?]{1,24})/gu;

/**
 * ゆうこは衣偏の裕に子どもの子です / れんは草冠の蓮です / あかねはひらがなです: once a name was found,
 * a name reading (a listed given-name or surname reading, or the kana of a found name) that
 * starts a clause and is then explained is a name too.
 */
export function findExplainedNames(text: string, found: readonly Candidate[]): Candidate[] {
  const names = found.filter((c) => c.type === "person_name");
  if (names.length === 0 || !EXPLANATION.test(text)) return [];
  const kanaOfNames = new Set(
    names.flatMap((name) =>
      (text.slice(name.start, name.end).match(KANA_RUN) ?? []).map((part) => toHiragana(part)),
    ),
  );
  // 宮崎と申します。さきは大きいほうの崎です: one kanji's reading inside the found surname's is no name.
  const surnameReadings = names.flatMap((name) => {
    const reading =
      SURNAMES.get(name.key.slice(0, 4)) ??
      SURNAMES.get(name.key.slice(0, 3)) ??
      SURNAMES.get(name.key.slice(0, 2)) ??
      "";
    return reading === "" ? [] : [unvoice(reading)];
  });
  const nameStarts = new Set(names.map((name) => name.start));
  const out: Candidate[] = [];
  for (const match of execAll(EXPLAINED_WORD, text)) {
    const word = match[1] ?? "";
    if (!EXPLANATION.test(match[2] ?? "")) continue;
    const reading = toHiragana(word);
    if (SCRIPT_WORDS.has(reading)) continue;
    const flat = unvoice(reading);
    if (surnameReadings.some((whole) => whole !== flat && whole.includes(flat))) continue;
    if (!GIVEN_READINGS.has(reading) && !SURNAME_READINGS.has(reading) && !kanaOfNames.has(reading))
      continue;
    const start = match.index ?? 0;
    if (nameStarts.has(start)) continue;
    out.push(foundNameCandidate(text, start, start + word.length, "cue:name-explained"));
  }
  if (SCRIPT_NAMED.test(text)) kanaSaidTwice(text, out);
  if (SPELLING_GUARD.test(text)) readingsAroundSpelling(text, names, out);
  return out;
}

/** The fixed words of the two patterns below: です then 字 or a spelled kanji, or 〇の〇で then kana. */
const SPELLING_GUARD =
  /です[、。] ?(?:あ、|えっと、)?(?:漢字|字は|[\p{Script=Han}]{1,3}の[\p{Script=Han}]に)|の[\p{Script=Han}]で[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const KANA_WORD = "([\\p{Script=Hiragana}]{2,6}|[\\p{Script=Katakana}ー]{2,8})";
/**
 * はい、あまぎりです、漢字は天霧です / ヒイラギです。あ、字は柊です: a kana word said with です, then at
 * once how it is written (漢字は, 字は, or kanji spelled by words: 雨の天に霧で).
 */
const KANA_THEN_SPELLING = new RegExp(
  `(?<=^|[、。!? ]|えーと|えっと|ええと|あの|あのー)${KANA_WORD}です[、。] ?(?:あ、|えっと、)?(?=漢字(?:は|で|だと)|字は|[\\p{Script=Han}]{1,3}の[\\p{Script=Han}]に)`,
  "gu",
);
/** …の霧でアマギリです / …の野でうえのです: the reading said after the kanji were spelled. */
const SPELLING_THEN_KANA = new RegExp(
  `[\\p{Script=Han}]の[\\p{Script=Han}]で${KANA_WORD}です`,
  "gu",
);

/**
 * A kana word told right before or after a found name is spelled kanji by kanji is the name's reading:
 * only where a found name stands within the spelling (a name of the caller's, not a topic).
 */
function readingsAroundSpelling(text: string, names: readonly Candidate[], out: Candidate[]): void {
  const near = (from: number, to: number) => names.some((c) => c.start >= from && c.start <= to);
  const add = (start: number, word: string) => {
    const reading = toHiragana(word);
    if (SCRIPT_WORDS.has(reading) || HIRAGANA_STOP_WORDS.has(reading)) return;
    if (names.some((c) => c.start <= start && start < c.end)) return;
    out.push(foundNameCandidate(text, start, start + word.length, "cue:reading-of-spelled"));
  };
  for (const match of execAll(KANA_THEN_SPELLING, text)) {
    const word = match[1] ?? "";
    const end = (match.index ?? 0) + match[0].length;
    if (near(end, end + 24)) add(match.index ?? 0, word);
  }
  for (const match of execAll(SPELLING_THEN_KANA, text)) {
    const word = match[1] ?? "";
    const start = (match.index ?? 0) + match[0].length - word.length - 2;
    if (near(Math.max(0, start - 24), start)) add(start, word);
  }
}

const SCRIPT_NAMED = /(?:ひらがな|平仮名|カタカナ|片仮名)で/;
/** ひらがなでのぎ / カタカナでウネ: a kana word given as how the name is written in that script. */
const SCRIPT_SPELLED =
  /(?:ひらがな|平仮名|カタカナ|片仮名)で、? ?([\p{Script=Hiragana}]{2,6}|[\p{Script=Katakana}ー]{2,8})(?=[、。 ]|です|と書|$)/gu;

/**
 * もしもし、のぎといいます。ひらがなでのぎ、…で乃木です: a kana word the caller introduced themselves
 * by at a clause's start and then said again as how the name is written in kana (the kanji name
 * found too) is the name, wherever it stands alone.
 */
function kanaSaidTwice(text: string, out: Candidate[]): void {
  for (const match of execAll(SCRIPT_SPELLED, text)) {
    const word = match[1] ?? "";
    if (SCRIPT_WORDS.has(toHiragana(word)) || HIRAGANA_STOP_WORDS.has(toHiragana(word))) continue;
    const intro = new RegExp(
      `(?<=^|[、。!? ])${word}(?=といいます|と申します|と言います|です)`,
      "u",
    );
    const said = intro.exec(text);
    if (!said) continue;
    const spelled = (match.index ?? 0) + match[0].length - word.length;
    out.push(foundNameCandidate(text, said.index, said.index + word.length, "cue:kana-said-twice"));
    out.push(foundNameCandidate(text, spelled, spelled + word.length, "cue:kana-said-twice"));
  }
}

/** Latin words of a name: capitals (RAJU PATEL) or capitalized (Raju Patel), two or three. */
const LATIN_RENDERING =
  /^[\s(/:]{0,3}((?:[A-Z]{2,}|[A-Z][a-z]+)(?: (?:[A-Z]{2,}|[A-Z][a-z]+)){1,2})(?![A-Za-z])/u;

/**
 * 氏名:ラージュ・パテル RAJU PATEL / アンナ・コヴァル(Anna Koval): a found katakana full name, then
 * the same name in Latin letters (a form's next line, brackets): as many words, each starting with
 * the letter its katakana part starts with in romaji.
 */
export function findLatinRenderings(text: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const name of found) {
    if (name.type !== "person_name") continue;
    const kana = text.slice(name.start, name.end);
    if (!/^[\p{Script=Katakana}ー]+(?:[・ ][\p{Script=Katakana}ー]+){1,2}$/u.test(kana)) continue;
    const match = LATIN_RENDERING.exec(text.slice(name.end, name.end + 40));
    const latin = match?.[1] ?? "";
    if (!match) continue;
    const words = latin.split(" ");
    const parts = splitAtAny(kana, " ・");
    if (words.length !== parts.length) continue;
    const initials = parts.map((part) => romajiInitial(toHiragana(part)[0] ?? ""));
    if (!words.every((word, i) => word[0]?.toLowerCase() === initials[i])) continue;
    const start = name.end + match[0].length - latin.length;
    if (found.some((c) => c.start < start + latin.length && start < c.end)) continue;
    out.push(foundNameCandidate(text, start, start + latin.length, "cue:latin-rendering"));
  }
  return out;
}

/** The letter a kana starts with in romaji (あ → a, じ → j, ヴ → v). */
function romajiInitial(kana: string): string {
  const vowel = "あいうえお".indexOf(kana);
  if (vowel >= 0) return "aiueo"[vowel] ?? "";
  if (kana === "ゔ") return "v";
  return toRomaji(kana)[0] ?? "";
}

/** S-A-I-T-O / K.O.N.D.O: capital letters spelled one by one. */
const LETTERS = /(?<![A-Za-z])[A-Z](?:[-. ・][A-Z]){2,19}(?![A-Za-z])/gu;
/** YAMASHITA表記: the reading written as one word in capitals, as on a card or a form. */
const CAPS_WORD = /(?<![A-Za-z])[A-Z]{3,20}(?![A-Za-z])/gu;

/**
 * さいとうです、ローマ字だとS-A-I-T-Oです: letters spelled one by one that give the Hepburn romaji of a
 * found kana name or of a found kanji surname's reading (long vowels written or not: saitou, saito);
 * 山下 裕也氏…YAMASHITA表記の誤り: the same reading written as one word in capitals.
 */
export function findSpelledRomaji(text: string, found: readonly Candidate[]): Candidate[] {
  const romaji = new Set<string>();
  // A name said many times (a long text) is spelled out once.
  const keys = new Set<string>();
  for (const name of found) {
    if (name.type !== "person_name" || keys.has(name.key)) continue;
    keys.add(name.key);
    // 山下 裕也: the key has lost the space that ends the surname; the text still holds it.
    for (const part of splitAtAny(text.slice(name.start, name.end), " ・")) {
      const reading = /^[\p{Script=Hiragana}\p{Script=Katakana}ー]+$/u.test(part)
        ? toHiragana(part)
        : (SURNAMES.get(part) ?? "");
      const spelled = reading === "" ? "" : toRomaji(reading);
      if (spelled.length < 3) continue;
      romaji.add(spelled);
      romaji.add(spelled.replace(/ou|oo/gu, "o").replace(/uu/gu, "u"));
    }
  }
  if (romaji.size === 0) return [];
  const out: Candidate[] = [];
  for (const pattern of /[A-Z]{3}/u.test(text) ? [LETTERS, CAPS_WORD] : [LETTERS]) {
    for (const match of execAll(pattern, text)) {
      const key = match[0].replace(/[^A-Za-z]/gu, "").toLowerCase();
      if (!romaji.has(key)) continue;
      const start = match.index ?? 0;
      out.push(foundNameCandidate(text, start, start + match[0].length, "cue:spelled-romaji"));
    }
  }
  return out;
}
