import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from "openai";
import type { LlmError, PiiBlockedError } from "../errors";
import {
  isLlmError,
  isPiiBlockedError,
  LlmAuthError,
  LlmBadRequestError,
  LlmBadResponseError,
  LlmCancelledError,
  LlmProxyError,
  LlmRateLimitError,
  LlmServerError,
  LlmTimeoutError,
  LlmUnreachableError,
} from "../errors";
import { KintoneProxyFailure } from "./kintone-proxy-fetch";

/** What the mapper needs to word its messages. */
export type MapErrorContext = { readonly timeoutMs: number };

/**
 * The one place that turns foreign errors (openai SDK, kintone proxy, fetch, JSON parsing)
 * into madoguchi's {@link LlmError} subclasses. Our own errors pass through unchanged.
 */
export function mapLlmError(error: unknown, context: MapErrorContext): LlmError | PiiBlockedError {
  if (isLlmError(error) || isPiiBlockedError(error)) return error;
  const cause = error;
  if (error instanceof APIUserAbortError || isAbortError(error)) {
    return new LlmCancelledError({ cause });
  }
  if (error instanceof APIConnectionTimeoutError) {
    return new LlmTimeoutError({ params: timeoutParams(context), cause });
  }
  const proxyFailure = findProxyFailure(error);
  if (proxyFailure) return mapProxyFailure(proxyFailure, context, cause);
  if (error instanceof APIConnectionError) return new LlmUnreachableError({ cause });
  if (error instanceof APIError && typeof error.status === "number") {
    return mapStatus(error.status, cause);
  }
  // By name, not instanceof: JSON errors may come from another realm (fetch's body parser).
  if (isNamed(error, "SyntaxError")) {
    return new LlmBadResponseError({ params: { detail: "JSON" }, cause });
  }
  return new LlmUnreachableError({ cause });
}

function mapStatus(status: number, cause: unknown): LlmError {
  const options = { status, params: { status }, cause };
  if (status === 401 || status === 403) return new LlmAuthError(options);
  if (status === 429) return new LlmRateLimitError(options);
  if (status === 408) return new LlmTimeoutError(options);
  if (status >= 500) return new LlmServerError(options);
  return new LlmBadRequestError(options);
}

function mapProxyFailure(
  failure: KintoneProxyFailure,
  context: MapErrorContext,
  cause: unknown,
): LlmError {
  const detail = describeProxyBody(failure.body);
  if (/time ?out|timed out|タイムアウト/i.test(detail)) {
    return new LlmTimeoutError({ params: timeoutParams(context), cause });
  }
  return new LlmProxyError({ params: { detail }, cause });
}

/** kintone answers proxy failures with its error JSON `{code, id, message}` or plain text. */
function describeProxyBody(body: string): string {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed === "object" && parsed !== null) {
      const { code, message } = parsed as { code?: unknown; message?: unknown };
      const parts = [code, message].filter((part) => typeof part === "string" && part !== "");
      if (parts.length > 0) return parts.join(": ").slice(0, 200);
    }
  } catch {
    // Not JSON: use the text itself.
  }
  return body.trim().slice(0, 200) || "no response";
}

function findProxyFailure(error: unknown): KintoneProxyFailure | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    if (current instanceof KintoneProxyFailure) return current;
    current = current.cause;
  }
  return null;
}

function isAbortError(error: unknown): boolean {
  return isNamed(error, "AbortError");
}

function isNamed(error: unknown, name: string): boolean {
  return typeof error === "object" && error !== null && (error as { name?: unknown }).name === name;
}

function timeoutParams(context: MapErrorContext): Record<string, number> {
  return { seconds: Math.round(context.timeoutMs / 100) / 10 };
}
