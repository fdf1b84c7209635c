/** Formats an instant the way kintone returns timestamps: UTC, whole minutes. */
export function formatKintoneDateTime(date: Date): string {
  return `${date.toISOString().slice(0, 16)}:00Z`;
}

/** The calendar date and time of an instant in a time zone, as "YYYY-MM-DD" and "HH:MM". */
export function toZonedParts(date: Date, timeZone: string): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(date);
  const get = (type: string): string => parts.find((part) => part.type === type)?.value ?? "00";
  return {
    date: `${get("year")}-${get("month")}-${get("day")}`,
    time: `${get("hour")}:${get("minute")}`,
  };
}

/** The UTC offset of a time zone at an instant, in minutes (Asia/Tokyo → 540). */
export function getZoneOffsetMinutes(date: Date, timeZone: string): number {
  const { date: day, time } = toZonedParts(date, timeZone);
  const asUtc = Date.parse(`${day}T${time}:00Z`);
  return Math.round((asUtc - Math.floor(date.getTime() / 60000) * 60000) / 60000);
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date "YYYY-MM-DD". */
export function isValidDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** Normalises "HH:MM" or "HH:MM:SS" to "HH:MM", or undefined when invalid. */
export function normalizeTime(value: string): string | undefined {
  const match = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(value);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, "0")}:${match[2]}`;
}

/** Normalises an ISO-8601 date-time (any offset) to kintone's UTC form, or undefined. */
export function normalizeDateTime(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(value))
    return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : formatKintoneDateTime(new Date(time));
}
