/** Words that show a caller is spelling out the kanji of a name (山に田んぼの田で山田です). */
const SPELLING_MARKER =
  /の字|という字|って字|漢字|と書|書きます|んぼ|の[\p{Script=Han}](?:に|で|と|、|です)/u;
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
    if (name.includes(before[i] ?? "") && SPELLING_MARKER.test(before.slice(i))) {
      newStart = start - before.length + i;
      break;
    }
  }
  let newEnd = end;
  const after = text.slice(end, end + WINDOW);
  const stop = after.search(SENTENCE_END);
  const scope = stop < 0 ? after : after.slice(0, stop);
  if (SPELLING_MARKER.test(scope)) {
    for (let j = scope.length - 1; j >= 0; j -= 1) {
      if (name.includes(scope[j] ?? "")) {
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
