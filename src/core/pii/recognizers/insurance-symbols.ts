import { execAll } from "../text-tools";
import { cuesBefore, nearestCueKind } from "../cues";
import type { CueKind } from "../cues";
import type { Candidate, RecognizerInput } from "../types";

/**
 * The 記号 of a health-insurance card is not always digits: a kanji or kana of the insurer's
 * district before digits (北13, 南2, 西 32), Latin letters before digits (OH-27), or one kana in quotes (「み」; 「なし」 is no value). Bare words after 記号は
 * (何ですか, ありません) are never taken: the value needs digits or quotes.
 */
const SYMBOL =
  /記号 ?(?:は|が|:)?(?:[、, ]|えーと|えっと|ええと|えー|あの){0,3}(?![はがを:])(?:「([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,2} ?[0-9]{1,4}|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])」|([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,2}(?: |(?<=の)、)?[0-9]{1,4}|[A-Za-z]{1,3}-?[0-9]{1,4})(?=[、。,で ]|番号|枝番|$))/gu;
/**
 * 記号浦白 番号27115 / 記号は浦白、番号は / 記号浦白の番号: a city-wide 国保 記号 is often kanji only
 * (the city's and the ward's first characters). Taken only when 番号 follows at once (or the
 * number itself, 記号浦白の27115番), so a bare word after 記号は (何ですか, ありません) is still never
 * a value.
 */
const KANJI_SYMBOL =
  /記号 ?(?:は|:)? ?([\p{Script=Han}]{2,3})(?<![欄等部類及並又])(?=(?:[、 ]|の)?番号|の[0-9]{1,8}番(?![号地]))/gu;
const CUE_WINDOW = 24;
/** Cue kinds that label no number (住所, 生年月日). */
const NOT_NUMBER_KINDS: ReadonlySet<CueKind> = new Set<CueKind>(["address", "birth"]);
/** A 記号 value led by a kanji or kana (柊23, 東 5), not by digits or Latin letters. */
const DISTRICT_LEAD = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Cue kinds whose own 記号 is no insurance card's. */
const OTHER_SYMBOL_KINDS: ReadonlySet<string> = new Set(["yucho", "bank", "pension"]);
/** Medical costs and benefits (the funeral one, 葬祭費, too) are paid on the card's 記号 and 番号. */
// 国保加入 … 住所…。記号薩国 番号4417: a note about joining the 国保 gives its card's 記号 too.
// 資格確認書未着。…記号霞国 番号3381: the card that stands for the insurance card is the topic too.
const MEDICAL_TOPIC = /療養|医療|保険|国保|受診|診療|薬局|葬祭|資格確認書/u;

/**
 * 記号・番号・枝番=465・647・03 / 記号番号ですね、93/469: short values written together after a
 * joint label (each too short to be typed alone), near an insurance word; 記号番号:薩国-4417: a
 * city-wide 記号 in kanji, then the 番号 after a hyphen; 記号番号は薩国の4417: or after の (not
 * the card's own word: 記号番号は保険証の…); 旧記号番号:杉国 71902: or after a space.
 */
const JOINT_VALUE =
  /記号\s?(?:[・/]|と)?\s?番号(?:\s?[・/]\s?枝番)?\s?(?:は|が|:|=|ですね)?[、 ]?((?:[\p{Script=Han}\p{Script=Katakana}]{1,2})?[0-9]{1,8}(?:\s?[・/]\s?[0-9]{1,8}){1,2}|\p{Script=Han}{1,3}\s?[-・/]\s?[0-9]{1,8}|(?!国保|保険|健保)\p{Script=Han}{2,3}(?<![証帳])(?:の| )[0-9]{3,8})(?![0-9])/gu;

/**
 * 記号番号は、271-5903です: two short groups joined by a hyphen right after the joint label, with no
 * other number cue near. The label belongs to a health-insurance card unless the groups have the
 * shape of an old pension book's number (4 and 6 digits) or a ゆうちょ account (a 5-digit 記号).
 */
