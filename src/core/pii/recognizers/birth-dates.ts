import { execAll } from "../text-tools";
import { cuesBefore } from "../cues";
import type { CueHit } from "../cues";
import type { DateValue } from "./date-values";
import { parseDate, sameDayInOtherCalendar } from "./date-values";
import { findSpokenDates } from "./spoken-dates";
import type { Candidate, RecognizerInput } from "../types";
import { changedCandidate } from "./changed-candidate";

const NUM = "(?:[0-9]{1,4}|[〇一二三四五六七八九十]{1,4})";
const WESTERN_FILLER = "、\\s?(?:えーと|えっと|えー|あの)、?\\s?";
const WESTERN_FILLER_AT_START = new RegExp(`^((?:19|20))${WESTERN_FILLER}`, "u");
const ERA = "(?:明治|大正|昭和|平成|令和|[MTSHR]\\.?)";
// 令和2年の5月5日: callers put の after the year.
// 昭和50年、えー、10月の3日: hesitations after the year and の after the month.
// 昭和22年の……8月の: a pause (…… normalized to dots) after the year or the month.
const HES = "(?:[、\\s]|\\.{3}|えーと|えっと|えー|あの){0,4}";
// 平成 十一年 の 二月: speech recognition spaces the の off the year and the month.
const SEP = `\\s?(?:年\\s?の?${HES}|[./・/-])\\s?`;
// 平成15年の5月の、えー、22日: hesitations after the month too.
const MONTH = `(?:月\\s?の?${HES}|[./・/-])`;
// 平成12年(2000年)5月3日: the western year in brackets after the era one.
// 昭和の、えー、39年の / 平成、九年の: の or a pause after the era.
const YMD_ERA = `${ERA}(?:の?${HES})?\\s?(?:元|${NUM})(?:年\\((?:19|20)[0-9]{2}年\\)${HES}|${SEP})(?:${NUM}\\s?${MONTH}\\s?(?:${NUM}\\s?日?)?)?`;
// 1958年(昭和33年)1月27日: the era year in brackets after the western one.
// 1950(昭和25)年1月15日: the era year in brackets before 年; 19、えーと、93年: a filler in the year.
const YMD = `(?:19|20)(?:${WESTERN_FILLER})?[0-9]{2}(?:年\\(${ERA}\\s?(?:元|${NUM})年\\)${HES}|\\(${ERA}\\s?(?:元|${NUM})\\)年${HES}|${SEP})(?:${NUM}\\s?${MONTH}\\s?(?:${NUM}\\s?日?)?)?`;
// 4月の……2日: a pause between the month and the day.
const MD = `${NUM}\\s?月\\s?(?:の${HES})?${NUM}\\s?日`;
// '88の5月31日: a western year shortened to two digits before the month and day.
const SHORT_YEAR = "'[0-9]{2}年?の?\\s?";
const SHORT_YEAR_AT_START = new RegExp(`^${SHORT_YEAR}`, "u");
const DATE = new RegExp(
  `(?<![0-9A-Za-z])(?:${YMD_ERA}|${YMD}|(?:${SHORT_YEAR})?${MD}|(?:19|20)[0-9]{6}(?![0-9]))`,
  "gu",
);
/** Words after a date that make it a deadline, an appointment or a period, not a birthday. */
// (11月30日資格喪失) / 3月31日退職: the day an insurance or a job ended or began.
const NOT_BIRTH_AFTER =
  /^\s?(まで|から|以降|以内|以前|までに|頃|ごろ|に(?:来|伺|行|届|申請|更新|亡|死|転)|の(?:予約|受付|期限|締切)|締切|〆切|期限|(?:付け?で?|に|で)?(?:資格(?:喪失|取得)|喪失|退職|離職|就職|入社|加入|脱退|転入|転出|転居))/u;
/** 転出先： after a space (a line break in a form): the next field's label, not the date's words. */
const NEXT_FIELD_AFTER = /^\s[^\s:：、。]{1,5}[:：]/u;
/** Labels between the birth cue and the date that make it some other date. */
const OTHER_DATE_LABEL =
  /期限|締切|締め切り|〆切|更新|交付|予約|申請日|受付日|届出日|出生 ?届|転入|転出|転居|死亡|亡くな|引っ越|引越|有効|開庁|来庁|発行|支給|振込|入籍|婚姻|日付|予定|希望|面談|面接|訪問|来所|[^月生]日 ?[:：]/u;
