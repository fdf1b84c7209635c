import { splitAtAny } from "../text-tools";
import { HIRAGANA_STOP_WORDS, KATAKANA_STOP_WORDS } from "../name-stop-words";
import { GIVEN_NAMES, GIVEN_READINGS, SURNAME_READINGS } from "../surnames";
import type { CueStrength, NameMatch } from "./name-check";
import { isOursBeforeParticle } from "./name-possessive";

/** Copulas and particles that end a kana name run: やまだはなこです → やまだはなこ. */
const KANA_TAIL =
  /(です|でございます|ともうします|といいます|っていいます|って|だよ|さん|さま|ちゃん|くん)+$/u;

/** A katakana name (ヤマダ ハナコ, グエン・ヴァン・アン); unknown words only after a strong cue. */
export function checkKatakanaName(candidate: string, strength: CueStrength): NameMatch | null {
  if (KATAKANA_STOP_WORDS.has(candidate.replace(/[ ・]/g, "")) || candidate.length < 2) return null;
  const reading = toHiragana(candidate);
  const parts = splitAtAny(reading, " ・");
  // シンガポール, チェック: a surname reading (しん, ちぇ) at the start of a longer word is no name;
  // the rest must be a given name (ヤマダハナコ) or nothing.
  const known =
    isWholeName(reading) ||
    parts.some((part) => GIVEN_READINGS.has(part) || SURNAME_READINGS.has(part)) ||
    GIVEN_NAMES.has(candidate); // トメ, キク: old given names written in katakana
  if (!known && strength !== "strong") return null;
  return { offset: 0, length: candidate.length, known };
}

/**
 * A hiragana name starting with a known reading, cut before a particle (はるとが → はると). After
 * a weak cue (a bare です) the rest must be a name as a whole: どいたんです is no 土井.
 */
export function checkHiraganaName(candidate: string, strength: CueStrength): NameMatch | null {
  const trimmed = candidate.replace(KANA_TAIL, "").trimEnd();
  if (kanaDigitsOnly(trimmed)) return null;
  // うちの おばあちゃん: the honorific belongs to the last spaced word, here a kin word.
  if (HIRAGANA_STOP_WORDS.has(trimmed.slice(trimmed.lastIndexOf(" ") + 1))) return null;
  // うちのじいさん / となりのおばあちゃん: or the kin word after the last の.
  if (HIRAGANA_STOP_WORDS.has(trimmed.slice(trimmed.lastIndexOf("の") + 1))) return null;
  for (let p = 0; p + 2 <= trimmed.length; p += 1) {
    // のよしださん: a name inside a run starts after a particle, not mid-word (いちねんせい).
    // After a weak cue the name starts the run (えっと、に、にかい、です is no かい).
    if (p > 0 && (strength !== "strong" || !/[のはがとにもでを]$/u.test(trimmed.slice(0, p))))
      continue;
    const rest = trimmed.slice(p);
    if (HIRAGANA_STOP_WORDS.has(rest)) return null;
    const exact = knownKanaNameLength(rest);
    // うちのはまだ?: "ours" and a particle; a strong cue may still find the name after it.
    if (exact === 3 && isOursBeforeParticle(rest)) continue;
    if (exact > 0) return { offset: p, length: exact, known: true };
    // しおみんくん: a surname reading with ん added is a nickname or a mascot's name, not a surname and a given name.
    const prefixed =
      startsWithSurnameReading(rest) &&
      (strength === "strong" ? !oneLetterPast(rest) : isWholeName(rest));
    if (prefixed || GIVEN_NAMES.has(rest) || GIVEN_READINGS.has(rest)) {
      return { offset: p, length: trimmed.length - p, known: true };
    }
  }
  return null;
}

/** Particles that may follow a kana name inside a longer run (はるとが, たなかひろこで). */
const KANA_PARTICLE = /^(?:が|は|の|に|と|も|を|で|や|へ|って|から|まで|より|ね|よ)/u;

/**
 * Length of a known reading at the start of `run` (surname, surname + given name, or given name)
 * when what follows is a particle: the name stops there (はるとが来月 → はると).
 */
function knownKanaNameLength(run: string): number {
  const flatEnds: number[] = [];
  for (let size = 5; size >= 2; size -= 1) {
    const piece = run.slice(0, size);
    if (piece.length === size && (SURNAME_READINGS.has(piece) || GIVEN_READINGS.has(piece)))
      flatEnds.push(size);
  }
  for (const end of flatEnds) {
    const gap = run[end] === " " ? 1 : 0;
    for (let size = 5; size >= 2; size -= 1) {
      const given = run.slice(end + gap, end + gap + size);
      if (given.length === size && GIVEN_READINGS.has(given)) {
        const after = run.slice(end + gap + size);
        if (after === "" || KANA_PARTICLE.test(after)) return end + gap + size;
      }
    }
    const after = run.slice(end);
    // おのでら: the whole run is a reading (not おの + the particle で).
    if (after === "" || KANA_PARTICLE.test(after)) return end;
  }
  return 0;
}

/**
 * A surname reading alone or followed by a given-name reading (やまだ, やまだはなこ); after a space
 * (あべ みつお) any short kana word is the given name: the space marks a full name.
 */
function isWholeName(run: string): boolean {
  for (let size = 2; size <= 5 && size <= run.length; size += 1) {
    if (!SURNAME_READINGS.has(run.slice(0, size))) continue;
    const given = run.slice(size).trimStart();
    if (given === "" || GIVEN_READINGS.has(given)) return true;
    if (run[size] === " " && SPACED_GIVEN.test(given) && !HIRAGANA_STOP_WORDS.has(given))
      return true;
  }
  return false;
}

const SPACED_GIVEN =
  /^(?!です|でし|でご|ます|って|から|まで|けど|だけ|など|[をへ])\p{Script=Hiragana}{2,5}$/u;

function oneLetterPast(reading: string): boolean {
  return /^\p{Script=Hiragana}{2,}ん$/u.test(reading) && SURNAME_READINGS.has(reading.slice(0, -1));
}

function startsWithSurnameReading(reading: string): boolean {
  const flat = reading.replace(/[ ・]/g, "");
  for (let size = 2; size <= 5 && size <= flat.length; size += 1) {
    if (SURNAME_READINGS.has(flat.slice(0, size))) return true;
  }
  return false;
}

const KANA_DIGIT =
  "(?:いち|にい|に|さん|よん|しち|し|ご|ろく|なな|はち|きゅう|く|じゅう|ぜろ|まる|れい)";
const KANA_DIGIT_GROUPS = new RegExp(`^(?:${KANA_DIGIT}+[の、ー])+${KANA_DIGIT}+[の、]?$`, "u");

/** いちのにの (1 の 2 の): groups of kana numbers joined by の are a number, never a name. */
export function kanaDigitsOnly(run: string): boolean {
  return KANA_DIGIT_GROUPS.test(run);
}

/** A listed given name, as written (トメ, 康弘) or by its reading (ユウスケ → ゆうすけ). */
export function isListedGivenName(word: string): boolean {
  return GIVEN_NAMES.has(word) || GIVEN_READINGS.has(toHiragana(word));
}

export function toHiragana(text: string): string {
  // A loop over char codes, not a replace callback per katakana (this runs on every kana word).
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x30a1 || code > 0x30f6) continue;
    out += text.slice(from, i) + String.fromCharCode(code - 0x60);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
