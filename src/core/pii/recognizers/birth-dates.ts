import { parseJapaneseNumber } from "../text-tools";
import { cuesBefore } from "../cues";
import type { CueHit } from "../cues";
import { findSpokenDates } from "./spoken-dates";
import type { Candidate, RecognizerInput } from "../types";

const NUM = "(?:[0-9]{1,4}|[〇一二三四五六七八九十]{1,4})";
const ERA = "(?:明治|大正|昭和|平成|令和|[MTSHR]\\.?)";
// 令和2年の5月5日: callers put の after the year.
// 昭和50年、えー、10月の3日: hesitations after the year and の after the month.
const HES = "(?:[、\\s]|えーと|えっと|えー|あの){0,4}";
const SEP = `\\s?(?:年の?${HES}|[./-])\\s?`;
// 平成15年の5月の、えー、22日: hesitations after the month too.
const MONTH = `(?:月の?${HES}|[./-])`;
// 平成12年(2000年)5月3日: the western year in brackets after the era one.
const YMD_ERA = `${ERA}\\s?(?:元|${NUM})(?:年\\((?:19|20)[0-9]{2}年\\)${HES}|${SEP})(?:${NUM}\\s?${MONTH}\\s?(?:${NUM}\\s?日?)?)?`;
// 1958年(昭和33年)1月27日: the era year in brackets after the western one.
const YMD = `(?:19|20)[0-9]{2}(?:年\\(${ERA}\\s?(?:元|${NUM})年\\)${HES}|${SEP})(?:${NUM}\\s?${MONTH}\\s?(?:${NUM}\\s?日?)?)?`;
const MD = `${NUM}\\s?月\\s?${NUM}\\s?日`;
const DATE = new RegExp(
  `(?<![0-9A-Za-z])(?:${YMD_ERA}|${YMD}|${MD}|(?:19|20)[0-9]{6}(?![0-9]))`,
  "gu",
);
const ERA_START: Readonly<Record<string, number>> = {
  明治: 1867,
  大正: 1911,
  昭和: 1925,
  平成: 1988,
  令和: 2018,
};
const ERA_LETTER: Readonly<Record<string, string>> = {
  M: "明治",
  T: "大正",
  S: "昭和",
  H: "平成",
  R: "令和",
};
/** Words after a date that make it a deadline, an appointment or a period, not a birthday. */
const NOT_BIRTH_AFTER =
  /^\s?(まで|から|以降|以内|以前|までに|頃|ごろ|に(?:来|伺|行|届|申請|更新|亡|死|転)|の(?:予約|受付|期限|締切)|締切|〆切|期限)/u;
/** Labels between the birth cue and the date that make it some other date. */
const OTHER_DATE_LABEL =
  /期限|締切|締め切り|〆切|更新|交付|予約|申請日|受付日|届出日|転入|転出|転居|死亡|亡くな|引っ越|引越|有効|開庁|来庁|発行|支給|振込|入籍|婚姻|日付|予定/u;
const CUE_WINDOW = 20;

/** Dates of birth (和暦 and 西暦, kanji or digits), only when a birth cue is near. */
export function recognizeBirthDates(input: RecognizerInput): Candidate[] {
  const { text } = input;
  if (!/生|誕生|うまれ|birth|born|dob/iu.test(text)) return [];
  const hits = input.cues.filter((hit) => hit.kind === "birth");
  const dates: { start: number; end: number }[] = [];
  for (const match of text.matchAll(DATE)) {
    const start = match.index ?? 0;
    let end = start + match[0].length;
    while (end > start && /[\s./-]/.test(text[end - 1] ?? "")) end -= 1;
    const value = text.slice(start, end);
    if (!/[年月日./-]/.test(value) && !/^[0-9]{8}$/.test(value)) continue;
    if (isPlausibleDate(value.replace(/\([^)]*\)/gu, ""))) dates.push({ start, end });
  }
  for (const spoken of findSpokenDates(text)) if (spoken.plausible) dates.push(spoken);
  const out: Candidate[] = [];
  for (const date of dates.sort((a, b) => a.start - b.start)) {
    // born on March 4, 1988, sorry, 1988年3月4日: a date said again right after a date of birth.
    const previous = out.at(-1);
    const gap = previous && previous.end <= date.start ? date.start - previous.end : Infinity;
    const found = birthDateAt(text, hits, date, gap <= CUE_WINDOW ? gap : undefined);
    if (found) out.push(found);
  }
  return out;
}

/** The date at `start`–`end` as a date of birth when a birth cue is near, or null. */
function birthDateAt(
  text: string,
  hits: readonly CueHit[],
  { start, end }: { start: number; end: number },
  restatedGap: number | undefined,
): Candidate | null {
  const value = text.slice(start, end);
  const after = text.slice(end, end + 8);
  // 令和3年1月6日に生まれました: に before 生まれ too.
  const birthAfter = /^\s?(?:に|で)?(生まれ|うまれ|産まれ|生|誕生)/u.test(after);
  const cue = cuesBefore(hits, start, CUE_WINDOW).get("birth");
  const distance =
    restatedGap !== undefined && (cue === undefined || restatedGap < cue) ? restatedGap : cue;
  const between = distance === undefined ? "" : text.slice(start - distance, start);
  const birthBefore = distance !== undefined && !OTHER_DATE_LABEL.test(between);
  if (!birthAfter && (!birthBefore || NOT_BIRTH_AFTER.test(after))) return null;
  return {
    type: "birth_date",
    start,
    end,
    score: 0.9,
    evidence: birthAfter ? "cue:birth-after" : distance === cue ? "cue:birth-before" : "restated",
    key: value.replace(/\s/g, ""),
  };
}

/** Rejects impossible months/days and eras out of range. */
function isPlausibleDate(value: string): boolean {
  const numbers = [...value.matchAll(/元|[0-9]+|[〇一二三四五六七八九十]+/gu)].map(
    (m) => parseJapaneseNumber(m[0]) ?? -1,
  );
  if (/^[0-9]{8}$/.test(value)) {
    return isMonthDay(Number(value.slice(4, 6)), Number(value.slice(6, 8)));
  }
  const eraName = /明治|大正|昭和|平成|令和/u.exec(value)?.[0] ?? ERA_LETTER[value[0] ?? ""];
  const hasYear = /年|^[0-9]{4}|^(明治|大正|昭和|平成|令和|[MTSHR])/u.test(value);
  const [first = -1, second = -1, third = -1] = numbers;
  if (!hasYear) return isMonthDay(first, second);
  if (eraName && (first < 1 || first > 64)) return false;
  if (!eraName && (first < 1900 || first > 2100)) return false;
  const year = eraName ? (ERA_START[eraName] ?? 0) + first : first;
  if (year > 2100) return false;
  if (second === -1) return false; // a year alone (2000年生まれの方) describes a group, not a person
  return third === -1 ? second >= 1 && second <= 12 : isMonthDay(second, third);
}

function isMonthDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}