const CUE_WINDOW = 20;
const CORRECTION_WORD = /じゃなくて|ではなくて|違う|違った|間違え|訂正/u;

/** Cheap pre-check: a birth word, a past era or an era letter before digits (H2/3/4). */
const MAYBE_BIRTH_DATE = /生|誕生|うまれ|明治|大正|昭和|平成|(?<![A-Za-z])[MTSH]\.?[0-9]/u;

/** A date found in the text, with its value when written in digits or kanji numerals. */
type FoundDate = { start: number; end: number; value?: DateValue };

/**
 * Dates of birth (和暦 and 西暦, kanji or digits): when a birth cue is near, when the same day is
 * said in both calendars, or when a past-era date is the whole answer.
 */
export function recognizeBirthDates(input: RecognizerInput): Candidate[] {
  const { text } = input;
  if (
    !MAYBE_BIRTH_DATE.test(text) &&
    !/birth|born|dob|nasc|nacimiento|nació|sinh|lahir|kapanganakan|kaarawan|ipinanganak|생년|생일/i.test(
      text,
    )
  )
    return [];
  const hits = input.cues.filter((hit) => hit.kind === "birth");
  const dates: FoundDate[] = [];
  for (const match of execAll(DATE, text)) {
    const start = match.index ?? 0;
    let end = start + match[0].length;
    while (end > start && /[\s./・/-]/u.test(text[end - 1] ?? "")) end -= 1;
    const written = text.slice(start, end);
    if (!/[年月日./・/-]/u.test(written) && !/^[0-9]{8}$/.test(written)) continue;
    const value = parseDate(
      written
        .replace(/\([^)]*\)/gu, "")
        .replace(WESTERN_FILLER_AT_START, "$1")
        .replace(SHORT_YEAR_AT_START, ""),
    );
    if (value) dates.push({ start, end, value });
  }
  for (const spoken of findSpokenDates(text)) if (spoken.plausible) dates.push(spoken);
  // 생년월일은 1983년 2월 14일: a Korean date (년 월 일) after a birth word (생일, a birthday, too).
  if (/생년|생일|태어/u.test(text))
    for (const match of execAll(KOREAN_DATE, text)) dates.push(koreanDate(match));
  const out: Candidate[] = [];
  dates.sort((a, b) => a.start - b.start);
  for (const date of dates) {
    // born on March 4, 1988, sorry, 1988年3月4日: a date said again right after a date of birth.
    const previous = out.at(-1);
    const gap = previous && previous.end <= date.start ? date.start - previous.end : Infinity;
    // S58.4.18 です、あ、S58 じゃなくて S59 です、S59.4.18: a date said again after a correction.
    const window =
      previous &&
      gap <= 2 * CUE_WINDOW &&
      CORRECTION_WORD.test(text.slice(previous.end, date.start))
        ? 2 * CUE_WINDOW
        : CUE_WINDOW;
    const found =
      birthDateAt(text, hits, date, gap <= window ? gap : undefined) ??
      bornAfterCorrection(text, date) ??
      tagalogBornOn(text, date);
    if (found) out.push(withKanaDay(text, withCorrectedDay(text, found)));
  }
  // 上から2014年5月3日、2017年9月28日生まれです: dates listed before one shared 生まれ.
  if (out.length > 0) out.push(...listedBefore(text, dates, out));
  // A year alone is written with 年 (tested before either regex runs).
  if (text.includes("年") && (out.length > 0 || YEAR_TOPIC.test(text)))
    out.push(...birthYears(text, out));
  const taken = new Set(out.map((found) => found.start));
  for (const date of uncuedBirthDates(text, dates)) {
    if (taken.has(date.start)) continue;
    taken.add(date.start);
    out.push(birthDate(text, date, 0.75, "shape:birth-date-answer"));
  }
  return out;
}

// 二月 二十九日 じゃなくて 二十八日: the day (or month and day) said again after a correction.
const CORRECTED_DAY = new RegExp(
  `^[、 ]{0,2}(?:じゃなくて|ではなくて|じゃなく|いや|あ、?違う|違った|ちゃう)[、 ]{0,2}(?:${NUM}\\s?月の?\\s?)?${NUM}\\s?日`,
  "u",
);

