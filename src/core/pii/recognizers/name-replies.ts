import { codeAt, execAll } from "../text-tools";
import { HIRAGANA_STOP_WORDS, KATAKANA_STOP_WORDS, NAME_STOP_WORDS } from "../name-stop-words";
import { GIVEN_NAMES, GIVEN_READINGS, PLACE_HOMOGRAPHS, SURNAME_READINGS } from "../surnames";
import { isNameShaped, looksLikeGivenName } from "../name-kanji";
import { isPetNameLabel } from "./name-cues";
import type { Candidate } from "../types";
import {
  NO_EXTRA_SURNAMES,
  collectNames,
  extraSurnameSet,
  foundNameCandidate,
} from "./name-candidate";
import { checkKatakanaName, isListedGivenName, toHiragana } from "./kana-names";
import { isSurnameRomaji, toRomaji } from "./kana-full-names";
import { checkName, isOrdinaryWord, isPlainListedSurname, isSurname } from "./name-check";
import { plausibleGiven } from "./name-desk-notes";
import { findLatinRenderings } from "./name-explained";
import { recognizeStandaloneHangulNames } from "./name-furigana";

/**
 * Names found by where they stand in replies, memos and calls (round 19):
 *
 * - a relative's or the deceased's full name glued after the kin word in a note (`母宇佐美 キヨ様`,
 *   `父陳 浩、`, `故三条 喜一郎(`): a listed surname, a space and a given name;
 * - the officer signing a chat reply in katakana after the desk (`…ください。子ども家庭支援課 ハン`),
 *   or in English after the section (`… Pension Section Nakaji`), at the message's end;
 * - a surname in hiragana before a given name already found (`えびはら 智子様`);
 * - a Latin surname introducing the caller (`はい、Leeです。`, `Andersonです、`), and the full name
 *   said with it (`Lee Ji-woo`, `Mark Anderson`);
 * - a listed surname glued after 私 (`私大曽根です`);
 * - a surname's reading in quotes before と申します (`「かじわら」と申します`);
 * - a name spelled in Hangul after ハングルで書くと / 韓国語では (`ハングルで書くと박근우です`).
 *
 * Each rule runs only when its fixed words are in the text; the kanji rules take listed surnames
 * only (`extraSurnames` too).
 */
