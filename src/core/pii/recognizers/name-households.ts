import { execAll } from "../text-tools";
import { SURNAMES } from "../surnames";
import type { Candidate } from "../types";
import { toCandidate } from "./name-candidate";
import { checkName, isOrdinaryWord } from "./name-check";

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