/** 昭和32年6月14日、あ、違う、13日の生まれです: the birth word after the day said again. */
function bornAfterCorrection(text: string, date: FoundDate): Candidate | null {
  const corrected = CORRECTED_DAY.exec(text.slice(date.end, date.end + 24));
  if (!corrected) return null;
  const end = date.end + corrected[0].length;
  if (!/^\s?(?:に|で|の)?(?:生まれ|うまれ|産まれ)/u.test(text.slice(end, end + 8))) return null;
  return birthDate(text, date, 0.85, "cue:birth-after");
}

/**
 * Ipinanganak ang anak ko na si Miguel noong 03/04/2026: a Tagalog sentence opened by "was born"
 * says who before the date, after noong ("on"), further than the cue window.
 */
const TAGALOG_BORN_ON = /[Ii]pinanganak [^.!?\n]{0,48}? noong $/u;

function tagalogBornOn(text: string, date: FoundDate): Candidate | null {
  if (!TAGALOG_BORN_ON.test(text.slice(Math.max(0, date.start - 64), date.start))) return null;
  return birthDate(text, date, 0.85, "cue:birth");
}

function withCorrectedDay(text: string, found: Candidate): Candidate {
  const corrected = CORRECTED_DAY.exec(text.slice(found.end, found.end + 24));
  if (!corrected) return found;
  const end = found.end + corrected[0].length;
  return changedCandidate(found, { end, key: text.slice(found.start, end).replace(/\s/g, "") });
}

/** 五月、ついたち: the day said as a kana word after the month. */
const KANA_DAY_AFTER =
  /^[、 ]{0,2}(?:ついたち|ふつか|みっか|よっか|いつか|むいか|なのか|ようか|ここのか|とおか|はつか)(?![\p{Script=Hiragana}](?<![でのにね]))/u;

function withKanaDay(text: string, found: Candidate): Candidate {
  if (!/月[、 ]{0,2}$/u.test(text.slice(found.start, found.end))) return found;
  let end = found.end;
  while (end > found.start && /[、 ]/u.test(text[end - 1] ?? "")) end -= 1;
  const day = KANA_DAY_AFTER.exec(text.slice(end, end + 8));
  if (!day) return found;
  end += day[0].length;
  return changedCandidate(found, {
    end,
    key: text.slice(found.start, end).replace(/[\s、]/gu, ""),
  });
}

/** A full date right before a date of birth, with only 、 or と between: listed with it. */
function listedBefore(
  text: string,
  dates: readonly FoundDate[],
  found: readonly Candidate[],
): Candidate[] {
  const out: Candidate[] = [];
  for (let i = dates.length - 2; i >= 0; i -= 1) {
    const date = dates[i] as FoundDate;
    const next = dates[i + 1] as FoundDate;
    if (date.value?.day == null || date.value.year == null) continue;
    if (found.some((c) => c.start <= date.start && date.end <= c.end)) continue;
    const birth = found
      .concat(out)
      .some((c) => c.start <= next.start && next.end <= c.end && c.evidence === "cue:birth-after");
    if (!birth || !/^[、,と ]{1,2}$/u.test(text.slice(date.end, next.start))) continue;
    // 締切は…、…生まれの方: a deadline or another date's label before the first date.
    if (OTHER_DATE_LABEL.test(text.slice(Math.max(0, date.start - CUE_WINDOW), date.start)))
      continue;
    out.push(birthDate(text, date, 0.85, "cue:birth-after"));
  }
  return out;
}

/** 平成 九年 / 1993年: a year said alone (a past era's or a western one). */
const YEAR_ONLY = new RegExp(
  `(?<![0-9〇一二三四五六七八九十])(?:(?:明治|大正|昭和|平成)\\s?(?:元|${NUM})|(?:19|20)[0-9]{2})\\s?年(?!\\s?(?:${NUM}\\s?月|度|分|間|前|後|頃|ぶり|目|以上|以内|生(?!まれ)))`,
  "gu",
);
/** What ends a year given as an answer (平成5年です。/ 平成 九年 です). */
const YEAR_END = /^\s?(?:です|でした|ですね|だよ|[。、!?]|$)/u;
/** 生まれ年 は: the year of birth asked for by name. */
const BIRTH_YEAR_LABEL = /(?:生まれ年|生年|生まれた年)\s?(?:は|が|:)?\s?$/u;
const YEAR_WINDOW = 24;
/** 年ですか? / 年は、 / 何年: the year asked about (not 来年は, 今年は). */
const YEAR_ASKED = /(?<![来今去昨毎翌])年(?:ですか|は|って)|何年|生まれ年|生年/u;
/** A year of birth is only looked for where one is asked for or said (年ですか, 生まれ年, 年の生まれ). */
const YEAR_TOPIC =
  /生まれ年|生年|生まれた年|年(?:ですか|は\?|は?何|の生まれ|の?\s?生まれ|\s?の\s?生まれ)|何年/u;
