import { MadoguchiError } from "./MadoguchiError";

/** Why a call from madoguchi to a kintone (real or local) failed. */
export type KintoneClientErrorCode =
  | "kintone_unreachable"
  | "kintone_auth"
  | "kintone_permission"
  | "kintone_app_not_found"
  | "kintone_request"
  | "kintone_deploy_failed"
  | "kintone_config";

/**
 * A failure talking to kintone as a client (setup, repositories, `madoguchi answer`). The
 * message is bilingual and says what to check; kintone's own error stays in `cause`.
 */
export class KintoneClientError extends MadoguchiError {
  override name = "KintoneClientError";
  declare readonly code: KintoneClientErrorCode;

  constructor(code: KintoneClientErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
  }
}

/** True for errors raised by madoguchi's kintone client code. */
export function isKintoneClientError(error: unknown): error is KintoneClientError {
  return error instanceof KintoneClientError;
}
