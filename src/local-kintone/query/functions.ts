import { createApiError } from "../rest/errors";
import { toZonedParts } from "../records/time";

/** A calendar span [from, to) of "YYYY-MM-DD" days, or an instant (NOW()). */
export type TemporalValue =
  { kind: "days"; from: string; to: string } | { kind: "instant"; time: number };

const DAY_MS = 86_400_000;
const WEEKDAYS = ["SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"];

function toDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

function dayTime(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

function span(fromTime: number, toTime: number): TemporalValue {
  return { kind: "days", from: toDay(fromTime), to: toDay(toTime) };
}

function oneDay(time: number): TemporalValue {
  return span(time, time + DAY_MS);
}

function invalidArguments(): Error {
  return createApiError(400, "GAIA_IL08");
}

function expectArgs(args: readonly string[], min: number, max: number): void {
  if (args.length < min || args.length > max) throw invalidArguments();
}

function week(today: number, offsetWeeks: number, args: readonly string[]): TemporalValue {
  expectArgs(args, 0, 1);
  const weekday = new Date(today).getUTCDay();
  const start = today - weekday * DAY_MS + offsetWeeks * 7 * DAY_MS;
  if (args.length === 0) return span(start, start + 7 * DAY_MS);
  const index = WEEKDAYS.indexOf(String(args[0]).toUpperCase());
  if (index < 0) throw invalidArguments();
  return oneDay(start + index * DAY_MS);
}

function month(today: number, offsetMonths: number, args: readonly string[]): TemporalValue {
  expectArgs(args, 0, 1);
  const date = new Date(today);
  const year = date.getUTCFullYear();
  const monthIndex = date.getUTCMonth() + offsetMonths;
  const first = Date.UTC(year, monthIndex, 1);
  const next = Date.UTC(year, monthIndex + 1, 1);
  if (args.length === 0) return span(first, next);
  const arg = String(args[0]);
  if (arg.toUpperCase() === "LAST") return oneDay(next - DAY_MS);
  const day = Number(arg);
  if (!/^\d+$/.test(arg) || day < 1 || day > 31)
    throw createApiError(400, "GAIA_IQ23", { value: arg });
  return oneDay(Date.UTC(year, monthIndex, day));
}

function fromToday(today: number, args: readonly string[]): TemporalValue {
  expectArgs(args, 2, 2);
  const amount = Number(args[0]);
  if (!Number.isInteger(amount)) throw invalidArguments();
  const date = new Date(today);
  const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
  switch (String(args[1]).toUpperCase()) {
    case "DAYS":
      return oneDay(today + amount * DAY_MS);
    case "WEEKS":
      return oneDay(today + amount * 7 * DAY_MS);
    case "MONTHS":
      return oneDay(Date.UTC(y, m + amount, d));
    case "YEARS":
      return oneDay(Date.UTC(y + amount, m, d));
    default:
      throw createApiError(400, "GAIA_IQ25");
  }
}

/**
 * Evaluates a date function of the query language at `now` in the users' time zone.
 * @returns undefined when `name` is not a date function
 */
export function evaluateDateFunction(
  name: string,
  args: readonly string[],
  now: Date,
  timeZone: string,
): TemporalValue | undefined {
  const today = dayTime(toZonedParts(now, timeZone).date);
  const year = new Date(today).getUTCFullYear();
  const noArgs = (value: TemporalValue): TemporalValue => {
    expectArgs(args, 0, 0);
    return value;
  };
  switch (name) {
    case "NOW":
      return noArgs({ kind: "instant", time: Math.floor(now.getTime() / 60000) * 60000 });
    case "TODAY":
      return noArgs(oneDay(today));
    case "YESTERDAY":
      return noArgs(oneDay(today - DAY_MS));
    case "TOMORROW":
      return noArgs(oneDay(today + DAY_MS));
    case "FROM_TODAY":
      return fromToday(today, args);
    case "THIS_WEEK":
      return week(today, 0, args);
    case "LAST_WEEK":
      return week(today, -1, args);
    case "NEXT_WEEK":
      return week(today, 1, args);
    case "THIS_MONTH":
      return month(today, 0, args);
    case "LAST_MONTH":
      return month(today, -1, args);
    case "NEXT_MONTH":
      return month(today, 1, args);
    case "THIS_YEAR":
      return noArgs(span(Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)));
    case "LAST_YEAR":
      return noArgs(span(Date.UTC(year - 1, 0, 1), Date.UTC(year, 0, 1)));
    case "NEXT_YEAR":
      return noArgs(span(Date.UTC(year + 1, 0, 1), Date.UTC(year + 2, 0, 1)));
    default:
      return undefined;
  }
}