/** 昭和30年生まれの方: a year describing a group, not a person. */
const BORN_GROUP =
  /^\s?の?\s?(?:生まれ|うまれ|産まれ)(?:の方|の人|の皆|以降|以前|から|まで|が対象|は対象)/u;
const BIRTH_LABEL_BETWEEN = /^(?:で|の|、|\s)*(?:誕生日|生年月日)(?:は|が)?[、\s]?$/u;
const YEAR_BORN_AFTER = /^\s?の?\s?(?:生まれ|うまれ|産まれ)/u;
/** 1977年生まれで、生年月日は1977年9月5日: a day given with its own year repeats the year. */
const FULL_DATE = /年|[0-9]{4}|[0-9][./][0-9]{1,2}[./]/u;
/**
 * 平成12年生まれ、3月3日です / 昭和十年生まれで、誕生日は五月五日: the year glued to 生まれ, then the
 * day (a year said alone with 生まれ stays a year: 昭和十一年生まれです).
 */
const YEAR_BORN_BEFORE_DAY = /^\s?生まれ(?:で|、|,|\s)*(?:(?:誕生日|生年月日)(?:は|が)?[、\s]?)?$/u;

/**
 * 誕生日は3月3日です。年ですか?平成5年です / 誕生日 は 11月30日 で、生まれ年 は 平成 九年: the year of
 * birth said after the day, or after its own label.
 */
function birthYears(text: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const match of execAll(YEAR_ONLY, text)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (found.some((date) => date.start <= start && start < date.end)) continue;
    // 昭和46年の生まれです: the year with the birth word after it.
    const glued = /^\s?生/u.test(text.slice(end, end + 2));
    const born =
      !glued &&
      YEAR_BORN_AFTER.test(text.slice(end, end + 6)) &&
      !BORN_GROUP.test(text.slice(end, end + 12));
    // 平成5年で、誕生日が2月29日: the year said just before the day's label.
    const next = found.find((date) => date.start >= end);
    const before = next ? text.slice(end, next.start) : "";
    const precedes =
      !!next &&
      next.start - end <= 12 &&
      (glued
        ? YEAR_BORN_BEFORE_DAY.test(before) && !FULL_DATE.test(text.slice(next.start, next.end))
        : BIRTH_LABEL_BETWEEN.test(before)) &&
      !/[0-9]/u.test(before) &&
      !OTHER_DATE_LABEL.test(before);
    if (!born && !precedes && !YEAR_END.test(text.slice(end, end + 4))) continue;
    const labelled = born || BIRTH_YEAR_LABEL.test(text.slice(Math.max(0, start - 10), start));
    const previous = found.filter((date) => date.end <= start).at(-1);
    const between = previous ? text.slice(previous.end, start) : "";
    const follows =
      !!previous &&
      start - previous.end <= YEAR_WINDOW &&
      !/[0-9]/u.test(between) &&
      !OTHER_DATE_LABEL.test(between) &&
      // 年ですか? 平成5年です: the year asked about, or a past era's year.
      (YEAR_ASKED.test(between) || /^(?:明治|大正|昭和|平成)/u.test(match[0]));
    if (labelled || follows || precedes)
      out.push(birthDate(text, { start, end }, 0.8, "cue:birth-year"));
  }
  // 平成5年で…あ、平成5年は閏年じゃないから: the year of birth said again is the same item.
  for (const year of out.length > 0 ? [...out] : out) {
    const value = text.slice(year.start, year.end);
    for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
      const covers = (date: Candidate): boolean => date.start <= at && at < date.end;
      const inside = found.some(covers) || out.some(covers);
      if (!inside && !/[0-9]/u.test(text[at + value.length] ?? ""))
        out.push(birthDate(text, { start: at, end: at + value.length }, 0.75, "echo:birth-year"));
    }
  }
  return out;
}

