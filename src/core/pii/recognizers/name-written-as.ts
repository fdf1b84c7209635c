import { execAll, splitAtAny } from "../text-tools";
import { foundNameCandidate } from "./name-candidate";
import { HIRAGANA_STOP_WORDS, KATAKANA_STOP_WORDS, NAME_STOP_WORDS } from "../name-stop-words";
import type { Candidate } from "../types";

const KANA = "[\\p{Script=Hiragana}\\p{Script=Katakana}ー]";
/**
 * 九十九です、つくもです / 東海林です。しょうじ、です / 林です、はやし。 / 御手洗と申します。読みはみたらいです:
 * the kana said right after a found kanji name is its reading (one clause, nothing else in it).
 */
const READING_AFTER = new RegExp(
  `^(?:です|でございます|と申します|といいます|っていいます)?[、。 ]{1,2}(?:読みは|よみは|読み方は)?[、 ]?(${KANA}{2,16}?(?:[、 ](?!です|でした|でござ|ます)${KANA}{2,8}?)?)(?=[、。 ]|です|と読|って読|$)`,
  "u",
);
/**
 * 五月女と書いてそうとめです / 一と書いてにのまえです / 小鳥遊って書いてたかなしって読む; speech
 * recognition may space every word (五月女 と 書いて そうとめ です).
 */
const WRITTEN_AS = new RegExp(
  `([\\p{Script=Han}々]{1,5}) ?(?:と|って) ?(?:書いて|かいて) ?「?(${KANA}{2,12})」? ?(?=です|と ?読|って ?読)`,
  "gu",
);
/** 書いてある / 書いていない / 書いておりまして: the verb goes on after 書いて. */
const WRITTEN_VERB = /^(?:ある|あり|あっ|ない|なか|いる|いな|おり|ありま)/u;
/**
 * Replies and fillers that follow a name but are no reading of it; 吉住 いう 名前 / 彩葉 っていうと /
 * 高橋 じゃなくて 髙橋: a quotative or a correction spaced off by speech recognition (no reading
 * starts with a small っ); 比嘉 さー: a sentence-final particle drawn out; 近藤です、さっきの: the
 * caller who called a while ago.
 */
const NOT_A_READING =
  /^(?:[っッ]|さっき|さきほど|せんじつ|このあいだ|このまえ|[さねよなわ]ー+$|いう|言う|じゃな|じゃあり|ではな|やなくて|やのうて|です|でした|ます|はい|ええ|えー|えっと|あの|あー|よろしく|おねがい|お願い|それ|これ|うん|そう|ちょっと|いつも|どうも|すみません|ごめん|もしもし|すいま|すんま|えらい|ほんま|おおきに|かんにん|ほな|せや|そや|まあ|どうぞ|いうもん|いうもの|ていうて)/u;

/**
 * 柴崎 さん に / 柴崎 って いう: speech recognition spaces the honorific and the particles off the
 * name; a first word that is one of them is no reading.
 */
const SPACED_FUNCTION_WORD =
  /^(?:さん|さま|くん|ちゃん|どの|せんせい|って|から|まで|など|には|では|とは|だけ|しか|なんで|なので|のこと|のほう)$/u;

function spacedFunctionWord(kana: string): boolean {
  return SPACED_FUNCTION_WORD.test(splitAtAny(kana, "、 ")[0] ?? "");
}

/**
 * A reading is written in one script (ゆうすけ or ユウスケ); mixed kana (カードができたら) or a
 * verb ending (できたら, ですので) is the next clause, not a reading.
 */
const ONE_SCRIPT = /^(?:[\p{Script=Hiragana}ー、 ]+|[\p{Script=Katakana}ー、 ]+)$/u;
const CLAUSE_ENDING = /(?:たら|れば|ので|けど|から|ても|でも|ます|した|して|ない)$/u;

/** The kana plausibly reads the kanji: at least one mora per kanji, at most about four. */
export function fitsReading(kanji: string, kana: string): boolean {
  const letters = kana.replace(/[、 ]/gu, "").length;
  return letters >= kanji.length && letters <= kanji.length * 4 + 1;
}

