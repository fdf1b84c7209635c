import type { KintoneErrorDetail } from "../../errors";
import { KintoneApiError } from "../../errors";
import type { MessageKey } from "../../messages";

/** Builds a KintoneApiError with a message key named after the kintone code. */
export function createApiError(
  status: number,
  code: string,
  params?: Record<string, string | number>,
): KintoneApiError {
  return new KintoneApiError({ status, code, messageKey: `E_LK_${code}` as MessageKey, params });
}

/** 400 CB_VA01 with kintone's `errors` object (keys like `record.title.value`). */
export function createValidationError(
  errors: Record<string, KintoneErrorDetail[]>,
): KintoneApiError {
  return new KintoneApiError({ status: 400, code: "CB_VA01", messageKey: "E_LK_CB_VA01", errors });
}

/** 400 CB_VA01 for a single parameter, e.g. a missing `app`. */
export function createParamError(
  name: string,
  key: MessageKey,
  params?: Record<string, string | number>,
): KintoneApiError {
  return createValidationError({ [name]: [{ key, params }] });
}

export const appNotFound = (id: unknown): KintoneApiError =>
  createApiError(404, "GAIA_AP01", { id: String(id) });
export const recordNotFound = (id: unknown): KintoneApiError =>
  createApiError(404, "GAIA_RE01", { id: String(id) });
export const fileNotFound = (id: unknown): KintoneApiError =>
  createApiError(404, "GAIA_BL01", { id: String(id) });
export const revisionConflict = (): KintoneApiError => createApiError(409, "GAIA_CO02");
export const noPrivilege = (): KintoneApiError => createApiError(403, "CB_NO02");

/**
 * Collects field validation messages under kintone's keys, then throws them all at once
 * (kintone reports every problem of a request, not only the first).
 */
export class ValidationCollector {
  private readonly errors: Record<string, KintoneErrorDetail[]> = {};

  add(path: string, key: MessageKey, params?: Record<string, string | number>): void {
    (this.errors[path] ??= []).push({ key, params });
  }

  get isEmpty(): boolean {
    return Object.keys(this.errors).length === 0;
  }

  throwIfAny(): void {
    if (!this.isEmpty) throw createValidationError(this.errors);
  }
}
