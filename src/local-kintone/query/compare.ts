import { getZoneOffsetMinutes, toZonedParts } from "../records/time";
import type { FieldKind } from "./fields";
import type { TemporalValue } from "./functions";

/** A half-open interval [start, end): milliseconds for dates and date-times, minutes for times. */
export type Range = { start: number; end: number };

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

function dayStart(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

/** Turns a field value or a literal into a time range in the field's own unit (undefined if unreadable). */
export function toRange(
  kind: FieldKind,
  value: string | TemporalValue,
  env: { now: Date; timeZone: string },
): Range | undefined {
  const offset = kind === "datetime" ? getZoneOffsetMinutes(env.now, env.timeZone) * MINUTE_MS : 0;
  if (typeof value !== "string") {
    if (value.kind === "instant") {
      if (kind === "datetime") return { start: value.time, end: value.time + MINUTE_MS };
      const day = dayStart(toZonedParts(new Date(value.time), env.timeZone).date);
      return { start: day, end: day + DAY_MS };
    }
    return { start: dayStart(value.from) - offset, end: dayStart(value.to) - offset };
  }
  if (kind === "time") {
    const match = /^(\d{1,2}):(\d{2})/.exec(value);
    if (!match) return undefined;
    const minute = Number(match[1]) * 60 + Number(match[2]);
    return { start: minute, end: minute + 1 };
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const start = dayStart(value) - offset;
    return Number.isNaN(start) ? undefined : { start, end: start + DAY_MS };
  }
  const time = Date.parse(value);
  if (Number.isNaN(time)) return undefined;
  if (kind === "date") {
    const day = dayStart(toZonedParts(new Date(time), env.timeZone).date);
    return { start: day, end: day + DAY_MS };
  }
  const minute = Math.floor(time / MINUTE_MS) * MINUTE_MS;
  return { start: minute, end: minute + MINUTE_MS };
}

export function compareRanges(operator: string, field: Range, literal: Range): boolean {
  switch (operator) {
    case "=":
      return field.start >= literal.start && field.start < literal.end;
    case "!=":
      return !(field.start >= literal.start && field.start < literal.end);
    case ">":
      return field.start >= literal.end;
    case ">=":
      return field.start >= literal.start;
    case "<":
      return field.start < literal.start;
    default:
      return field.start < literal.end;
  }
}

export function compareNumbers(operator: string, a: number, b: number): boolean {
  switch (operator) {
    case "=":
      return a === b;
    case "!=":
      return a !== b;
    case ">":
      return a > b;
    case ">=":
      return a >= b;
    case "<":
      return a < b;
    default:
      return a <= b;
  }
}