/**
 * 勅使河原と申します。長い名字ですみません、てしがわらです: the reading said in a later clause, when
 * the words between speak of the name (名字, 名前, 読み).
 */
const LATER_READING = new RegExp(
  `(?<=[、。 ])(${KANA}{2,16}) ?(?:です|と ?読みます|って ?読みます|と ?読む|って ?読む)(?=[、。!? ]|$)`,
  "gu",
);
const NAME_TOPIC = /名字|苗字|みょうじ|名前|なまえ|読み|よみ/u;
/** Words about the script or the spelling, never a reading. */
const SCRIPT_WORD =
  /^(?:ひらがな|カタカナ|かたかな|かんじ|カンジ|ろーまじ|ローマジ|ふりがな|フリガナ)$/u;
const LATER_WINDOW = 40;

/**
 * ゆうちょで、記号が…: an ordinary kana word, also with the particle said after it; 田中です。
 * マイナンバー、読み上げます: a katakana word of the desk's (カード, マイナンバー) opens the next topic.
 */
function stopWordKana(kana: string): boolean {
  return (
    HIRAGANA_STOP_WORDS.has(kana) ||
    HIRAGANA_STOP_WORDS.has(kana.replace(/[でにはがのへと]$/u, "")) ||
    KATAKANA_STOP_WORDS.has(kana)
  );
}

function laterReading(text: string, name: Candidate): Candidate | null {
  const scope = text.slice(name.end, name.end + LATER_WINDOW);
  if (!NAME_TOPIC.test(scope)) return null;
  for (const match of execAll(LATER_READING, scope)) {
    const kana = match[1] ?? "";
    const at = match.index ?? 0;
    if (!NAME_TOPIC.test(scope.slice(0, at))) continue;
    if (NOT_A_READING.test(kana) || stopWordKana(kana) || SCRIPT_WORD.test(kana)) continue;
    if (!ONE_SCRIPT.test(kana) || CLAUSE_ENDING.test(kana) || !fitsReading(name.key, kana))
      continue;
    const start = name.end + at;
    return foundNameCandidate(text, start, start + kana.length, "cue:reading-later");
  }
  return null;
}

/** Readings given right after a found kanji name, and `XとかいてYです` spellings. */
export function findWrittenAs(text: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const name of found) {
    if (name.type !== "person_name" || !/^[\p{Script=Han}々ノ]+$/u.test(name.key)) continue;
    const match = READING_AFTER.exec(text.slice(name.end, name.end + 40));
    const kana = match?.[1];
    if (
      !match ||
      !kana ||
      NOT_A_READING.test(kana) ||
      stopWordKana(kana) ||
      spacedFunctionWord(kana)
    ) {
      const later = laterReading(text, name);
      if (later) out.push(later);
      continue;
    }
    if (!ONE_SCRIPT.test(kana) || CLAUSE_ENDING.test(kana)) continue;
    if (!fitsReading(name.key, kana)) continue;
    const start = name.end + match[0].length - kana.length;
    out.push(foundNameCandidate(text, start, start + kana.length, "cue:reading-after-name"));
  }
  if (!text.includes("書いて") && !text.includes("かいて")) return out;
  for (const match of execAll(WRITTEN_AS, text)) {
    const kanji = match[1] ?? "";
    const kana = match[2] ?? "";
    const start = match.index ?? 0;
    // Between 書いて and です only the reading is said: そうとめ is no filler there. But
    // 3月31日って書いてあるんです is a date on a form: a verb follows, a digit precedes.
    if (NAME_STOP_WORDS.has(kanji) || HIRAGANA_STOP_WORDS.has(kana) || !fitsReading(kanji, kana))
      continue;
    if (/[0-9]/u.test(text[start - 1] ?? "") || WRITTEN_VERB.test(kana)) continue;
    const kanaStart = start + match[0].lastIndexOf(kana);
    out.push(foundNameCandidate(text, start, start + kanji.length, "cue:written-as"));
    out.push(foundNameCandidate(text, kanaStart, kanaStart + kana.length, "cue:written-as"));
  }
  return out;
}
