import { KATAKANA_STOP_WORDS } from "../name-stop-words";
import { execAll } from "../text-tools";
import type { Candidate, RecognizerInput } from "../types";
import { foundNameCandidate } from "./name-candidate";
import { isOrdinaryWord } from "./name-check";

/**
 * Names of residents from abroad that no cue word introduces, found by the sentence around them:
 *
 * - a name in simplified Chinese, spaced as family and given name (`陈 晓燕，出生日期…`): the
 *   family name is written in a character Japanese does not use, so the text is Chinese;
 * - a katakana name before a sentence giving the caller's nationality (`ソンです。中国人です。`);
 * - after that sentence, the name in its own characters as a sentence of its own (`孫 浩然。`).
 */
export function recognizeForeignNameSentences(input: RecognizerInput): Candidate[] {
  const { text } = input;
  const out: Candidate[] = [];
  if (SIMPLIFIED_GUARD.test(text)) {
    for (const match of execAll(SIMPLIFIED_NAME, text)) {
      const start = match.index ?? 0;
      out.push(foundNameCandidate(text, start, start + match[0].length, "shape:simplified-name"));
    }
  }
  if (GLUED_SIMPLIFIED_GUARD.test(text) && (KANA.test(text) || KANJI_ONLY_NOTE.test(text))) {
    for (const match of execAll(GLUED_SIMPLIFIED_NAME, text)) {
      // 谢谢 (thank you): a character said twice is a word.
      if (match[0][0] === match[0][1]) continue;
      const start = match.index ?? 0;
      out.push(foundNameCandidate(text, start, start + match[0].length, "shape:simplified-name"));
    }
  }
  if (!NATIONALITY_GUARD.test(text)) return out;
  for (const match of execAll(NAME_BEFORE_NATIONALITY, text)) {
    const word = match[1] ?? "";
    if (KATAKANA_STOP_WORDS.has(word)) continue;
    const start = match.index ?? 0;
    out.push(foundNameCandidate(text, start, start + word.length, "cue:before-nationality"));
  }
  for (const match of execAll(NAME_AFTER_NATIONALITY, text)) {
    const word = match[1] ?? "";
    const given = word.slice(word.indexOf(" ") + 1);
    if (isOrdinaryWord(given) || isOrdinaryWord(word.replace(" ", ""))) continue;
    const start = (match.index ?? 0) + match[0].length - word.length;
    out.push(foundNameCandidate(text, start, start + word.length, "cue:after-nationality"));
  }
  return out;
}

/**
 * Family names written in simplified characters only (陈, not 陳): common ones whose character
 * no Japanese word uses (叶 and 黄 are Japanese too).
 */
const SIMPLIFIED_SURNAME = "陈刘杨赵吴孙马郑谢许韩冯邓苏卢钟谭陆贾闫龙贺顾龚钱严罗蒋张萧汤";
const SIMPLIFIED_GUARD = new RegExp(`[${SIMPLIFIED_SURNAME}] `, "u");
const SIMPLIFIED_NAME = new RegExp(
  `(?<![\\u3400-\\u9fff])[${SIMPLIFIED_SURNAME}] [\\u4e00-\\u9fff]{1,2}(?![\\u3400-\\u9fff々])`,
  "gu",
);

/**
 * 窓口 陈志强 転入 / 妻 张丽 同時転入 / 大学院生の陈思远です / 寮の王丽华は: in a Japanese note or
 * turn (it holds kana) such a family name glued to a given name of one or two characters, or a
 * family name Japanese shares (王, 李) before a given name written in simplified characters,
 * standing alone between spaces, pauses, の and a particle.
 */
const SHARED_SURNAME = "王李周徐朱胡郭何林宋唐曹彭曾肖董潘袁蔡余杜程魏丁任沈姚姜崔汪范廖金白方孔高";
/** Characters of given names written in simplified forms only (丽, not 麗; 华, not 華). */
const SIMPLIFIED_GIVEN = "丽华伟强军涛辉鹏飞红艳凤颖晓东庆荣刚远宁洁岚兰凯贤锋铭钰达运卫轩鸿阳";
const GLUED_SIMPLIFIED_GUARD = new RegExp(
  `(?:^|[ 、。:(の])[${SIMPLIFIED_SURNAME}]|[${SHARED_SURNAME}][\\u4e00-\\u9fff]?[${SIMPLIFIED_GIVEN}]`,
  "u",
);
const GLUED_SIMPLIFIED_NAME = new RegExp(
  `(?<=^|[ 、。:(の])(?:[${SIMPLIFIED_SURNAME}][\\u4e00-\\u9fff]{1,2}|[${SHARED_SURNAME}](?:[${SIMPLIFIED_GIVEN}][\\u4e00-\\u9fff]?|[\\u4e00-\\u9fff][${SIMPLIFIED_GIVEN}]))(?=[ 、。,:)]|$|です|は|が|も|と|の|さん|ほか)`,
  "gu",
);
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
/**
 * 8/31 陈浩 学生納付特例 … 受付。: a staff note without kana, opened by its date and holding a note
 * word in its Japanese form (受付, 転入, 確認: Chinese writes 受理, 转入, 确认).
 */
const KANJI_ONLY_NOTE =
  /^[0-9]{1,2}\/[0-9]{1,2} [^]{0,200}?(?:受付|転入|転出|転居|来庁|来所|確認|申請)/u;

/** The countries residents most often name as theirs, then 人です (or から来ました). */
const NATIONALITY =
  "(?:中国|韓国|台湾|香港|ベトナム|フィリピン|ネパール|タイ|インドネシア|ミャンマー|モンゴル|スリランカ|バングラデシュ|インド|ブラジル|ペルー)(?:人です|から来ました)";
const NATIONALITY_GUARD = new RegExp(NATIONALITY, "u");
/** ソンです。中国人です。: a katakana name, then the nationality as the next sentence. */
const NAME_BEFORE_NATIONALITY = new RegExp(
  `(?<=^|[、。 ])([\\u30a1-\\u30faー]{2,6})(?=です[。、] ?${NATIONALITY})`,
  "gu",
);
/** 中国人です。孫 浩然。: a one-kanji family name, a space and the given name, said alone. */
const NAME_AFTER_NATIONALITY = new RegExp(
  `${NATIONALITY}[。、] ?([\\u4e00-\\u9fff] [\\u4e00-\\u9fff]{1,2})(?=[。、]|です|$)`,
  "gu",
);
