import { execAll, parseJapaneseNumber } from "../text-tools";

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

/** A date as written: the era name (null for a western year), the year and month and day if said. */
export type DateValue = {
  readonly era: string | null;
  readonly year: number | null;
  readonly month: number;
  readonly day: number | null;
};

/**
 * Reads a date written with digits or kanji numerals (昭和47年8月6日, H14・2・28, 1972/8/6,
 * 19720806, 8月6日), or null when the month, day or era year is impossible.
 */
export function parseDate(value: string): DateValue | null {
  if (/^[0-9]{8}$/.test(value)) {
    const [year, month, day] = [value.slice(0, 4), value.slice(4, 6), value.slice(6, 8)];
    return isMonthDay(Number(month), Number(day))
      ? { era: null, year: Number(year), month: Number(month), day: Number(day) }
      : null;
  }
  const numbers = [...execAll(/元|[0-9]+|[〇一二三四五六七八九十]+/gu, value)].map(
    (m) => parseJapaneseNumber(m[0]) ?? -1,
  );
  const era = /明治|大正|昭和|平成|令和/u.exec(value)?.[0] ?? ERA_LETTER[value[0] ?? ""] ?? null;
  const hasYear = /年|^[0-9]{4}|^(明治|大正|昭和|平成|令和|[MTSHR])/u.test(value);
  const [first = -1, second = -1, third = -1] = numbers;
  if (!hasYear)
    return isMonthDay(first, second) ? { era, year: null, month: first, day: second } : null;
  if (era && (first < 1 || first > 64)) return null;
  if (!era && (first < 1900 || first > 2100)) return null;
  const year = era ? (ERA_START[era] ?? 0) + first : first;
  if (year > 2100) return null;
  if (second === -1) return null; // a year alone (2000年生まれの方) describes a group, not a person
  if (third === -1)
    return second >= 1 && second <= 12 ? { era, year, month: second, day: null } : null;
  return isMonthDay(second, third) ? { era, year, month: second, day: third } : null;
}

/** The same calendar day written once in an era and once in western years. */
export function sameDayInOtherCalendar(a: DateValue, b: DateValue): boolean {
  return (
    (a.era === null) !== (b.era === null) &&
    a.year !== null &&
    a.year === b.year &&
    a.month === b.month &&
    a.day !== null &&
    a.day === b.day
  );
}

export function isMonthDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}
