import type { ReasonCode } from "../../core";
import { REASON_CODES } from "../../core";
import type { MessageKey } from "../../messages";
import { formatMessage } from "../../messages";

function isReasonCode(code: string): code is ReasonCode {
  return (REASON_CODES as readonly string[]).includes(code);
}

/** Japanese labels for reason codes (unknown codes are kept as they are). */
export function labelReasons(codes: readonly string[], lang: "ja" | "en" = "ja"): string[] {
  return codes.map((code) =>
    isReasonCode(code)
      ? formatMessage(`M_KT_REASON_${code.toUpperCase()}` as MessageKey, lang)
      : code,
  );
}
