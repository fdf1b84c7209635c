/**
 * `[...text.matchAll(regex)]` without its cost: matchAll clones the regex on every call, which for
 * the large cue alternations costs more than the search itself. Same matches, same order; like
 * matchAll it starts at `regex.lastIndex` and leaves it unchanged (nested or interleaved loops
 * over one regex stay independent). The matches are collected in one plain loop: texts hold few
 * of them, and resuming a generator per match cost more than the array.
 */
export function execAll(regex: RegExp, text: string): RegExpExecArray[] {
  if (!regex.global) throw new TypeError("execAll needs a global regex");
  const saved = regex.lastIndex;
  const matches: RegExpExecArray[] = [];
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    matches.push(match);
    // An empty match moves on by one character (a whole surrogate pair in unicode mode).
    if (match[0] === "") {
      const from = regex.lastIndex;
      regex.lastIndex += isFullUnicode(regex) && (text.codePointAt(from) ?? 0) > 0xffff ? 2 : 1;
    }
  }
  regex.lastIndex = saved;
  return matches;
}

function isFullUnicode(regex: RegExp): boolean {
  return regex.flags.includes("u") || regex.flags.includes("v");
}
