import { randomBytes } from "node:crypto";
import { KintoneApiError } from "../../errors";
import type { Lang } from "../../messages";
import { formatMessage } from "../../messages";

/** kintone's error body. */
export type KintoneErrorBody = {
  code: string;
  id: string;
  message: string;
  errors?: Record<string, { messages: string[] }>;
};

/** A random error id like kintone's (about 20 base64url characters). */
export function createErrorId(): string {
  return randomBytes(15).toString("base64url");
}

/** Turns any thrown value into kintone's error JSON and an HTTP status. */
export function renderError(
  error: unknown,
  lang: Lang,
): { status: number; body: KintoneErrorBody } {
  if (error instanceof KintoneApiError) {
    const body: KintoneErrorBody = {
      code: error.code,
      id: createErrorId(),
      message: formatMessage(error.messageKey, lang, error.params),
    };
    if (error.errors) {
      body.errors = Object.fromEntries(
        Object.entries(error.errors).map(([path, details]) => [
          path,
          { messages: details.map((detail) => formatMessage(detail.key, lang, detail.params)) },
        ]),
      );
    }
    return { status: error.status, body };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return {
    status: 500,
    body: {
      code: "CB_UN01",
      id: createErrorId(),
      message: formatMessage("E_LK_INTERNAL", lang, { detail }),
    },
  };
}

/** Picks the response language from Accept-Language: English only when it is preferred. */
export function pickLang(acceptLanguage: string | null | undefined): Lang {
  const first = (acceptLanguage ?? "").split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "ja";
}
