import { KintoneRestAPIError } from "@kintone/rest-api-client";
import { KintoneClientError, isMadoguchiError } from "../../errors";
import { formatBilingual } from "../../messages";

/** kintone error codes that mean the credentials are wrong. */
const AUTH_CODES = new Set(["CB_AU01", "CB_WA01", "GAIA_IA02", "GAIA_IA01"]);
/** kintone error codes that mean the login may not do this. */
const PERMISSION_CODES = new Set(["CB_NO02", "GAIA_NO01"]);

function describeRestError(error: KintoneRestAPIError): string {
  const fields = error.errors ? ` ${JSON.stringify(error.errors)}` : "";
  return `${error.code} (${error.status}) ${error.message}${fields}`;
}

/**
 * The one place that turns errors from rest-api-client and the network into KintoneClientError
 * with a message saying what to check. Our own errors pass through unchanged.
 */
export function mapKintoneError(error: unknown, baseUrl: string): Error {
  if (isMadoguchiError(error)) return error;
  if (error instanceof KintoneRestAPIError) {
    const detail = describeRestError(error);
    if (AUTH_CODES.has(error.code) || error.status === 401) {
      return new KintoneClientError(
        "kintone_auth",
        formatBilingual("E_KT_AUTH", { baseUrl, detail }),
        { cause: error },
      );
    }
    if (PERMISSION_CODES.has(error.code) || error.status === 403) {
      return new KintoneClientError(
        "kintone_permission",
        formatBilingual("E_KT_PERMISSION", { detail }),
        {
          cause: error,
        },
      );
    }
    return new KintoneClientError("kintone_request", formatBilingual("E_KT_REQUEST", { detail }), {
      cause: error,
    });
  }
  const detail = error instanceof Error ? describeNetworkError(error) : String(error);
  if (
    /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|socket hang up|fetch failed/i.test(
      detail,
    )
  ) {
    return new KintoneClientError(
      "kintone_unreachable",
      formatBilingual("E_KT_UNREACHABLE", { baseUrl, detail }),
      {
        cause: error,
      },
    );
  }
  return new KintoneClientError("kintone_request", formatBilingual("E_KT_REQUEST", { detail }), {
    cause: error,
  });
}

function describeNetworkError(error: Error): string {
  const code = (error as { code?: unknown }).code;
  const cause = error.cause instanceof Error ? ` ${error.cause.message}` : "";
  return `${typeof code === "string" ? `${code} ` : ""}${error.message}${cause}`;
}

/** Runs a kintone call and maps whatever it throws. */
export async function callKintone<T>(baseUrl: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw mapKintoneError(error, baseUrl);
  }
}
