import { createParamError } from "./errors";
import type { Params } from "./parse-params";

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === "";
}

/** Reads a required positive integer parameter (`app`, `id`, `record`…), numbers or strings. */
export function readPositiveInt(params: Params, name: string): number {
  const value = params[name];
  if (isBlank(value)) throw createParamError(name, "E_LK_V_REQUIRED_PARAM");
  const number = Number(value);
  if (!Number.isInteger(number)) throw createParamError(name, "E_LK_V_INTEGER");
  if (number < 1) throw createParamError(name, "E_LK_V_MIN_1");
  return number;
}

/** Reads an optional non-negative integer parameter. */
export function readOptionalInt(params: Params, name: string): number | undefined {
  const value = params[name];
  if (isBlank(value)) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw createParamError(name, "E_LK_V_INTEGER");
  return number;
}

/** Reads an optional expected revision; omitted, null and -1 mean "no check". */
export function readRevision(value: unknown, name = "revision"): number | undefined {
  if (isBlank(value)) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number)) throw createParamError(name, "E_LK_V_INTEGER");
  return number === -1 ? undefined : number;
}

/** Reads a required string parameter. */
export function readString(params: Params, name: string): string {
  const value = params[name];
  if (isBlank(value)) throw createParamError(name, "E_LK_V_REQUIRED_PARAM");
  if (typeof value !== "string" && typeof value !== "number")
    throw createParamError(name, "E_LK_V_INVALID");
  return String(value);
}

/** Reads an optional string parameter. */
export function readOptionalString(params: Params, name: string): string | undefined {
  const value = params[name];
  if (isBlank(value)) return undefined;
  if (typeof value !== "string" && typeof value !== "number")
    throw createParamError(name, "E_LK_V_INVALID");
  return String(value);
}

/** Reads an optional array parameter (a single value counts as a one-element array). */
export function readOptionalArray(params: Params, name: string): unknown[] | undefined {
  const value = params[name];
  if (value === undefined || value === null) return undefined;
  return Array.isArray(value) ? value : [value];
}

/** Reads a boolean that may arrive as `true` or `"true"`. */
export function readBoolean(params: Params, name: string): boolean {
  const value = params[name];
  return value === true || value === "true";
}

/** Reads a required object parameter (e.g. `record`). */
export function readObject(params: Params, name: string): Record<string, unknown> {
  const value = params[name];
  if (value === undefined || value === null) throw createParamError(name, "E_LK_V_REQUIRED_PARAM");
  if (typeof value !== "object" || Array.isArray(value))
    throw createParamError(name, "E_LK_V_INVALID");
  return value as Record<string, unknown>;
}