export function findReplyNames(
  text: string,
  found: readonly Candidate[],
  extraSurnames: readonly string[],
): Candidate[] {
  const { out, push } = collectNames(text, found);
  const extra = extraSurnameSet(extraSurnames);
  const listed = (word: string) => isPlainListedSurname(word, extra);
  if (text.includes(" ")) {
    // A plain exec loop: this scan runs on every spaced text (no generator per call).
    KIN_GLUED_NAME.lastIndex = 0;
    for (let match = KIN_GLUED_NAME.exec(text); match; match = KIN_GLUED_NAME.exec(text)) {
      if (isHan(text, match.index - 1)) continue;
      const surname = match[2] ?? "";
      const given = match[3] ?? "";
      if (!plausibleGiven(given) || !(listed(surname) || unlistedSurname(surname, given))) continue;
      // The match ends with the given name (a representative's 代表 may follow the role).
      const end = match.index + match[0].length;
      const start = end - given.length - 1 - surname.length;
      // 父黒田 昭三の / 母石井 ふみえが: before a particle a kana given name must be a listed one;
      // 長女西田 みえへ案内 / 長男森田 ゆうに連絡: not before へ or に and a note's kanji verb.
      const noted = /^[へに][\u3400-\u9fff]{2}/u.test(text.slice(end, end + 3));
      if (PARTICLE_AFTER.test(text[end] ?? "") && !noted && !kanjiOrListedGiven(given)) continue;
      // 母宇佐美 キヨ様: a given name found by its honorific grows over the surname (merged later).
      if (out.some((c) => c.start < end && start < c.end)) continue;
      if (found.some((c) => c.start < end && start < c.end && c.type !== "person_name")) continue;
      out.push(foundNameCandidate(text, start, end, "cue:kin-glued-name"));
    }
    const last = codeAt(text, text.length - 1);
    // …ご利用ください。青葉区役所 杉浦: a listed surname after the desk, ending a reply.
    if (isHan(text, text.length - 1) && text.includes("。")) {
      const desk = DESK_KANJI_END.exec(text.slice(Math.max(0, text.length - 24)));
      const officer = desk?.[1] ?? "";
      if (desk && listed(officer) && !PLACE_HOMOGRAPHS.has(officer))
        push(text.length - officer.length, text.length, "cue:desk-signature");
    }
    if (last >= 0x30a1 && last <= 0x30fc) {
      const desk = DESK_KATAKANA_END.exec(text.slice(Math.max(0, text.length - 24)));
      const officer = desk?.[1] ?? "";
      if (
        desk &&
        text.includes("。") &&
        !KATAKANA_STOP_WORDS.has(officer) &&
        !NOT_OFFICER.test(officer)
      )
        push(text.length - officer.length, text.length, "cue:desk-katakana-signature");
    }
    kanaSurnamesBeforeGiven(text, found, out);
  }
  // チャット:…取れますか?倉田 回答:…: the asker signs the question before the desk answers.
  if (text.includes("回答") || text.includes("返信")) {
    for (const match of execAll(QUESTION_SIGNATURE, text)) {
      const word = match[1] ?? "";
      if (!isSurname(word, extra) || NAME_STOP_WORDS.has(word)) continue;
      const start = (match.index ?? 0) + match[0].indexOf(word, 1);
      push(start, start + word.length, "cue:question-signature");
    }
  }
  // …再発行できますか? 樽井 / …出ますか? ミヤモト: the asker signs a chat question at its end.
  const mark = text.length > 3 ? text.lastIndexOf("?", text.length - 2) : -1;
  if (mark >= 0 && text.length - mark <= 9) {
    const signed = QUESTION_END_SIGNATURE.exec(text.slice(mark));
    const word = signed?.[1] ?? "";
    if (signed && signedWord(word, listed))
      push(text.length - word.length, text.length, "cue:question-end-signature");
  }
  // 利用者:…大丈夫ですか? ヤマギシ ⏎ 地域活動課:… / …思うんですが Mika ⏎ 市民課:…: the user signs
  // their turn with one word right before the desk's tag answers it.
  if (text.includes(":"))
    for (const match of execAll(TURN_SIGNATURE, text)) {
      const word = match[1] ?? "";
      if (!turnSignatureWord(word, listed)) continue;
      // The match ends with the space before the desk's tag.
      const start = (match.index ?? 0) + match[0].length - 1 - word.length;
      push(start, start + word.length, "cue:turn-signature");
    }
  // …止めたくて。ウチハシです。/ もしもし、北町のミナカタです。: speech recognition writes an
  // unlisted surname in katakana; said with です as a sentence of its own, it is the caller's.
  if (text.includes("です"))
    for (const match of [
      ...execAll(KATAKANA_SELF, text),
      ...(FILLER_PAUSE.test(text) ? execAll(KATAKANA_SELF_AFTER_FILLER, text) : []),
    ]) {
      const word = match[1] ?? "";
      if (!NATIVE_KATAKANA.test(word) || !checkKatakanaName(word, "strong")) continue;
      const start = (match.index ?? 0) + match[0].length - word.length;
      push(start, start + word.length, "cue:katakana-self");
    }
  // 氏名:ラージュ・パテル RAJU PATEL: a found katakana name, then the same in Latin letters.
  if (LATIN_CAPITAL.test(text) && (text.includes("・") || text.includes(" ")))
    for (const c of findLatinRenderings(text, found)) push(c.start, c.end, c.evidence);
  // リ・ミンジュンさん(韓国)。이민준。: a name in Hangul standing alone once a name was found.
  if (HANGUL.test(text))
    for (const c of recognizeStandaloneHangulNames(text, found)) push(c.start, c.end, c.evidence);
  // ガルシアです。Maria Garcia。: a katakana name introducing the caller, then its spelling.
  if (KATAKANA_THEN_LATIN_GUARD.test(text)) katakanaIntros(text, push);
  // カワノです。カワノ、ミユキ: a found katakana surname said again, a pause, then a listed given
  // name in katakana ending the sentence or the quote.
  if (text.includes("、"))
    for (const c of found) {
      if (c.type !== "person_name" || text[c.end] !== "、") continue;
      if (!/^[\u30a1-\u30faー]{2,6}$/u.test(text.slice(c.start, c.end))) continue;
      const given = KATAKANA_GIVEN_AFTER_PAUSE.exec(text.slice(c.end, c.end + 9))?.[1] ?? "";
      if (!given || !GIVEN_READINGS.has(toHiragana(given)) || KATAKANA_STOP_WORDS.has(given))
        continue;
      // The pause is part of the full name said (surname, pause, given name): the candidate
      // grows over the found surname.
      const end = c.end + 1 + given.length;
      if (out.some((o) => o.start < end && c.end < o.end)) continue;
      out.push(foundNameCandidate(text, c.start, end, "cue:kana-given-after-pause"));
    }
  // 本人(リ・ウェイ、李偉)より: a found dotted katakana name, then the same name in kanji.
  if (text.includes("・") && text.includes("、"))
    for (const match of execAll(KANA_THEN_KANJI_BRACKET, text)) {
      const kana = match[1] ?? "";
      const word = match[2] ?? "";
      const kanaStart = (match.index ?? 0) + 1;
      const named = found.some(
        (c) => c.type === "person_name" && c.start <= kanaStart && kanaStart + kana.length <= c.end,
      );
      if (!named || isOrdinaryWord(word) || NAME_STOP_WORDS.has(word)) continue;
      // (チャン・ミン、会社員) / (…、無職): the person's occupation, not the name.
      if (NOT_KANJI_NAME_END.test(word)) continue;
      const start = (match.index ?? 0) + match[0].length - 1 - word.length;
      push(start, start + word.length, "cue:kana-then-kanji-bracket");
    }
  // One scan for the fixed words of the rarer rules below: most texts hold none of them.
  if (RARE_TRIGGERS.test(text)) rareRules(text, found, listed, push);
  // One scan for the fixed characters of the rules below (brackets, 私, quotes, 窓口, いう…).
  if (OTHER_TRIGGERS.test(text)) {
    // Community Section (Kosaka): / Quầy quốc tế (Hoàng):: the desk's tag in an English or a
    // Vietnamese chat, its officer's surname in brackets before the colon.
    if (text.includes(":") && text.includes("(") && LATIN_OFFICE_BRACKET_GUARD.test(text)) {
      for (const match of execAll(LATIN_OFFICE_BRACKET, text)) {
        const word = match[1] ?? "";
        if (NOT_LATIN_OFFICER.test(word)) continue;
        const start = (match.index ?? 0) + match[0].indexOf(`(${word})`) + 1;
        push(start, start + word.length, "cue:office-bracket-officer");
      }
      for (const match of text.includes("section") ? execAll(LOWER_SECTION_BRACKET, text) : []) {
        const word = match[1] ?? "";
        if (!isSurnameRomaji(word.toLowerCase())) continue;
        const start = (match.index ?? 0) + match[0].indexOf(`(${word})`) + 1;
        push(start, start + word.length, "cue:office-bracket-officer");
      }
    }
    // Seção de Cidadãos (Arimura): / Pojok Internasional (Sato):: the desk's word opens the tag,
    // what it serves follows; the officer only when the word is a listed surname's romaji.
    if (text.includes(":") && text.includes("(") && DESK_FIRST_GUARD.test(text))
      for (const match of execAll(DESK_FIRST_BRACKET, text)) {
        const word = match[1] ?? "";
        if (!isSurnameRomaji(word.toLowerCase())) continue;
        const start = (match.index ?? 0) + match[0].indexOf(`(${word})`) + 1;
        push(start, start + word.length, "cue:office-bracket-officer");
      }
    // 市民课(Hoshino): / 税務課(Sato):: a section in Chinese or Japanese, its officer in romaji.
    if (text.includes(":") && HAN_SECTION_LATIN_GUARD.test(text))
      for (const match of execAll(HAN_SECTION_LATIN_OFFICER, text)) {
        const word = match[1] ?? "";
        if (!isSurnameRomaji(word.toLowerCase())) continue;
        const start = (match.index ?? 0) + 2;
        push(start, start + word.length, "cue:office-bracket-officer");
      }
    // 公園緑地(野口):: a chat's reply tag opening its line, the desk named without 課 or 係.
    if (text.includes(":") && text.includes("(") && REPLY_TAG_GUARD.test(text))
      for (const match of execAll(REPLY_TAG_BRACKET, text)) {
        const word = match[1] ?? "";
        if (!listed(word) || word.length < 2) continue;
        const start = (match.index ?? 0) + match[0].indexOf(`(${word})`) + 1;
        push(start, start + word.length, "cue:office-bracket-officer");
      }
    if (text.includes("(") && OFFICE_BRACKET_GUARD.test(text)) {
      for (const match of execAll(OFFICE_BRACKET, text)) {
        const word = match[1] ?? "";
        const start = (match.index ?? 0) + match[0].length - 1 - word.length;
        // 出張所(北)まで: a one-kanji direction or town is the branch, not its officer; a section's
        // tag opening a chat's reply (生活環境課(島):) has no branch.
        const replyTag =
          /[課係]$/u.test(text.slice(0, start - 1)) && text[start + word.length + 1] === ":";
        if (!listed(word) || (word.length === 1 && PLACE_HOMOGRAPHS.has(word) && !replyTag))
          continue;
        push(start, start + word.length, "cue:office-bracket-officer");
      }
    }
    if (SELF_WORD.test(text)) {
      for (const match of execAll(GLUED_SELF, text)) {
        const word = match[1] ?? "";
        if (!listed(word)) continue;
        const start = (match.index ?? 0) + match[0].length - word.length;
        push(start, start + word.length, "cue:self-glued");
      }
    }
    if (text.includes("」")) {
      for (const match of execAll(QUOTED_READING, text)) {
        const word = match[1] ?? "";
        if (!SURNAME_READINGS.has(toHiragana(word)) || HIRAGANA_STOP_WORDS.has(word)) continue;
        const start = (match.index ?? 0) + 1;
        push(start, start + word.length, "cue:quoted-reading");
      }
    }
    if (PASS_ON_GUARD.test(text)) {
      for (const match of execAll(NAME_TO_PASS_ON, text)) {
        const word = match[1] ?? "";
        if (!signedWord(word, listed)) continue;
        const start = match.index ?? 0;
        push(start, start + word.length, "cue:name-to-pass-on");
      }
    }
    if (text.includes("窓口")) {
      for (const match of execAll(STAFF_AT_COUNTER, text)) {
        const word = match[1] ?? "";
        if (!listed(word)) continue;
        const start = match.index ?? 0;
        push(start, start + word.length, "cue:staff-at-counter");
      }
    }
    if (text.includes("いう") || text.includes("言う") || text.includes("いい")) {
      KIN_CALLED.lastIndex = 0;
      for (let match = KIN_CALLED.exec(text); match; match = KIN_CALLED.exec(text)) {
        const word = match[1] ?? "";
        if (namedWord(word, listed)) pushEvery(text, word, "cue:kin-called", push);
      }
    }
    if (text.includes("「")) {
      for (const match of execAll(LABEL_QUOTED_KANA, text)) {
        const word = match[1] ?? "";
        // 名前は「ひかり」で: the quotes mark the word asked for; a pet's name is left (犬の名前は「マロン」).
        if (HIRAGANA_STOP_WORDS.has(toHiragana(word)) || KATAKANA_STOP_WORDS.has(word)) continue;
        const start = (match.index ?? 0) + match[0].length - 1 - word.length;
        if (isPetNameLabel(text, match.index ?? 0, match[0])) continue;
        push(start, start + word.length, "cue:label-quoted-kana");
      }
    }
  }
  {
    // Only the message's end is read.
    const from = Math.max(0, text.length - 40);
    const closing = KANA_AFTER_CALLBACK.exec(text.slice(from));
    const word = closing?.[1] ?? "";
    if (closing && SURNAME_READINGS.has(word) && !HIRAGANA_STOP_WORDS.has(word)) {
      const start = from + closing.index + closing[0].lastIndexOf(word);
      push(start, start + word.length, "cue:kana-name-after-callback");
    }
  }
  return out;
}

