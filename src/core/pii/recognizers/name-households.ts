import { execAll } from "../text-tools";
import { SURNAMES } from "../surnames";
import type { Candidate } from "../types";
import { toCandidate } from "./name-candidate";
import { checkName, isOrdinaryWord, isSurname } from "./name-check";

/**
 * 榊原宅、国保の脱退について: a staff note names a household by its surname and 宅. Only a listed
 * surname (or one the caller passed) counts: 自宅, お宅, 住宅, 帰宅, 在宅 are words.
 */
const HOUSEHOLD = /([\p{Script=Han}々]{2,4})宅(?=[、。 ,:(]|に|へ|で|の|から|より|$)/gu;

/** 訪問先 … 柿崎 様宅 / 辻 さん宅: a spaced honorific between the surname and 宅 (notes, speech). */
const HONOURED_HOUSEHOLD =
  /(?<=^|[ 、。,:])([\p{Script=Han}々]{1,4}) (?:様|さん|さま)宅(?=[、。 ,:(]|に|へ|で|の|から|より|$)/gu;

const WORD_BEFORE_TAKU = /[住自帰在社邸別本旧拙貴私居新守家舎火]/u;
const ITEM_START = /^(?:|[。、 ,:(])$/u;

/**
 * 旧姓は大槻で、離婚して戻って根岸になりました: the surname a caller has now, after a marriage or a
 * divorce (a name-change topic must be in the text; the word is checked like a labelled name).
 */
const NAME_CHANGE_TOPIC = /旧姓|旧氏|結婚|離婚|婚姻|姓が|名字が|苗字が/u;
const NEW_SURNAME =
  /(?:して|戻って|今は|現在は|今は、|いまは)[、 ]?([\p{Script=Han}々]{1,4}|[\p{Script=Katakana}ー]{2,6})(?=に(?:なりました|なります|変わりました|変わります))/gu;

/**
 * 姓が松下から岩崎に変わりました / 名字は結婚で坂口から今の宮坂になりました: both surnames of a change
 * said after the word for a surname (a move from one city to another is no name change).
 */
const SURNAME_CHANGE =
  /(?:姓|氏|名字|苗字)(?:が|は|も)[、 ]?(?:[^。、]{0,8}?[でて][、 ]?)?([\p{Script=Han}々]{1,4}|[\p{Script=Katakana}ー]{2,6})から[、 ]?(?:今の)?([\p{Script=Han}々]{1,4}|[\p{Script=Katakana}ー]{2,6})(?=に(?:なりました|なります|なって|変わりました|変わります|変わって|変更|戻りました|戻ります|戻って|戻る))/gu;

/**
 * 浅野家の長男です / 柏木家に嫁いで: a household named by its surname and 家, before a member, a rite
 * or marrying into it. Only a listed surname of two kanji or more passes (農家, 実家, 国家, 専門家 are
 * words; 吉野家の向かい is a shop; 中村家具店 goes on after 家).
 */
const HOUSE_AFTER =
  /^(?:の(?:長男|長女|次男|次女|三男|三女|嫁|婿|跡取り|跡継ぎ|当主|養子|墓|お墓|先祖|法事|親戚|一員|家督|名義|土地|相続)|に(?:嫁|婿|養子))/u;
const HAN_BEFORE = /[\p{Script=Han}々]{2,4}$/u;

/** 結婚前は若狭でした / 婚姻前の氏は奥寺でした: the surname before a marriage. */
const FORMER_SURNAME =
  /(?:結婚前|婚姻前|離婚前|旧姓)(?:の(?:氏|姓|名字|苗字))?(?:は|が)[、 ]?([\p{Script=Han}々]{1,4}|[\p{Script=Katakana}ー]{2,6})(?=でした|です|だった)/gu;

/** Names of households and surnames taken after a marriage or a divorce. */
export function findHouseholdNames(text: string, extra: ReadonlySet<string>): Candidate[] {
  const out: Candidate[] = [];
  if (text.includes("宅")) {
    for (const match of execAll(HOUSEHOLD, text)) {
      const word = match[1] ?? "";
      // The longest listed surname that ends right before 宅 (本人不在、母より入電。榊原宅).
      const end = (match.index ?? 0) + word.length;
      // 住宅, 自宅, 帰宅, 在宅, 社宅: words ending in 宅, not a household.
      if (WORD_BEFORE_TAKU.test(word.slice(-1))) continue;
      let size = Math.min(4, word.length);
      while (size >= 2 && !SURNAMES.has(word.slice(-size)) && !extra.has(word.slice(-size)))
        size -= 1;
      // 入電。榊原宅: an unlisted word of surname kanji standing alone before 宅.
      if (size < 2 && word.length <= 3 && ITEM_START.test(text[end - word.length - 1] ?? "")) {
        if (checkName(word, "strong", extra)) size = word.length;
      }
      if (size >= 2) out.push(toCandidate(text, end - size, end, 0.75, "cue:household"));
    }
  }
  if (text.includes(" 様宅") || text.includes(" さん宅") || text.includes(" さま宅")) {
    for (const match of execAll(HONOURED_HOUSEHOLD, text)) {
      const word = match[1] ?? "";
      // 区長 様宅, 市営住宅 様宅: a title or a building is not who lives there.
      const listed = SURNAMES.has(word) || extra.has(word);
      if (!listed && (word.length > 3 || isOrdinaryWord(word) || /[長員者宅所会住営]/u.test(word)))
        continue;
      const start = match.index ?? 0;
      out.push(toCandidate(text, start, start + word.length, 0.75, "cue:household"));
    }
  }
  for (let end = text.indexOf("家"); end >= 0; end = text.indexOf("家", end + 1)) {
    if (!HOUSE_AFTER.test(text.slice(end + 1, end + 5))) continue;
    const word = HAN_BEFORE.exec(text.slice(Math.max(0, end - 4), end))?.[0] ?? "";
    // The longest listed surname that ends right before 家 (私は大須賀家の).
    let size = word.length;
    while (size >= 2 && !isSurname(word.slice(-size), extra)) size -= 1;
    if (size < 2 || isOrdinaryWord(word.slice(-size))) continue;
    out.push(toCandidate(text, end - size, end, 0.75, "cue:household"));
  }
  if (text.includes("から") && NAME_CHANGE_TOPIC.test(text)) {
    for (const match of execAll(SURNAME_CHANGE, text)) {
      const end = (match.index ?? 0) + match[0].length;
      const [, before = "", after = ""] = match;
      if (!checkName(before, "strong", extra) || !checkName(after, "strong", extra)) continue;
      const start = end - after.length;
      const from = (match.index ?? 0) + match[0].lastIndexOf(`${before}から`);
      out.push(toCandidate(text, from, from + before.length, 0.75, "cue:former-surname"));
      out.push(toCandidate(text, start, end, 0.75, "cue:new-surname"));
    }
  }
  if (NAME_CHANGE_TOPIC.test(text)) {
    for (const match of execAll(FORMER_SURNAME, text)) {
      const word = match[1] ?? "";
      if (!checkName(word, "strong", extra)) continue;
      const start = (match.index ?? 0) + match[0].length - word.length;
      out.push(toCandidate(text, start, start + word.length, 0.75, "cue:former-surname"));
    }
    for (const match of execAll(NEW_SURNAME, text)) {
      const word = match[1] ?? "";
      if (!checkName(word, "strong", extra)) continue;
      const start = (match.index ?? 0) + match[0].length - word.length;
      out.push(toCandidate(text, start, start + word.length, 0.75, "cue:new-surname"));
    }
  }
  return out;
}
