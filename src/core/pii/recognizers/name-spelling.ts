import { execAll } from "../text-tools";
/**
 * Words that show a caller is spelling out the kanji of a name (山に田んぼの田で山田です). A kanji
 * after の explains only when the word before has it (真ん中の中に, 中学校の中で), not 家の中に.
 */
const SPELLING_MARKER =
  /の字|という字|って字|漢字|と書|書きます|んぼ|([\p{Script=Han}])[^の、。\s]{0,4}の\1(?:に|で|と|、|です)|[\p{Script=Han}]に[\p{Script=Han}]で/u;
const WINDOW = 20;
const SENTENCE_END = /[。!?！？]/u;

/**
 * Widens a Han name's span over a nearby spelling explanation, so that the kanji the caller
 * spelled out (山に田んぼの田) are masked with the name.
 */
export function extendSpelling(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } {
  const name = text.slice(start, end);
  if (!/^[\p{Script=Han}々]{2,}/u.test(name)) return { start, end };
  let newStart = start;
  const before = text.slice(Math.max(0, start - WINDOW), start);
  const cut = lastIndexOfSentenceEnd(before) + 1;
  for (let i = cut; i < before.length; i += 1) {
    const c = before[i] ?? "";
    if (
      /[\p{Script=Han}々]/u.test(c) &&
      name.includes(c) &&
      SPELLING_MARKER.test(before.slice(i))
    ) {
      newStart = start - before.length + i;
      break;
    }
  }
  let newEnd = end;
  const after = text.slice(end, end + WINDOW);
  const stop = after.search(SENTENCE_END);
  const scope = stop < 0 ? after : after.slice(0, stop);
  if (SPELLING_MARKER.test(scope)) {
    // Only a kanji of the name ends the spelling (a space or kana of the name would reach far).
    for (let j = scope.length - 1; j >= 0; j -= 1) {
      const c = scope[j] ?? "";
      if (/[\p{Script=Han}々]/u.test(c) && name.includes(c)) {
        newEnd = end + j + 1;
        break;
      }
    }
  }
  return { start: newStart, end: newEnd };
}

function lastIndexOfSentenceEnd(text: string): number {
  for (let i = text.length - 1; i >= 0; i -= 1) if (SENTENCE_END.test(text[i] ?? "")) return i;
  return -1;
}

/** で山田 / に島で中島です: the word a spelling explanation ends on. */
const SPELLED_WORD = /で、?([\p{Script=Han}々]{2,4})(?=[、。!? ]|です|でございます|$)/gu;
/**
 * One kanji explained: 田んぼの田, 中くらいの中に, 佳作の佳、 (the kanji, then a particle or 、), or
 * by a verb or an adjective it is written in (…に登るで, …に走るの): the kanji, its kana ending, then
 * で, に or 、.
 */
const EXPLAINED_KANJI =
  /(?:^|の|に|、|\s)([\p{Script=Han}])(?=に|で|、|と|んぼ|の字|という字|って字|[\u3041-\u3096]{1,3}(?:で|に|、))/gu;

/**
 * Names spelled out kanji by kanji with no other cue (山に田んぼの田で山田、 / 中くらいの中に島で中島です):
 * the word after the last で, when at least two of its kanji were explained just before it in
 * the same sentence. `isName` rejects ordinary words (stop words, paperwork kanji).
 */
export function findSpelledNames(
  text: string,
  isName: (word: string) => boolean,
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (!SPELLING_MARKER.test(text)) return out;
  for (const match of execAll(SPELLED_WORD, text)) {
    const word = match[1] ?? "";
    const start = (match.index ?? 0) + match[0].length - word.length;
    const before = text.slice(Math.max(0, start - 2 * WINDOW), start);
    const sentence = before.slice(lastIndexOfSentenceEnd(before) + 1);
    if (!SPELLING_MARKER.test(sentence)) continue;
    const explained = new Set([...execAll(EXPLAINED_KANJI, sentence)].map((m) => m[1]));
    const covered = new Set([...word].filter((c) => explained.has(c)));
    if (covered.size < 2 || !isName(word)) continue;
    out.push({ start, end: start + word.length });
  }
  return out;
}
