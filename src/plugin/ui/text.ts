import type { BrowserMessageKey } from "../../messages/browser";
import { formatMessage } from "../../messages/browser";

/** Japanese UI text (the desk's language); English stays in the messages table for docs and logs. */
export function t(
  key: BrowserMessageKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return formatMessage(key, "ja", params);
}
