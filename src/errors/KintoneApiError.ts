import type { MessageKey } from "../messages";
import { MadoguchiError } from "./MadoguchiError";

/** One message inside kintone's `errors` object, resolved to text when the response is written. */
export type KintoneErrorDetail = {
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, string | number>>;
};

/**
 * An error the local kintone server answers with kintone's JSON shape
 * `{code, id, message, errors}`. `code` is kintone's code (e.g. `GAIA_RE01`); the message is
 * looked up in the request's language when the response is written.
 */
export class KintoneApiError extends MadoguchiError {
  override name = "KintoneApiError";
  readonly status: number;
  readonly messageKey: MessageKey;
  readonly params: Readonly<Record<string, string | number>>;
  readonly errors: Readonly<Record<string, readonly KintoneErrorDetail[]>> | undefined;

  constructor(params: {
    status: number;
    code: string;
    messageKey: MessageKey;
    params?: Record<string, string | number>;
    errors?: Record<string, KintoneErrorDetail[]>;
  }) {
    super(params.code, `${params.code} (${params.status})`);
    this.status = params.status;
    this.messageKey = params.messageKey;
    this.params = params.params ?? {};
    this.errors = params.errors;
  }
}
