import { splitAtAny } from "../text-tools";
import { foundNameCandidate } from "./name-candidate";
import { GIVEN_KANJI } from "../name-kanji";
import { GIVEN_NAMES, SURNAMES } from "../surnames";
import type { Candidate } from "../types";
import { looksLikeGivenName } from "../name-kanji";
import { hasOkurigana } from "./name-cues";
import { scriptAt } from "./name-runs";
import { NAME_STOP_WORDS } from "../name-stop-words";

/** Names joined by と/や/、 share the cue of the first one (孫の陽翔と陽菜の分). */
// 大翔 と 陽菜: speech recognition spaces the particle off both names.
const COORDINATION = /^(?: ?(?:と|や) ?|、 ?|とか)/u;
const MAX_GIVEN = 4;
/** How many names a list may join after the one found by a cue. */
const MAX_LISTED = 8;

/**
 * Names a caller says again or lists together, once one of them was found by a cue:
 * - the same name elsewhere in the turn (堀之内です。堀之内 誠。; 中園 里佳子 … で里佳子);
 * - each part of a full name on its own (申請者は私、丸山で、代理人は長男の丸山 拓海);
 * - a second name joined to a found one by と/や (孫の陽翔と陽菜).
 * Pure post-processing over the text and the candidates found so far.
 */
export function findNameEchoes(text: string, found: readonly Candidate[]): Candidate[] {
  const names = found.filter((c) => c.type === "person_name");
  if (names.length === 0) return [];
  const out: Candidate[] = [];
  const values = new Set<string>();
  const short = new Set<string>();
  for (const name of names) {
    const value = text.slice(name.start, name.end);
    // 佐藤(さとう): the bracketed reading is no part of the repeated name.
    const bare = value.replace(/\(.*$/u, "").trimEnd();
    for (const part of [bare, ...splitAtAny(bare, " ・")]) {
      if (isEchoable(part)) values.add(part);
      else if (SHORT_NAME.test(part)) short.add(part);
    }
    // 受給者:秋葉 未来 … 秋葉未来 (the signature): the spaced full name written without its space.
    if (SPACED_HAN_NAME.test(bare)) values.add(bare.replace(" ", ""));
    // 参加者:岡部、三浦、新井: a list goes on from each name it joined.
    let joined = coordinatedName(text, name.end);
    for (let more = MAX_LISTED; joined && more > 0; more -= 1) {
      out.push(joined);
      joined = coordinatedName(text, joined.end);
    }
  }
  // 齋藤 幸恵 … 斎藤の斉は: old and new forms of a kanji count as the same name.
  const folded = foldVariants(text);
  const reach = names.length > 8 ? reachOf(text.length, names) : null;
  const inside = (start: number, end: number): boolean =>
    reach ? (reach[start] ?? 0) >= end : names.some((c) => c.start <= start && end <= c.end);
  for (const value of new Set([...values].map(foldVariants))) {
    for (let at = folded.indexOf(value); at >= 0; at = folded.indexOf(value, at + 1)) {
      const end = at + value.length;
      // 古賀ですけど、古賀澄子、: the surname said again with the given name glued on.
      const kin = afterKin(text, at);
      const bounded =
        isWordBoundary(text, at, end) ||
        afterTitle(text, at, end) ||
        (kin && scriptAt(text, end) !== "han");
      const glued = bounded ? 0 : gluedGivenAfter(text, at, end, false, kin);
      if (glued === 0 && !bounded) continue;
      if (inside(at, end + glued)) continue;
      const given = glued || givenAfterSpace(text, end) || kanaGivenAfter(text, at, end);
      out.push(foundNameCandidate(text, at, end + given, "echo:repeated-name"));
    }
  }
  // 陳です。陳立新。: a one-kanji surname found alone, then the full name as a sentence of its own.
  for (const value of short) {
    if (!/^[\p{Script=Han}々]$/u.test(value) || !SURNAMES.has(value)) continue;
    for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
      const glued = gluedGivenAfter(text, at, at + 1, true);
      if (glued > 0) out.push(foundNameCandidate(text, at, at + 1 + glued, "echo:repeated-name"));
    }
  }
  if (short.size > 0) out.push(...explainedShortNames(text, short, names));
  if (text.includes("字")) {
    const kanji = KANJI_GIVEN.exec(text);
    const word = kanji?.[1] ?? "";
    if (kanji && !NAME_STOP_WORDS.has(word)) {
      const start = (kanji.index ?? 0) + kanji[0].length - word.length;
      out.push(foundNameCandidate(text, start, start + word.length, "echo:kanji-given"));
    }
  }
  return out;
}

