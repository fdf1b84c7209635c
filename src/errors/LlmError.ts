import type { BrowserMessageKey } from "../messages/browser";
import { formatBilingual } from "../messages/browser";
import { MadoguchiError } from "./MadoguchiError";

type MessageParams = Readonly<Record<string, string | number>>;

/**
 * A language-model call that failed. Subclasses say why; `messageKey` lets a UI show the
 * message in one language, `status` is the HTTP status when there was one.
 * Only `src/llm/map-error.ts` turns foreign errors (OpenAI SDK, kintone proxy) into these.
 */
export class LlmError extends MadoguchiError {
  override name = "LlmError";
  readonly messageKey: BrowserMessageKey;
  readonly params: MessageParams;
  readonly status: number | undefined;

  constructor(
    code: string,
    messageKey: BrowserMessageKey,
    options: { params?: MessageParams; status?: number; cause?: unknown } = {},
  ) {
    super(code, formatBilingual(messageKey, options.params ?? {}), { cause: options.cause });
    this.messageKey = messageKey;
    this.params = options.params ?? {};
    this.status = options.status;
  }
}

type SubclassOptions = { params?: MessageParams; status?: number; cause?: unknown };

/** No answer within the configured timeout (after the SDK's own retries). */
export class LlmTimeoutError extends LlmError {
  override name = "LlmTimeoutError";
  constructor(options: SubclassOptions = {}) {
    super("LLM_TIMEOUT", "E_LLM_TIMEOUT", options);
  }
}

/** HTTP 429 after the SDK's retries. */
export class LlmRateLimitError extends LlmError {
  override name = "LlmRateLimitError";
  constructor(options: SubclassOptions = {}) {
    super("LLM_RATE_LIMIT", "E_LLM_RATE_LIMIT", options);
  }
}

/** HTTP 401/403: missing, wrong or unauthorised API key. */
export class LlmAuthError extends LlmError {
  override name = "LlmAuthError";
  constructor(options: SubclassOptions = {}) {
    super("LLM_AUTH", "E_LLM_AUTH", options);
  }
}

/** The endpoint could not be reached (DNS, refused connection, TLS, network). */
export class LlmUnreachableError extends LlmError {
  override name = "LlmUnreachableError";
  constructor(options: SubclassOptions = {}) {
    super("LLM_UNREACHABLE", "E_LLM_UNREACHABLE", options);
  }
}

/** HTTP 5xx after the SDK's retries. */
export class LlmServerError extends LlmError {
  override name = "LlmServerError";
  constructor(options: SubclassOptions = {}) {
    super("LLM_SERVER", "E_LLM_SERVER", options);
  }
}

/** HTTP 400/404/409/422: usually a wrong model, deployment or API version. */
export class LlmBadRequestError extends LlmError {
  override name = "LlmBadRequestError";
  constructor(options: SubclassOptions = {}) {
    super("LLM_BAD_REQUEST", "E_LLM_BAD_REQUEST", options);
  }
}

/** The reply arrived but cannot be used: not JSON, not valid for the schema, empty, ungrounded. */
export class LlmBadResponseError extends LlmError {
  override name = "LlmBadResponseError";
  constructor(options: SubclassOptions = {}) {
    super("LLM_BAD_RESPONSE", "E_LLM_BAD_RESPONSE", options);
  }
}

/** The caller aborted the call (cancel button, closed session). */
export class LlmCancelledError extends LlmError {
  override name = "LlmCancelledError";
  constructor(options: SubclassOptions = {}) {
    super("LLM_CANCELLED", "E_LLM_CANCELLED", options);
  }
}

/** kintone's plugin proxy itself refused or failed the request (not the model service). */
export class LlmProxyError extends LlmError {
  override name = "LlmProxyError";
  constructor(options: SubclassOptions = {}) {
    super("LLM_PROXY", "E_LLM_PROXY", options);
  }
}

/** True for any failed language-model call. */
export function isLlmError(error: unknown): error is LlmError {
  return error instanceof LlmError;
}
