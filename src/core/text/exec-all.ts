/**
 * `text.matchAll(regex)` without its cost: matchAll clones the regex on every call, which for the
 * large cue alternations costs more than the search itself. Same matches, same order; like
 * matchAll it starts at `regex.lastIndex` and leaves it unchanged (restored after each search,
 * so nested or interleaved loops over one regex stay independent).
 */
export function execAll(regex: RegExp, text: string): Generator<RegExpExecArray, void, undefined> {
  if (!regex.global) throw new TypeError("execAll needs a global regex");
  return matchesFrom(regex, text, regex.lastIndex);
}

function* matchesFrom(
  regex: RegExp,
  text: string,
  start: number,
): Generator<RegExpExecArray, void, undefined> {
  let from = start;
  for (;;) {
    const saved = regex.lastIndex;
    regex.lastIndex = from;
    const match = regex.exec(text);
    from = regex.lastIndex;
    regex.lastIndex = saved;
    if (!match) return;
    // An empty match moves on by one character (a whole surrogate pair in unicode mode).
    if (match[0] === "")
      from += isFullUnicode(regex) && (text.codePointAt(from) ?? 0) > 0xffff ? 2 : 1;
    yield match;
  }
}

function isFullUnicode(regex: RegExp): boolean {
  return regex.flags.includes("u") || regex.flags.includes("v");
}