const KOREAN_DATE = /(?<![0-9])((?:19|20)[0-9]{2})년\s?([0-9]{1,2})월\s?([0-9]{1,2})일/gu;

function koreanDate(match: RegExpMatchArray): FoundDate {
  const start = match.index ?? 0;
  const value: DateValue = {
    era: null,
    year: Number(match[1]),
    month: Number(match[2]),
    day: Number(match[3]),
  };
  return { start, end: start + match[0].length, value };
}

/** Eras every living caller could have been born in, but no deadline falls in any more. */
const PAST_ERA = /^(?:明治|大正|昭和|平成)$/u;
/** What may come before a date that is the whole answer: the start of a clause, fillers. */
const ANSWER_BEFORE =
  /(?:^|[、。!?] ?)(?:(?:えーと|えっと|ええと|えー|あの|はい|うーん)[、 ]?){0,3}$/u;
const ANSWER_AFTER = /^(?:です|でございます)(?:[、。!?ね]|$)/u;

/**
 * Dates of birth said without a cue:
 * - 1972年8月6日、昭和で言うと昭和47年8月6日です: the same day said in both calendars (nobody converts
 *   a deadline for the desk), unless a deadline word or another date label goes with it;
 * - えー、平成二年の十二月二十四日です: a full date of a past era said as the whole answer.
 */
function uncuedBirthDates(text: string, dates: readonly FoundDate[]): FoundDate[] {
  const out: FoundDate[] = [];
  dates.forEach((date, i) => {
    const next = dates[i + 1];
    if (date.value && next?.value && next.start - date.end <= CUE_WINDOW) {
      const around = text.slice(Math.max(0, date.start - CUE_WINDOW), next.start);
      if (
        sameDayInOtherCalendar(date.value, next.value) &&
        !OTHER_DATE_LABEL.test(around) &&
        !NOT_BIRTH_AFTER.test(text.slice(date.end, date.end + 8)) &&
        !NOT_BIRTH_AFTER.test(text.slice(next.end, next.end + 8))
      )
        out.push(date, next);
    }
    const era = date.value?.era;
    if (
      era &&
      PAST_ERA.test(era) &&
      date.value?.day !== null &&
      ANSWER_BEFORE.test(text.slice(Math.max(0, date.start - 16), date.start)) &&
      ANSWER_AFTER.test(text.slice(date.end, date.end + 7)) &&
      !OTHER_DATE_LABEL.test(
        text.slice(Math.max(0, date.start - CUE_WINDOW), date.end + CUE_WINDOW),
      )
    )
      out.push(date);
  });
  return out;
}

function birthDate(text: string, date: FoundDate, score: number, evidence: string): Candidate {
  return {
    type: "birth_date",
    start: date.start,
    end: date.end,
    score,
    evidence,
    key: text.slice(date.start, date.end).replace(/\s/g, ""),
  };
}

