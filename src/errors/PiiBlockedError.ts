import { formatBilingual } from "../messages/browser";
import { MadoguchiError } from "./MadoguchiError";

/**
 * Outgoing text held block-class personal information (My Number, ID documents, bank or card
 * numbers, secrets), so nothing was sent to the model. Callers turn it into a transfer.
 * It carries the entity types only, never the values.
 */
export class PiiBlockedError extends MadoguchiError {
  override name = "PiiBlockedError";
  readonly types: readonly string[];

  constructor(types: readonly string[]) {
    super("PII_BLOCKED", formatBilingual("E_PII_BLOCKED", { types: types.join(", ") }));
    this.types = types;
  }
}

/** True when a model call was stopped by the personal-information guard. */
export function isPiiBlockedError(error: unknown): error is PiiBlockedError {
  return error instanceof PiiBlockedError;
}
