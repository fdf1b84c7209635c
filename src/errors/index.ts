export { MadoguchiError, isMadoguchiError } from "./MadoguchiError";
export { ConfigError } from "./ConfigError";
export {
  LlmError,
  LlmTimeoutError,
  LlmRateLimitError,
  LlmAuthError,
  LlmUnreachableError,
  LlmServerError,
  LlmBadRequestError,
  LlmBadResponseError,
  LlmCancelledError,
  LlmProxyError,
  isLlmError,
} from "./LlmError";
export { PiiBlockedError, isPiiBlockedError } from "./PiiBlockedError";
export { KintoneApiError, type KintoneErrorDetail } from "./KintoneApiError";
export { DocsError, isDocsError, isDocsErrorKey, type DocsErrorKey } from "./DocsError";
export { GatewayError, isGatewayError } from "./GatewayError";
export {
  KintoneClientError,
  isKintoneClientError,
  type KintoneClientErrorCode,
} from "./KintoneClientError";