/**
 * For each position, the furthest end of a name starting at or before it: a span lies inside a
 * found name when the reach at its start covers its end (one pass, not a scan per repeat).
 */
function reachOf(length: number, names: readonly Candidate[]): Int32Array {
  const reach = new Int32Array(length + 1);
  for (const name of names)
    if (name.start <= length && (reach[name.start] ?? 0) < name.end) reach[name.start] = name.end;
  for (let i = 1; i <= length; i += 1)
    if ((reach[i] ?? 0) < (reach[i - 1] ?? 0)) reach[i] = reach[i - 1] ?? 0;
  return reach;
}

/** 「かおる」です。漢字は薫。: after a name was found, the kanji it is written with. */
// 下の名前は陸、字は陸です: 字 alone as the label too.
const KANJI_GIVEN =
  /(?:漢字|(?<![\p{Script=Han}])字)(?:は|が|で) ?([\p{Script=Han}々]{1,4})(?=[。、!? ]|です|$)/u;

/** 杏, キム, ロン: a one-kanji or two-kana name (or part of one), too short to repeat on its own. */
const SHORT_NAME = /^(?:[\p{Script=Han}々]|[\p{Script=Hiragana}\p{Script=Katakana}ー]{2})$/u;
/** 杏 は あんず / キム は 金 で / 春と書いて: what follows a short name the caller explains. */
const EXPLAINED_AFTER = /^ ?(?:は ?|と ?書いて ?|って ?書いて ?)/u;
/** キム は 金 で: the kanji the name is written with (not 龍 の 意味, a meaning). */
const KANJI_OF = /^([\p{Script=Han}々]{1,3}) ?(?=で(?:す)?(?:[、。 ]|$)|と ?書)/u;
/** 春と書いて はる。: the reading said after how it is written. */
const READING_OF = /^(\p{Script=Hiragana}{2,8})(?=[。、 ]|です|$)/u;

/**
 * A short name said again to explain it (杏 は あんず の 杏 / キム は 金 で / 春と書いてはる): the
 * repeat, and the kanji or the reading it is explained with.
 */
function explainedShortNames(
  text: string,
  short: ReadonlySet<string>,
  names: readonly Candidate[],
): Candidate[] {
  const out: Candidate[] = [];
  for (const value of short) {
    for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
      const end = at + value.length;
      if (!isWordBoundary(text, at, end)) continue;
      if (names.some((c) => c.start <= at && end <= c.end)) continue;
      const explained = EXPLAINED_AFTER.exec(text.slice(end, end + 8));
      if (!explained) continue;
      out.push(foundNameCandidate(text, at, end, "echo:explained-name"));
      const from = end + explained[0].length;
      const written = /書/u.test(explained[0]) ? READING_OF : KANJI_OF;
      const how = written.exec(text.slice(from, from + 12))?.[1];
      if (how) out.push(foundNameCandidate(text, from, from + how.length, "echo:explained-name"));
    }
  }
  return out;
}

/** Kanji written in an old or a variant form in names, and the common form they stand for. */
const VARIANTS =
  "齋斎齊斎斉斎髙高﨑崎嵜崎碕崎邊辺邉辺澤沢濱浜廣広櫻桜藏蔵實実眞真德徳惠恵冨富嶋島峯峰舘館瀧滝槇槙桒桑";
