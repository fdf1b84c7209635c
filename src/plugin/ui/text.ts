import type { MessageKey } from "../../messages";
import { formatMessage } from "../../messages";

/** Japanese UI text (the desk's language); English stays in the messages table for docs and logs. */
export function t(key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return formatMessage(key, "ja", params);
}