const BARE_JOINT_VALUE =
  /記号番号\s?(?:は|が|:|ですね)?[、 ]?([0-9]{1,8})-([0-9]{1,8})(?![0-9-])/gu;
const BARE_JOINT_WINDOW = 40;

/** Insurance-card 記号 written with kanji or kana, when the nearest number cue is insurance. */
export function recognizeInsuranceSymbols(input: RecognizerInput): Candidate[] {
  const { text } = input;
  if (!text.includes("記号")) return [];
  const out: Candidate[] = [];
  for (const match of text.includes("番号") ? execAll(JOINT_VALUE, text) : []) {
    const value = match[1] ?? "";
    const start = (match.index ?? 0) + match[0].length - value.length;
    const cues = cuesBefore(input.cues, match.index ?? 0, CUE_WINDOW);
    if (!cues.has("insurance") || cues.has("yucho")) continue;
    out.push({
      type: "health_insurance",
      start,
      end: start + value.length,
      score: 0.7,
      evidence: "cue:insurance+joint-value",
      key: value.replace(/[^0-9A-Za-z\p{Script=Han}\p{Script=Katakana}]/gu, ""),
    });
  }
  if (text.includes("記号番号")) {
    for (const match of execAll(BARE_JOINT_VALUE, text)) {
      const [first, second] = [match[1] ?? "", match[2] ?? ""];
      if (first.length === 4 && second.length === 6) continue;
      if (first.length === 5) continue;
      if (cuesBefore(input.cues, match.index ?? 0, BARE_JOINT_WINDOW).size > 0) continue;
      const start = (match.index ?? 0) + match[0].length - first.length - second.length - 1;
      out.push({
        type: "health_insurance",
        start,
        end: start + first.length + second.length + 1,
        score: 0.6,
        evidence: "joint-label+value",
        key: first + second,
      });
    }
  }
  for (const match of text.includes("番") ? execAll(KANJI_SYMBOL, text) : []) {
    const value = match[1] ?? "";
    const start = (match.index ?? 0) + match[0].length - value.length;
    // 国保 住所変更 真鍋 千尋 記号 汐国 番号: a change of address or a birthday between the
    // insurance word and the 記号 labels no number, so it does not stand in the way.
    // 個人番号…確認済み。記号蓮国番号6120: a cue in an earlier sentence was answered there.
    const at = match.index ?? 0;
    const window = Math.min(CUE_WINDOW, at - text.lastIndexOf("。", at) - 1);
    const nearest = nearestCueKind(cuesBefore(input.cues, at, window), NOT_NUMBER_KINDS);
    if (nearest !== "insurance" && !(nearest === undefined && MEDICAL_TOPIC.test(text))) continue;
    out.push({
      type: "health_insurance",
      start,
      end: start + value.length,
      score: 0.65,
      evidence: "cue:insurance+kanji-symbol",
      key: value,
    });
  }
  for (const match of execAll(SYMBOL, text)) {
    const value = match[1] ?? match[2] ?? "";
    const start = (match.index ?? 0) + match[0].length - value.length - (match[1] ? 1 : 0);
    const nearest = nearestCueKind(cuesBefore(input.cues, match.index ?? 0, CUE_WINDOW));
    // 記号が柊23 / 記号 柊31 番号…: a district kanji or kana before the digits is the shape of a
    // card's 記号 (a ゆうちょ or pension 記号 is digits only), in a text about insurance or
    // medical costs, when no other account's cue is the nearest.
    const districtShaped =
      nearest !== "insurance" &&
      DISTRICT_LEAD.test(match[2] ?? match[1] ?? "") &&
      (nearest === undefined || !OTHER_SYMBOL_KINDS.has(nearest)) &&
      (input.cues.some((hit) => hit.kind === "insurance") || MEDICAL_TOPIC.test(text));
    if (nearest !== "insurance" && !districtShaped) continue;
    out.push({
      type: "health_insurance",
      start,
      end: start + value.length,
      score: 0.7,
      evidence: "cue:insurance+symbol",
      key: value,
    });
  }
  return out;
}