/**
 * The rules whose fixed words are rare (a pair counted, a script named, a relative claimed, a
 * Latin introduction, an English section): run only after {@link RARE_TRIGGERS} found one.
 */
function rareRules(
  text: string,
  found: readonly Candidate[],
  listed: (word: string) => boolean,
  push: (start: number, end: number, evidence: string) => void,
): void {
  if (text.includes("Section") || text.includes("Division") || text.includes("Desk")) {
    const section = SECTION_SIGNATURE.exec(text.slice(Math.max(0, text.length - 40)));
    const name = section?.[1] ?? "";
    if (section && !name.split(" ").some((part) => NOT_LATIN_NAME.has(part)))
      push(text.length - name.length, text.length, "cue:section-signature");
  }
  if (LATIN_INTRO_GUARD.test(text)) latinIntros(text, push);
  if (CHINESE_SCRIPT_GUARD.test(text) && found.some((c) => c.type === "person_name")) {
    for (const match of execAll(CHINESE_SPELLED, text)) {
      const word = match[1] ?? "";
      if (isOrdinaryWord(word) || NAME_STOP_WORDS.has(word)) continue;
      // 中国語で説明。/ 中国語で案内、: what was done in the language, a note's last word; a
      // spelling is told (では, で書くと) or confirmed (と書きます, です).
      if (
        /^(?:中国語|簡体字|繁体字)で$/u.test(match[0].slice(0, -word.length).trim()) &&
        /^[。、]/u.test(text.slice((match.index ?? 0) + match[0].length))
      )
        continue;
      const start = (match.index ?? 0) + match[0].length - word.length;
      push(start, start + word.length, "cue:chinese-spelling");
    }
  }
  if (OWN_KIN_GUARD.test(text)) {
    for (const match of execAll(WHO_IS_OWN_KIN, text)) {
      const word = match[1] ?? "";
      if (namedWord(word, listed)) pushEvery(text, word, "cue:own-kin-named", push);
    }
  }
  if (PAIR_GUARD.test(text)) {
    for (const match of execAll(NAMED_PAIR, text)) {
      const first = match[1] ?? "";
      const second = match[2] ?? "";
      if (!givenWord(first) || !givenWord(second)) continue;
      const start = match.index ?? 0;
      push(start, start + first.length, "cue:named-pair");
      const at = start + match[0].indexOf(second, first.length);
      push(at, at + second.length, "cue:named-pair");
    }
  }
  if (HANGUL_SCRIPT_GUARD.test(text)) {
    for (const match of execAll(HANGUL_SPELLED, text)) {
      const word = match[1] ?? "";
      const start = (match.index ?? 0) + match[0].length - word.length;
      push(start, start + word.length, "cue:hangul-spelling");
    }
  }
}

