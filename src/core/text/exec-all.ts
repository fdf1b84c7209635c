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
  if (!compiledSources.has(regex.source) && compiledSources.size < MAX_COMPILED_SOURCES)
    compileToMachineCode(regex);
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

/**
 * A two-byte subject (as Japanese text is) of 1000 UTF-16 units: V8 compiles a regex run on a
 * subject that long straight to machine code. On a shorter one it first compiles bytecode for its
 * interpreter and compiles machine code on the next run; for the large alternations scanned here
 * that bytecode step costs about three times the machine code (measured over the masker's 262
 * global patterns: 526 ms of compiling run lazily, 143 ms run once on this subject first).
 * See `kTierUpForSubjectLengthValue` in V8's `js-regexp.h`.
 */
const LONG_SUBJECT = "\ue000".repeat(1000);
/** Patterns already compiled so (a literal in a function body is a new object per call). */
const compiledSources = new Set<string>();
/** A bound on that set, should a caller ever build its patterns from the text it reads. */
const MAX_COMPILED_SOURCES = 4096;

/** Runs `regex` once on {@link LONG_SUBJECT}, its `lastIndex` left as it was. */
function compileToMachineCode(regex: RegExp): void {
  compiledSources.add(regex.source);
  const saved = regex.lastIndex;
  regex.lastIndex = 0;
  regex.exec(LONG_SUBJECT);
  regex.lastIndex = saved;
}
