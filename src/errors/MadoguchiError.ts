/**
 * The base of every error madoguchi throws on purpose.
 *
 * `code` is stable (tests, logs and UIs switch on it); `message` is written for the person who
 * will read it, Japanese first where staff see it. The original error stays in `cause`.
 */
export class MadoguchiError extends Error {
  override name = "MadoguchiError";
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** True for any error madoguchi threw on purpose. */
export function isMadoguchiError(error: unknown): error is MadoguchiError {
  return error instanceof MadoguchiError;
}
