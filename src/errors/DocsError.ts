import type { BrowserMessageKey } from "../messages/browser";
import { BROWSER_MESSAGES, formatBilingual } from "../messages/browser";
import { MadoguchiError } from "./MadoguchiError";

type MessageParams = Readonly<Record<string, string | number>>;

/** The message keys a {@link DocsError} may carry. */
export type DocsErrorKey = Extract<BrowserMessageKey, `E_DOCS_${string}`>;

/** True when `code` (e.g. read back from a stored index) is a documents error key. */
export function isDocsErrorKey(code: string): code is DocsErrorKey {
  return code.startsWith("E_DOCS_") && code in BROWSER_MESSAGES;
}

/**
 * A manual that cannot be indexed (no text layer, password, corrupt, too large) or a
 * documents folder that cannot be used. `file` names the document so staff can fix it.
 */
export class DocsError extends MadoguchiError {
  override name = "DocsError";
  readonly messageKey: BrowserMessageKey;
  readonly params: MessageParams;

  constructor(messageKey: DocsErrorKey, params: MessageParams, cause?: unknown) {
    super(messageKey, formatBilingual(messageKey, params), { cause });
    this.messageKey = messageKey;
    this.params = params;
  }
}

export function isDocsError(error: unknown): error is DocsError {
  return error instanceof DocsError;
}
