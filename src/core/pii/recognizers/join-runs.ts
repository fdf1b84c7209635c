import type { NumberRun } from "./number-runs";

/**
 * What a caller may say between the digit groups of one number that the normalizer keeps as
 * words (`090、ですね、4821の0037`, `090の、えっとですね、1234`): punctuation, hesitations and
 * tags, or the parts announced (`最初が080で、次が…、最後が…`). Bounded alternation of literals: linear.
 */
const HESITATION_GAP =
  /^(?:[、,。. …]|\.\.\.|ですね|ですか|ですけど|です|えーと|えっと|ええと|えー|えーっと|んーと|んと|あのー|あの|あー|はい|ええ|それで|それから|続けて|ハイフン|(?:その)?次[がは]|真ん中[がは]|最後[がは]|残り[がは]|後半[がは]|下[がは]|下[0-9]桁[がは]|下の[0-9]桁[がは]|で|ね|の){1,6}$/u;
const MAX_GAP = 14;
/** A month, a day, an hour, or a slash or a colon and a digit: the run is part of a date or time. */
const DATE_GOES_ON = /^(?:[/:][0-9]|[月日時])/u;
/** Card numbers are read in four groups. */
const MAX_CHAIN = 4;
/** A group that starts a joined number is short: an area code or the first groups of a number. */
const MAX_LEADING_DIGITS = 8;
const MAX_JOINED_DIGITS = 19;

/**
 * Numbers broken by hesitations: each run joined with up to three following runs when only a
 * hesitation gap separates them, the longest first. The caller classifies the joined run
 * before its parts.
 */
export function joinHesitatedRuns(text: string, all: readonly NumberRun[]): NumberRun[][] {
  const chains: NumberRun[][] = [];
  // 上4桁が2820です。で、下6桁が675239: the count of digits announced is no part of the number.
  const runs = all.some((run) => text[run.end] === "桁")
    ? all.filter((run) => !(run.digits.length <= 2 && text[run.end] === "桁"))
    : all;
  for (let i = 0; i < runs.length; i += 1) {
    // Longest first: 080で、次が7719、最後が0351 is one number, not 080-7719 and a rest.
    const fromHere: NumberRun[][] = [];
    const chain: NumberRun[] = [runs[i] as NumberRun];
    for (let j = i + 1; j < runs.length && chain.length < MAX_CHAIN; j += 1) {
      const last = chain.at(-1) as NumberRun;
      const next = runs[j] as NumberRun;
      if (last.digits.length > MAX_LEADING_DIGITS) break;
      if (next.start - last.end > MAX_GAP) break;
      if (!HESITATION_GAP.test(text.slice(last.end, next.start))) break;
      // 49232490。8/2発送済み: a date or a time going on after the next run starts a new sentence.
      if (DATE_GOES_ON.test(text.slice(next.end, next.end + 2))) break;
      chain.push(next);
      const digits = chain.reduce((sum, run) => sum + run.digits.length, 0);
      if (digits > MAX_JOINED_DIGITS) break;
      fromHere.push([...chain]);
    }
    chains.push(...fromHere.reverse());
  }
  return chains;
}

/** One run spanning a chain: digits and groups concatenated, offsets of the whole span. */
export function mergeRuns(chain: readonly NumberRun[]): NumberRun {
  const first = chain[0] as NumberRun;
  const last = chain.at(-1) as NumberRun;
  return {
    start: first.start,
    end: last.end,
    digits: chain.map((run) => run.digits).join(""),
    groups: chain.flatMap((run) => run.groups),
    international: first.international,
  };
}