const OTHER_TRIGGERS = /[(私」「窓]|いう|言う|いい|わたし|あたし|から(?:って|と)/;
/** The words a caller calls themselves by, glued before their surname (私大曽根, わたし篠田). */
const SELF_WORD = /私|わたし|あたし/;
const RARE_TRIGGERS =
  /二人|ふたり|2人|両方|中国語|簡体字|繁体字|ハングル|韓国語|朝鮮語|は(?:私|わたし|わたくし|うち|僕)の|[a-z](?:です|と申します|といいます)|Section|Division|Desk/;

const HAN = "[\\u3400-\\u9fff々ヶ]";

/**
 * 母宇佐美 キヨ様 / 子陳 美玲( / 故三条 喜一郎(: a kin word (or 故, the deceased) glued before a
 * surname, a space, a given name of kanji or kana, then an honorific, a bracket or a pause. 家主杉田
 * 和夫 / 保証人西岡 ミツ: a note's party to a lease or a form (landlord, guarantor) is glued the same way,
 * and so is someone who comes along in a welfare note (民生委員西岡 幸枝, 後見人菊池 守); 相続人代表菅野
 * 和也様: the party's representative (代表, 代表者) among several is glued the same way.
 */
const KIN_GLUED_NAME = new RegExp(
  `(祖母|祖父|義母|義父|長男|長女|次男|次女|母|父|妻|夫|子|兄|姉|弟|妹|孫|故|貸主|借主|家主|大家|世帯主|名義人|契約者|連帯保証人|保証人|申請者|届出人|代理人|受取人|相続人|喪主|主任児童委員|民生委員|児童委員|成年後見人|後見人|保佐人|主治医|担当医|ケアマネ|相談員|支援員|自治会長|町内会長|付添人|立会人)(?:代表者?)?(${HAN}{1,3}) (${HAN}{1,3}?|[\\u3041-\\u3096]{2,4}|[\\u30a1-\\u30faー]{2,5})(?=様|さん|氏|宛|[(、。 のがはをにともへ]|$)`,
  "gu",
);

/**
 * 父榊田 昭三が: an unlisted surname glued to the kin word passes when written like a surname
 * (two or three name kanji, no ordinary word or place) and the given name is one or two kanji.
 */
function unlistedSurname(surname: string, given: string): boolean {
  return (
    surname.length >= 2 &&
    given.length <= 2 &&
    /^[\u3400-\u9fff々]+$/u.test(given) &&
    isNameShaped(surname) &&
    !isOrdinaryWord(surname) &&
    !NAME_STOP_WORDS.has(surname) &&
    !PLACE_HOMOGRAPHS.has(surname)
  );
}

/** (チェン・ウェイ、陳偉): a dotted katakana name and a kanji word, alone in one bracket. */
const KANA_THEN_KANJI_BRACKET = new RegExp(
  `\\(([\\u30a1-\\u30faー]{1,8}(?:・[\\u30a1-\\u30faー]{1,8}){1,3})、 ?(${HAN}{2,4})\\)`,
  "gu",
);
/** 、ミユキ」 / 、ミユキ。: a katakana word right after the pause, ending the sentence or quote. */
const KATAKANA_GIVEN_AFTER_PAUSE = /^、([\u30a1-\u30faー]{2,5})(?=[。」』!?]|$)/u;
/** An occupation or a status said in the bracket instead of the name in kanji. */
const NOT_KANJI_NAME_END = /(?:[員者籍職業人師士長]|学生|無職)$/u;

/** A particle after a glued kin name (父黒田 昭三の介護保険料). */
const PARTICLE_AFTER = /^[のがはをにともへ]$/u;

/** A kanji given name, or a kana one that is listed (a kana word before a particle is often none). */
function kanjiOrListedGiven(given: string): boolean {
  if (/^[\u3400-\u9fff々]+$/u.test(given)) return true;
  return isListedGivenName(given);
}

// International corner (Sato): / Help desk (Ota): a desk's, a counter's or a corner's word in
// lower case after the name of what it serves (an office so written may name its field in the
// brackets: Ward office (Tourism)).
const LATIN_DESK_WORD =
  "Section|Division|Office|[Dd]esk|[Cc]ounter|Department|Cent(?:er|re)|[Cc]orner|Library|Seção|Setor|Balcão|Sección|Ventanilla";
/** A desk's word in an English, Portuguese, Spanish or Vietnamese chat tag: the cheap test first. */
const LATIN_OFFICE_BRACKET_GUARD = new RegExp(`(?:${LATIN_DESK_WORD}|[Qq]uầy|section)`, "u");
// Quầy quốc tế (Hoàng): the Vietnamese counter may be named by up to three words after it.
const LATIN_DESK = `${LATIN_DESK_WORD}|[Qq]uầy(?: [\\p{Ll}\\p{M}]+){0,3}`;
/** The desk's tag with its officer: `Tax Section (Ota):`, not a language or a place (`Desk (English):`). */
const LATIN_OFFICE_BRACKET = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${LATIN_DESK}) ?\\((\\p{Lu}[\\p{Ll}\\p{M}]{1,15})\\) ?:`,
  "gu",
);
/**
 * Furusato section (Ishida): a section's word in lower case (which may name a field in brackets,
 * Ward office (Tourism)) holds its officer only when the word is a listed surname's romaji.
 */
const LOWER_SECTION_BRACKET = /(?<![\p{L}\p{M}])section ?\((\p{Lu}\p{Ll}{4,15})\) ?:/gu;
/** Desk words that come before what the desk serves (Portuguese, Spanish, Indonesian, Tagalog). */
const DESK_FIRST_WORD =
  "Seção|Setor|Balcão|Guichê|Sección|Ventanilla|Oficina|Pojok|Bagian|Loket|Seksyon";
const DESK_FIRST_GUARD = new RegExp(`(?:${DESK_FIRST_WORD}) \\p{L}`, "u");
/** Seção de Cidadãos (Arimura): / Pojok Internasional (Sato):: up to three words after the desk's. */
const DESK_FIRST_BRACKET = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${DESK_FIRST_WORD})(?: [\\p{L}\\p{M}]+){1,3} ?\\((\\p{Lu}\\p{Ll}{2,15})\\) ?:`,
  "gu",
);
/** A section's kanji (課, Chinese 课, 係) right before a bracket opening with a capital. */
const HAN_SECTION_LATIN_GUARD = /[課课係]\(\p{Lu}/u;
/** 市民课(Hoshino): a chat's reply tag: a section's kanji, its officer in romaji, the colon. */
const HAN_SECTION_LATIN_OFFICER = /[課课係]\((\p{Lu}\p{Ll}{1,15})\) ?:/gu;
const NOT_LATIN_OFFICER =
  /^(?:English|Japanese|Vietnamese|Portuguese|Chinese|Korean|Spanish|Tagalog|Thai|Nepali|Main|Annex|Closed|Open|North|South|East|West|Central|Online|Phone|Chat|Reception|Staff|Bot|Auto|Automatic|Tourism|Tax|Welfare|Pension|Insurance|Health|Childcare|Registry|Residents|International|Housing|Environment|General|Information|Children|Kids|Youth|Adults|Books|Reference|Lending|Returns)$/u;
/** A kanji bracket closed by a colon: a cheap test before {@link REPLY_TAG_BRACKET} runs. */
const REPLY_TAG_GUARD = new RegExp(`${HAN}\\) ?:`, "u");
/**
 * 公園緑地(野口): / 住民:…。 道路管理(小松):: a reply tag opening the message or its line (a line
 * break is a space after the last sentence's end), any desk's kanji name before its officer's
 * listed surname (two kanji or more), then the colon.
 */
const REPLY_TAG_BRACKET = new RegExp(`(?<=^|[。!?] )${HAN}{2,8}\\((${HAN}{2,4})\\) ?:`, "gu");
/** An office word right before a bracket: a cheap test before {@link OFFICE_BRACKET} runs. */
const OFFICE_BRACKET_GUARD = /(?:課|係|センター|出張所|支所|事業所|事務所|窓口)\(/;
/**
 * 環境事業所(羽田)まで / 市民課(小松)へ: the officer in brackets after the office, then a particle;
 * 保険年金課(西村):: a chat's reply headed by the desk and its officer, then a colon.
 */
const OFFICE_BRACKET = new RegExp(
  `(?:課|係|センター|出張所|支所|事業所|事務所|窓口)\\((${HAN}{1,4})\\)(?=まで|へ|に|から|より|宛|あて|[、。 :]|$)`,
  "gu",
);

/** …ください。子ども家庭支援課 ハン: a desk, a space and a katakana name ending the message. */
const DESK_KATAKANA_END =
  /(?:課|係|センター|出張所|支所|事業所|事務所|窓口) ([\u30a1-\u30fa][\u30a1-\u30faー]{1,6})$/u;
/** …ください。青葉区役所 杉浦 / 区民課 長谷部: a desk or the office, a space and a surname ending a reply. */
const DESK_KANJI_END = new RegExp(
  `(?:課|係|センター|出張所|支所|事業所|事務所|窓口|役所|役場) (${HAN}{1,4})$`,
  "u",
);
/**
 * …取れますか?倉田 回答: / …ありますか。村井 返信:: a surname glued after the question's last mark,
 * then the line that answers it (a line break is a space after normalization).
 */
const QUESTION_SIGNATURE = new RegExp(`[?？。](${HAN}{2,4}) (?=(?:回答|返信|A)[:：])`, "gu");
const LATIN_CAPITAL = /[A-Z]/;
const HANGUL = /[\uac00-\ud7a3]/u;

/** ? 樽井 / ? ミヤモト: a question mark, a space and one word ending the message. */
const QUESTION_END_SIGNATURE = new RegExp(`^\\? (${HAN}{2,4}|[\\u30a1-\\u30faー]{2,6})$`, "u");
/**
 * A katakana word and です as a sentence of its own: at the start, after a full stop, a question,
 * もしもし, or a town and の (鰯町の); a full stop, a pause or the end after it.
 */
const KATAKANA_SELF =
  /(?:^|[。!?]|もしもし、|[町村区市目]の)([\u30a1-\u30fa]{3,5})(?=です(?:[。!?、]|$))/gu;
/**
 * えっと、シトウです。: or after a filler and a pause opening the call (not はい or あの, which also
 * open an answer: はい、カナダです); a country answers where from (えっと、ベトナムです). Looked for only
 * in a text that holds such a filler.
 */
const KATAKANA_SELF_AFTER_FILLER =
  /(?:えっと|えーと|ええと)、(?!(?:ベトナム|カナダ|インド|ネパール|タイ|ブラジル|ペルー|フィリピン|インドネシア|ミャンマー|モンゴル|スリランカ|アメリカ|イギリス|フランス|ドイツ|イタリア|スペイン|ロシア|トルコ|メキシコ|ウクライナ|ポーランド|エジプト|ケニア|ガーナ|チリ)です)([\u30a1-\u30fa]{3,5})(?=です(?:[。!?、]|$))/gu;
const FILLER_PAUSE = /(?:えっと|えーと|ええと)、/u;
/**
 * A surname's reading as speech recognition writes it: plain letters only (no ー, no small
 * letters, no ヴ or p-sounds, no ン or ル at the end, which loanwords have: スマホ is stopped by the
 * list, パスポート and ワクチン here).
 */
const NATIVE_KATAKANA =
  /^(?!ン)(?:(?![ァィゥェォッャュョヮヴパピプペポヵヶ])[ア-ン])+(?<![ンル])$/u;

/**
 * A sentence's end (a question or full stop, or a polite verb and a space), one word and a space,
 * then a desk's tag: a section of the office (…課, …係, …センター, perhaps after the office's own
 * name) and a colon. Bounded on both sides.
 */
const TURN_SIGNATURE = new RegExp(
  `(?:[?!。]|(?:です|ます|ました|ません|ください)) ?(${HAN}{1,4}|[\\u3041-\\u3096]{2,5}|[\\u30a1-\\u30faー]{2,6}|[A-Z][a-z]{1,11}) (?=(?:[^ :]{1,12} )?[^ :]{0,12}(?:課|係|室|センター|窓口|役所|支所|担当) ?:)`,
  "gu",
);
/** English words that may end a chat turn and are no name. */
const NOT_LATIN_SIGNATURE =
  /^(?:Thanks|Thank|Thx|Please|Regards|Best|Cheers|Sorry|Yes|No|Ok|Okay|Hello|Hi|Bye|Help|Urgent|Again)$/u;

function turnSignatureWord(word: string, listed: (word: string) => boolean): boolean {
  if (/^[A-Z]/u.test(word)) return !NOT_LATIN_SIGNATURE.test(word);
  if (/^[\u3041-\u3096]+$/u.test(word))
    return SURNAME_READINGS.has(word) && !HIRAGANA_STOP_WORDS.has(word);
  return signedWord(word, listed);
}

/**
 * 植草からって言ってもらえれば / 植草からと伝えてください: the caller leaves their name for the
 * officer they asked for.
 */
const PASS_ON_GUARD = /から(?:って|と) ?(?:言って|いって|伝えて|つたえて|お伝え)/;
const NAME_TO_PASS_ON = new RegExp(
  `(?<=^|[、。!? ])(${HAN}{2,4}|[\\u30a1-\\u30faー]{2,6})から(?:って|と) ?(?:言って|いって|伝えて|つたえて|お伝え)`,
  "gu",
);

/**
 * A word signing a message or left as the caller's name: a listed surname, a kanji word shaped
 * like an unlisted one (`checkName` with an intro's strength), or a katakana surname's reading.
 */
function signedWord(word: string, listed: (word: string) => boolean): boolean {
  if (/^[\u30a1-\u30faー]+$/u.test(word))
    return (
      SURNAME_READINGS.has(toHiragana(word)) &&
      !KATAKANA_STOP_WORDS.has(word) &&
      !NOT_OFFICER.test(word)
    );
  if (NAME_STOP_WORDS.has(word) || isOrdinaryWord(word) || PLACE_HOMOGRAPHS.has(word)) return false;
  return listed(word) || checkName(word, "intro", NO_EXTRA_SURNAMES) !== null;
}

/** Katakana words a desk's line may end with that are no name. */
const NOT_OFFICER =
  /^(?:センター|カウンター|コーナー|ホームページ|サイト|ページ|メール|フォーム|アプリ|ポータル|サービス|チャット|ダイヤル|ライン)$/u;

/** … Insurance and Pension Section Nakaji: an English reply signed after the section's name. */
const SECTION_SIGNATURE = /(?:Section|Division|Desk)[,.]? ([A-Z][a-z]+(?: [A-Z][a-z]+)?)$/u;
const NOT_LATIN_NAME: ReadonlySet<string> = new Set(
  "The This That Thank Thanks Please Hello Dear Office City Ward Japan Japanese English Center Team Staff Manager Chief Section Division Desk".split(
    " ",
  ),
);

/** えびはら 智子様: a surname in hiragana, a space, then a given name another pass found. */
function kanaSurnamesBeforeGiven(
  text: string,
  found: readonly Candidate[],
  out: Candidate[],
): void {
  for (const c of found) {
    if (c.type !== "person_name" || text[c.start - 1] !== " " || !GIVEN_NAMES.has(c.key)) continue;
    let start = c.start - 1;
    while (start > c.start - 8 && isHiragana(text, start - 1)) start -= 1;
    const word = text.slice(start, c.start - 1);
    if (word.length < 2 || isHiragana(text, start - 1)) continue;
    if (!SURNAME_READINGS.has(word) || HIRAGANA_STOP_WORDS.has(word)) continue;
    const before = text[start - 1];
    if (before !== undefined && before !== " " && before !== ":" && before !== "、") continue;
    out.push(foundNameCandidate(text, start, c.end, "cue:kana-surname-before-given"));
  }
}

function isHiragana(text: string, at: number): boolean {
  const code = codeAt(text, at);
  return code >= 0x3041 && code <= 0x3096;
}

/** A capital letter, then です or its like: a cheap test before {@link LATIN_INTRO} runs. */
const LATIN_INTRO_GUARD = /[a-z](?:です|と申します|といいます)/;
/** はい、Leeです / Andersonです、: a Latin word introducing the caller at a turn's start. */
const LATIN_INTRO =
  /(?<=^|[。!?] ?|(?:はい|もしもし|私は|わたしは)[、 ]?)([A-Z][a-z]{1,15})(?=です|と申します|といいます)/gu;
/** A Latin full name: capitalized words, a hyphenated given name too (Ji-woo). */
const LATIN_FULL_NAME =
  /(?<![A-Za-z])[A-Z][a-z]+(?:-[a-z]+)?(?: [A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){1,3}(?![A-Za-z])/gu;
const NOT_INTRO_WORD: ReadonlySet<string> = new Set(
  "Hello Thanks Thank Sorry Yes No Okay English Japanese Japan Email Mail Phone".split(" "),
);

function latinIntros(
  text: string,
  push: (start: number, end: number, evidence: string) => void,
): void {
  const surnames: string[] = [];
  for (const match of execAll(LATIN_INTRO, text)) {
    const word = match[1] ?? "";
    if (NOT_INTRO_WORD.has(word)) continue;
    const start = match.index ?? 0;
    push(start, start + word.length, "cue:latin-intro");
    surnames.push(word);
  }
  if (surnames.length === 0) return;
  for (const match of execAll(LATIN_FULL_NAME, text)) {
    const parts = match[0].split(/[ -]/);
    if (!parts.some((part) => surnames.includes(part))) continue;
    const start = match.index ?? 0;
    push(start, start + match[0].length, "cue:latin-intro-full-name");
  }
}

/** です, a pause, then a capitalised word: a cheap test before {@link KATAKANA_INTRO} runs. */
const KATAKANA_THEN_LATIN_GUARD = /です[。、] ?[A-Z][a-z]/;
/** ガルシアです。Maria Garcia: a katakana word before です at a turn's start, then a Latin full name. */
const KATAKANA_INTRO =
  /(?<=^|[。!?] ?|(?:はい|もしもし)[、 ]?)([\u30a1-\u30faー]{2,10})です[。、] ?([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})(?![A-Za-z])/gu;

/**
 * The Latin name spells the katakana one when its last word starts with the katakana's first
 * letter in romaji (ガルシア, Garcia); the katakana word is then the caller's surname.
 */
function katakanaIntros(
  text: string,
  push: (start: number, end: number, evidence: string) => void,
): void {
  for (const match of execAll(KATAKANA_INTRO, text)) {
    const kana = match[1] ?? "";
    const latin = match[2] ?? "";
    if (KATAKANA_STOP_WORDS.has(kana) || NOT_OFFICER.test(kana)) continue;
    const surname = latin.slice(latin.lastIndexOf(" ") + 1).toLowerCase();
    if (toRomaji(toHiragana(kana).replace(/ー/gu, ""))[0] !== surname[0]) continue;
    const start = match.index ?? 0;
    push(start, start + kana.length, "cue:katakana-intro");
    const at = start + match[0].lastIndexOf(latin);
    push(at, at + latin.length, "cue:katakana-intro-full-name");
  }
}

/** 。私大曽根です / えー、わたし篠田ですけど: a listed surname glued after 私 at a sentence's start, then the copula. */
const GLUED_SELF = new RegExp(
  `(?<=^|[。!?、 ])(?:私|わたし|あたし)(${HAN}{2,4})(?=です|と申します|でございます|といいます)`,
  "gu",
);

/** 「かじわら」と申します: a surname's reading in quotes, then the self-introduction. */
const QUOTED_READING =
  /「([\u3041-\u3096]{2,6}|[\u30a1-\u30faー]{2,6})」(?=と申します|といいます|と言います|です)/gu;

/** The Korean script named: a cheap test before {@link HANGUL_SPELLED} runs. */
const HANGUL_SCRIPT_GUARD = /(?:ハングル|韓国語|朝鮮語)[でだ]/;
/** ハングルで書くと박근우です / 韓国語では 김지수 と書きます: the name spelled in Hangul. */
const HANGUL_SPELLED =
  /(?:ハングル|韓国語|朝鮮語)(?:で(?:書くと|書いたら|は)?|だと)[、 ]?([\uac00-\ud7a3]{2,4})(?![\uac00-\ud7a3])(?=です|と書きます|と書|[。、 )]|$)/gu;

/** The Chinese script named: a cheap test before {@link CHINESE_SPELLED} runs. */
const CHINESE_SCRIPT_GUARD = /(?:中国語|簡体字|繁体字)[でだ]/;
/** 中国語では陈晓雨と書きます: a found caller's name spelled in Chinese characters. */
const CHINESE_SPELLED = new RegExp(
  `(?:中国語|簡体字|繁体字)(?:で(?:書くと|書いたら|は)?|だと)[、 ]?(${HAN}{2,4})(?=と書きます|と書|です|[。、 )]|$)`,
  "gu",
);

/** …に折り返しお願いします やまぐち です: a surname in hiragana ending the message. */
const KANA_AFTER_CALLBACK =
  /(?:折り返し|ご連絡|連絡|お電話|電話)(?:を)? ?(?:ください|下さい|お願いします|お願いいたします)[。、 ]? ?([\u3041-\u3096]{2,6}) ?(?:です)?[。!]?$/u;

/** 受付 高森(窓口3): a surname before the counter it works at. */
const STAFF_AT_COUNTER = new RegExp(
  `(?<!${HAN})(${HAN}{2,4})\\((?:窓口 ?[0-9]{1,2}|[0-9]{1,2}番窓口)\\)`,
  "gu",
);

/** A relative said as one's own: a cheap test before {@link WHO_IS_OWN_KIN} runs. */
const OWN_KIN_GUARD = /は(?:私|わたし|わたくし|うち|僕)の/;
/** 誠は私の息子で / ゆいはうちの娘です: a word said to be one's own relative is their name. */
const WHO_IS_OWN_KIN = new RegExp(
  `(?<=^|[。、!? ])(${HAN}{1,3}|[\u3041-\u3096]{2,4}|[\u30a1-\u30faー]{2,5})は(?:私|わたし|わたくし|うち|僕)の(?:息子|娘|夫|妻|主人|母|父|兄|姉|弟|妹|孫|長男|長女|次男|次女)`,
  "gu",
);
/** うちの母がね、泉っていうんですけど: a relative's name given with って言う / という. */
// 息子の嫁がフィリピンの人で、マリアっていう: where the relative comes from may be said first.
const KIN_CALLED = new RegExp(
  `(?:母|父|妻|夫|主人|息子|娘|祖母|祖父|兄|姉|弟|妹|孫|嫁|婿) ?(?:が|は) ?(?:ね|ですね)?[、 ]? ?(?:[^。、]{1,12}?の(?:人|方)で[、 ]?)?(${HAN}{1,3}|[\u30a1-\u30faー]{2,5}) ?(?:って|と) ?(?:いう|言う|いい|言い)`,
  "gu",
);

/** Two people counted after a pair of words: a cheap test before {@link NAMED_PAIR} runs. */
const PAIR_GUARD = /(?:二人|ふたり|2人|両方)/;
/** 栞 と 渚 の 二人 分 / 蓮と湊のふたり: two given names joined by と, then the two of them. */
const NAMED_PAIR = new RegExp(
  `(?<=^|[。、!? ])(${HAN}{1,3}) ?と ?(${HAN}{1,3}) ?の ?(?:二人|ふたり|2人|両方)`,
  "gu",
);

/** A listed given name, or a word written and ending like one. */
function givenWord(word: string): boolean {
  if (isOrdinaryWord(word) || NAME_STOP_WORDS.has(word)) return false;
  return GIVEN_NAMES.has(word) || looksLikeGivenName(word);
}

/** 名前は「ひかり」で: a name label, then a name's reading in quotes. */
const LABEL_QUOTED_KANA =
  /(?:お名前|名前|氏名|なまえ)(?:は|が)[、 ]?「([\u3041-\u3096]{2,6}|[\u30a1-\u30faー]{2,6})」/gu;

/** A word that is a listed surname, a listed given name (or reading) or written like one. */
function namedWord(word: string, listed: (word: string) => boolean): boolean {
  if (/^[\u3041-\u3096\u30a1-\u30faー]+$/u.test(word)) {
    const kana = toHiragana(word);
    return (
      (GIVEN_READINGS.has(kana) || SURNAME_READINGS.has(kana)) && !HIRAGANA_STOP_WORDS.has(kana)
    );
  }
  if (isOrdinaryWord(word) || NAME_STOP_WORDS.has(word)) return false;
  return GIVEN_NAMES.has(word) || listed(word) || looksLikeGivenName(word);
}

/** 誠から伝言を…誠は私の息子で: every time the word stands alone it names the same person. */
function pushEvery(
  text: string,
  word: string,
  evidence: string,
  push: (start: number, end: number, evidence: string) => void,
): void {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    if (isHan(text, at - 1) || isHan(text, at + word.length)) continue;
    push(at, at + word.length, evidence);
  }
}

function isHan(text: string, at: number): boolean {
  const code = codeAt(text, at);
  return (code >= 0x3400 && code <= 0x9fff) || code === 0x3005;
}
