import { execAll } from "../text-tools";
import { PLACE_HOMOGRAPHS, SURNAMES } from "../surnames";
import type { Candidate } from "../types";
import { checkKatakanaName } from "./kana-names";
import { foundNameCandidate } from "./name-candidate";
import { gluedKinGivenLength } from "./name-given-after";

/**
 * 母新垣ふみが徳島に / ブラジル在住の孫カルロス（日本国籍あり）: a kin word glued straight to the
 * relative's name, as a note or a letter writes it, opening a sentence or after の. Only two shapes
 * pass: a listed surname glued to a two- or three-kana given name before a particle, and a katakana
 * name before a bracket that says who the person is (an age, a nationality, a school year, where
 * they live). A kin word glued to a word is mostly a compound (母子手帳, 父兄, 孫請け) or a thing
 * (母パソコン・スマートフォン), which neither shape lets through.
 */
const GLUED_KIN =
  /(?<=^|[、。,:： の\n])(?:妻|夫|長男|長女|次男|次女|父|母|息子|娘|祖父|祖母|孫)(?=[\p{Script=Han}\p{Script=Katakana}])/gu;
const HAN_RUN = /^[\p{Script=Han}々]{2,3}(?![\p{Script=Han}々])/u;
const KATAKANA_RUN = /^[\p{Script=Katakana}ー]{2,10}(?=[（(])/u;
/** （10）, （8歳）, （日本国籍あり？）, （小3）, （東京在住）: the bracket says who the person is. */
const WHO_BRACKET =
  /^[（(](?:[0-9]{1,3}(?:歳|才)?[）)、,]|[^（()）]{0,12}?(?:国籍|歳|才|在住|同居|小学|中学|高校|[小中高][0-9]))/u;

export function findKinGluedNames(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const match of execAll(GLUED_KIN, text)) {
    const start = (match.index ?? 0) + match[0].length;
    const rest = text.slice(start, start + 24);
    const han = HAN_RUN.exec(rest)?.[0];
    if (han) {
      if (!SURNAMES.has(han) || PLACE_HOMOGRAPHS.has(han)) continue;
      const given = gluedKinGivenLength(text, start, start + han.length);
      if (given > 0)
        out.push(foundNameCandidate(text, start, start + han.length + given, "cue:kin-glued"));
      continue;
    }
    const kana = KATAKANA_RUN.exec(rest)?.[0];
    if (!kana || !WHO_BRACKET.test(rest.slice(kana.length))) continue;
    if (!checkKatakanaName(kana, "strong")) continue;
    out.push(foundNameCandidate(text, start, start + kana.length, "cue:kin-glued"));
  }
  return out;
}