const VARIANT_OF: ReadonlyMap<string, string> = new Map(
  Array.from({ length: VARIANTS.length / 2 }, (_, i) => [
    VARIANTS[2 * i] ?? "",
    VARIANTS[2 * i + 1] ?? "",
  ]),
);
const VARIANT_CHARS = new RegExp(`[${[...VARIANT_OF.keys()].join("")}]`, "gu");
const VARIANT_TEST = new RegExp(VARIANT_CHARS.source, "u");
const VARIANT_CODES: ReadonlySet<number> = new Set(
  [...VARIANT_OF.keys()].map((c) => c.charCodeAt(0)),
);

/** The text with variant kanji replaced by their common forms (same length and offsets). */
export function foldVariants(text: string): string {
  if (text === lastFolded.text) return lastFolded.folded;
  if (text.length > 8) {
    lastFolded.text = text;
    lastFolded.folded = fold(text);
    return lastFolded.folded;
  }
  return fold(text);
}

/** The last long text folded (the echo pass folds the same turn several times). */
const lastFolded = { text: "", folded: "" };

function fold(text: string): string {
  if (text.length > 8) return VARIANT_TEST.test(text) ? replaceVariants(text) : text;
  for (let i = 0; i < text.length; i += 1)
    if (VARIANT_CODES.has(text.charCodeAt(i))) return replaceVariants(text);
  return text;
}

function replaceVariants(text: string): string {
  return text.replace(VARIANT_CHARS, (c) => VARIANT_OF.get(c) ?? c);
}

/** 秋葉 未来: a kanji surname and a kanji given name, one space between. */
const SPACED_HAN_NAME = /^[\p{Script=Han}々]{1,3} [\p{Script=Han}々]{1,3}$/u;

/** Whole Han names of ≥ 2 kanji and kana names of ≥ 3 letters are specific enough to repeat. */
function isEchoable(part: string): boolean {
  if (/^[\p{Script=Han}々]{2,6}$/u.test(part)) return true;
  return /^[\p{Script=Hiragana}\p{Script=Katakana}ー]{3,12}$/u.test(part);
}

/** The name must not sit inside a longer word of the same script (森 in 森林 is never tried). */
function isWordBoundary(text: string, start: number, end: number): boolean {
  const script = scriptAt(text, start);
  const next = text[end] === "・" ? null : scriptAt(text, end);
  return scriptAt(text, start - 1) !== script && next !== script;
}

/**
 * 佐々木ヨシ。 / ソフィア・ペトロワ: a short katakana given name glued to a repeated kanji surname
 * and ending the clause, or a katakana name joined by ・ to a repeated katakana one.
 */
function kanaGivenAfter(text: string, start: number, end: number): number {
  const joined = text[end] === "・" && scriptAt(text, start) === "katakana";
  const from = joined ? end + 1 : end;
  if (!joined && scriptAt(text, start) !== "han") return 0;
  let stop = from;
  while (stop - from < 12 && scriptAt(text, stop) === "katakana" && text[stop] !== "・") stop += 1;
  const length = stop - from;
  if (length < 2 || scriptAt(text, stop) === "katakana") return 0;
  if (!joined && (length > 3 || !/^(?:[。、!? ]|$)/u.test(text.slice(stop, stop + 1)))) return 0;
  return stop - end;
}

