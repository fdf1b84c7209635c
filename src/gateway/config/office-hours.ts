import { GatewayError } from "../../errors";
import { formatMessage } from "../../messages";
import type { Lang } from "../../messages";

/** When staff can take a transferred call: weekdays (0 = Sunday) and minutes after midnight. */
export type OfficeHours =
  | { readonly kind: "always" }
  | {
      readonly kind: "weekly";
      readonly days: readonly number[];
      readonly start: number;
      readonly end: number;
      readonly timeZone: string;
    };

/** A Japanese city office's usual hours: weekdays 8:30–17:15, Japan time. */
export const DEFAULT_OFFICE_HOURS = "mon-fri 08:30-17:15";
const DAY_NAMES = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
const WEEKDAYS = [1, 2, 3, 4, 5];

/**
 * Parses `mon-fri 08:30-17:15`, `mon,wed,fri 09:00-12:00` or `always`.
 * @throws GatewayError (E_GATEWAY_CONFIG) for anything else
 */
export function parseOfficeHours(text: string, timeZone = "Asia/Tokyo"): OfficeHours {
  const value = text.trim().toLowerCase();
  if (value === "always" || value === "24/7") return { kind: "always" };
  const match = /^([a-z,-]+)\s+(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$/.exec(value);
  const days = match ? parseDays(match[1] as string) : null;
  if (!match || !days) throw configError(`MADOGUCHI_OFFICE_HOURS=${text}`);
  const start = Number(match[2]) * 60 + Number(match[3]);
  const end = Number(match[4]) * 60 + Number(match[5]);
  if (start >= end || end > 24 * 60) throw configError(`MADOGUCHI_OFFICE_HOURS=${text}`);
  return { kind: "weekly", days, start, end, timeZone };
}

function parseDays(text: string): number[] | null {
  const days = new Set<number>();
  for (const part of text.split(",")) {
    const [from, to] = part
      .split("-")
      .map((name) => DAY_NAMES.indexOf(name as (typeof DAY_NAMES)[number]));
    if (from === undefined || from < 0 || (to !== undefined && to < 0)) return null;
    const last = to ?? from;
    for (let day = from; day !== (last + 1) % 7; day = (day + 1) % 7) days.add(day);
    days.add(last);
  }
  return [...days].sort((a, b) => a - b);
}

/** True when `now` falls inside the office hours (in the office's time zone). */
export function isWithinOfficeHours(hours: OfficeHours, now: Date): boolean {
  if (hours.kind === "always") return true;
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: hours.timeZone,
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  const day = DAY_NAMES.indexOf(part("weekday").toLowerCase() as (typeof DAY_NAMES)[number]);
  const minutes = Number(part("hour")) * 60 + Number(part("minute"));
  return hours.days.includes(day) && minutes >= hours.start && minutes < hours.end;
}

/** The office hours as a phrase to say or show, e.g. 「平日の8時30分から17時15分まで」. */
export function describeOfficeHours(hours: OfficeHours, lang: Lang = "ja"): string {
  if (hours.kind === "always") return formatMessage("M_GATEWAY_DAYS_EVERYDAY", lang);
  const isWeekdays = hours.days.join() === WEEKDAYS.join();
  const days = isWeekdays
    ? formatMessage("M_GATEWAY_DAYS_WEEKDAYS", lang)
    : hours.days.map((day) => dayLabel(day, lang)).join(lang === "ja" ? "・" : ", ");
  return formatMessage("M_GATEWAY_OFFICE_HOURS", lang, {
    days,
    start: formatTime(hours.start, lang),
    end: formatTime(hours.end, lang),
  });
}

function dayLabel(day: number, lang: Lang): string {
  return lang === "ja" ? `${"日月火水木金土"[day]}曜日` : (DAY_NAMES[day] ?? "");
}

function formatTime(minutes: number, lang: Lang): string {
  const hour = Math.floor(minutes / 60);
  const minute = minutes % 60;
  if (lang === "en") return `${hour}:${String(minute).padStart(2, "0")}`;
  return minute === 0 ? `${hour}時` : `${hour}時${minute}分`;
}

function configError(detail: string): GatewayError {
  return new GatewayError("E_GATEWAY_CONFIG", formatMessage("E_GATEWAY_CONFIG", "ja", { detail }));
}