/** The date at `start`–`end` as a date of birth when a birth cue is near, or null. */
function birthDateAt(
  text: string,
  hits: readonly CueHit[],
  { start, end, value }: FoundDate,
  restatedGap: number | undefined,
): Candidate | null {
  const after = text.slice(end, end + 8);
  // 令和3年1月6日に生まれました: に before 生まれ too; の生まれで; …です、うまれは (said after);
  // 昭和64年1月7日、昭和最後の日に生まれました (the verb later in the clause).
  const birthAfter =
    /^\s?(?:に|で|の|です[、 ])?(生まれ|うまれ|産まれ|生|誕生)/u.test(after) ||
    LATER_BIRTH_VERB.test(text.slice(end, end + 20)) ||
    (text.slice(end, end + 16).includes("誕生日") &&
      /年|[0-9]{2}[./]/u.test(text.slice(start, end)) &&
      BIRTHDAY_AFTER.test(text.slice(end, end + 16)));
  const cue = cuesBefore(hits, start, CUE_WINDOW).get("birth");
  const distance =
    restatedGap !== undefined && (cue === undefined || restatedGap < cue) ? restatedGap : cue;
  const between = distance === undefined ? "" : text.slice(start - distance, start);
  const birthBefore = distance !== undefined && !OTHER_DATE_LABEL.test(between);
  // 生年月日：平成19年5月11日 / 転出先：…: the next field of a form (after a line break) starts
  // with a moving word, which then says nothing of the date.
  const otherAfter = NOT_BIRTH_AFTER.test(after) && !NEXT_FIELD_AFTER.test(after);
  if (!birthAfter && (!birthBefore || otherAfter)) return null;
  // 生年月日: 2014/05/17 令和9年1月: a month said after a date of birth is no second birthday.
  if (!birthAfter && distance !== cue && value?.day == null) return null;
  // T15.4.4生 年末年始の…。12月29日〜1月3日: a date without its year after a date of birth is
  // another day (a stay, a deadline), unless a correction comes between.
  if (
    !birthAfter &&
    distance !== cue &&
    value?.year == null &&
    value?.era == null &&
    !CORRECTION_WORD.test(between)
  )
    return null;
  const evidence = birthAfter
    ? "cue:birth-after"
    : distance === cue
      ? "cue:birth-before"
      : "restated";
  // 57年の8月20日生まれです、昭和の: a year said without its era belongs to the date.
  const year = YEAR_BEFORE.exec(text.slice(Math.max(0, start - 10), start))?.[0].length ?? 0;
  return birthDate(text, { start: start - year, end }, 0.9, evidence);
}

// 昭和 六十年 の 一月 二十日 です 主人の 誕生日: a full date said, then whose birthday it is.
const BIRTHDAY_AFTER =
  /^\s?(?:です|でした|が|は)?\s?(?:[^\s。、!?]{1,4}\s?の\s?)?誕生日(?!会|祝|プレゼント|ケーキ|パーティ)/u;
const LATER_BIRTH_VERB = /^[、 ][^。!?0-9]{1,12}?に(?:生まれ|産まれ|うまれ)/u;
const YEAR_BEFORE = new RegExp(`(?<![0-9〇一二三四五六七八九十])${NUM}年の?${HES}$`, "u");

/**
 * 対象者 林 美咲(H2.1.26) / 田中さん(1990/1/26、36歳): a full date alone in brackets right after a
 * person's name in a note is that person's date of birth (not `(R8.9.30 死亡)`, `(…受付)`); an
 * era's year alone counts when 生 follows it (`穂積 勝(S55生)`); the late Ada Brennan (2 May
 * 1941): an English date too, the bracket perhaps spaced off.
 */
const DATE_IN_BRACKETS =
  /^(?: ?(?:様|さん|さま|氏|殿))? ?\((?:生年月日[:：]? ?)?((?:[MTSHR]|明治|大正|昭和|平成|令和) ?(?:[0-9]{1,2}|元)[./年](?:[0-9]{1,2})[./月](?:[0-9]{1,2})日?|(?:19[0-9]{2}|20[01][0-9])[./-][0-9]{1,2}[./-][0-9]{1,2}|[0-9]{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) (?:19[0-9]{2}|20[01][0-9])|(?:January|February|March|April|May|June|July|August|September|October|November|December) [0-9]{1,2}, (?:19[0-9]{2}|20[01][0-9])|(?:[MTSHR]|明治|大正|昭和|平成|令和) ?(?:[0-9]{1,2}|元)年?(?=生))(?:生まれ|生)?(?=\)|[、, ] ?[0-9]{1,3} ?(?:歳|才))/u;

/** Dates of birth given in brackets after a found name. */
export function findBracketedBirthDates(text: string, found: readonly Candidate[]): Candidate[] {
  if (!text.includes("(")) return [];
  const out: Candidate[] = [];
  for (const name of found) {
    if (name.type !== "person_name") continue;
    const match = DATE_IN_BRACKETS.exec(text.slice(name.end, name.end + 32));
    const date = match?.[1] ?? "";
    if (!match) continue;
    const start = name.end + match[0].indexOf(date, match[0].indexOf("("));
    const end = start + date.length;
    if (found.some((c) => c.type === "birth_date" && c.start < end && start < c.end)) continue;
    out.push({
      type: "birth_date",
      start,
      end,
      score: 0.85,
      evidence: "cue:bracket-after-name",
      key: date.replace(/\s/g, ""),
    });
  }
  return out;
}