/** What may follow a glued full name: a pause, a particle, a bracket, で and a pause, or the end. */
const AFTER_GLUED = /^(?:[。、,!? の(]|です|でし|で[、 ]|は[、 ]|$)/u;
/** 牧様, 森田家, 林先生: an honorific, a household or a title after the surname. */
const NOT_GIVEN_HEAD = /^(?:様|殿|氏|君|宛|先生|家|方|夫妻|一家|さん)/u;
/** A one-kanji surname's full name stands as a sentence or a clause of its own. */
const OWN_CLAUSE = /^(?:[。、!? ]|です|$)/u;

/**
 * 古賀澄子 / 中嶋光太郎 after 古賀 or 中嶋 was found: the kanji glued after a repeated surname are its
 * given name when they are shaped like one and end the word. Its length, 0 when there is none.
 */
function gluedGivenAfter(
  text: string,
  start: number,
  end: number,
  oneKanji: boolean,
  afterKinWord = false,
): number {
  if ((scriptAt(text, start - 1) === "han" && !afterKinWord) || scriptAt(text, end) !== "han")
    return 0;
  let stop = end;
  while (stop - end < 3 && scriptAt(text, stop) === "han") stop += 1;
  if (scriptAt(text, stop) === "han") return 0;
  const word = text.slice(end, stop);
  if (NAME_STOP_WORDS.has(word) || NOT_GIVEN_HEAD.test(word)) return 0;
  const shaped = GIVEN_NAMES.has(word) || looksLikeGivenName(word);
  if (oneKanji) {
    const opens = start === 0 || /[。、!? ]/u.test(text[start - 1] ?? "");
    // 陳立新, 林美玲: said as a sentence of its own, any short word after the surname is the given
    // name (a Chinese one is written with any kanji).
    return opens && word.length <= 2 && OWN_CLAUSE.test(text.slice(stop, stop + 2))
      ? stop - end
      : 0;
  }
  return shaped && AFTER_GLUED.test(text.slice(stop, stop + 2)) ? stop - end : 0;
}

/** A post or a job glued before a surname (養護教諭溝口です). */
const TITLE_BEFORE =
  /(?:教諭|教頭|校長|園長|課長|係長|主任|主査|部長|所長|室長|館長|保健師|看護師|社長|店長)$/u;

/**
 * 養護教諭溝口です。…溝口 理恵: a found surname said again glued after the writer's post, the word
 * ending there.
 */
function afterTitle(text: string, start: number, end: number): boolean {
  if (scriptAt(text, start) !== "han" || scriptAt(text, end) === "han") return false;
  return TITLE_BEFORE.test(text.slice(Math.max(0, start - 3), start));
}

/** A kin word glued before a surname (a note's terse style: 父棟方 清吉, 故人長岡庄一). */
const KIN_BEFORE =
  /(?:^|[^\p{Script=Han}])(?:父|母|夫|妻|長男|長女|次男|次女|三男|三女|息子|娘|兄|弟|姉|妹|祖父|祖母|孫|甥|姪|叔父|叔母|伯父|伯母|故人|故)$/u;

/**
 * 棟方 美穂（49）…父棟方 清吉の除票: a found surname said again glued after a kin word, the kin
 * word itself standing alone before it.
 */
function afterKin(text: string, start: number): boolean {
  if (scriptAt(text, start) !== "han") return false;
  return KIN_BEFORE.test(text.slice(Math.max(0, start - 4), start));
}

/** 堀之内 誠: a given-name-shaped word after a space extends a repeated surname. */
function givenAfterSpace(text: string, end: number): number {
  if (text[end] !== " ") return 0;
  let stop = end + 1;
  while (stop - end - 1 < MAX_GIVEN && scriptAt(text, stop) === "han") stop += 1;
  const word = text.slice(end + 1, stop);
  if (word.length === 0 || scriptAt(text, stop) === "han") return 0;
  const shaped = word.length <= 2 && [...word].every((c) => GIVEN_KANJI.has(c));
  return GIVEN_NAMES.has(word) || looksLikeGivenName(word) || shaped ? stop - end : 0;
}

function coordinatedName(text: string, end: number): Candidate | null {
  const joint = COORDINATION.exec(text.slice(end, end + 4));
  if (!joint) return null;
  const start = end + joint[0].length;
  let stop = start;
  while (stop - start < MAX_GIVEN && scriptAt(text, stop) === "han") stop += 1;
  if (stop === start || scriptAt(text, stop) === "han" || hasOkurigana(text, stop)) return null;
  const word = text.slice(start, stop);
  const isName = GIVEN_NAMES.has(word) || looksLikeGivenName(word) || SURNAMES.has(word);
  // 蒼と紬: a one-kanji word joins the list only as a listed given name.
  return isName && (word.length >= 2 || GIVEN_NAMES.has(word))
    ? foundNameCandidate(text, start, stop, "echo:listed-name")
    : null;
}
