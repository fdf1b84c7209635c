import { ConfigError } from "../../errors";
import { formatBilingual } from "../../messages";

/** Where madoguchi's Node tools find kintone when nothing is configured: the local server. */
export const DEFAULT_KINTONE_BASE_URL = "http://localhost:3100";

/** The local server's demo administrator (src/local-kintone/users.ts), used only for localhost. */
export const LOCAL_DEMO_LOGIN = { username: "Administrator", password: "madoguchi" } as const;

export type KintoneAuth =
  | { readonly kind: "password"; readonly username: string; readonly password: string }
  | { readonly kind: "apiToken"; readonly tokens: readonly string[] };

/** How to reach one kintone: base URL and credentials. */
export type KintoneConnection = { readonly baseUrl: string; readonly auth: KintoneAuth };

/** Overrides from command-line options (`--base-url`, `--username`, `--password`). */
export type ConnectionOverrides = {
  readonly baseUrl?: string;
  readonly username?: string;
  readonly password?: string;
  readonly apiToken?: string;
};

function isLoopback(url: URL): boolean {
  return url.hostname === "localhost" || url.hostname === "127.0.0.1" || url.hostname === "[::1]";
}

function parseBaseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError("kintone_config", formatBilingual("E_KT_BAD_BASE_URL", { value }));
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopback(url))) {
    throw new ConfigError("kintone_config", formatBilingual("E_KT_BAD_BASE_URL", { value }));
  }
  return url.origin;
}

/**
 * Reads the connection from `KINTONE_BASE_URL`, `KINTONE_USERNAME`/`KINTONE_PASSWORD` or
 * `KINTONE_API_TOKEN` (comma-separated), with command-line overrides winning. Password auth wins
 * over tokens when both are given. Without credentials, a loopback URL uses the local server's
 * demo administrator; any other URL is a ConfigError.
 */
export function readKintoneConnection(
  env: Readonly<Record<string, string | undefined>>,
  overrides: ConnectionOverrides = {},
): KintoneConnection {
  const baseUrl = parseBaseUrl(
    overrides.baseUrl ?? env["KINTONE_BASE_URL"] ?? DEFAULT_KINTONE_BASE_URL,
  );
  const username = overrides.username ?? env["KINTONE_USERNAME"];
  const password = overrides.password ?? env["KINTONE_PASSWORD"];
  if (username && password) return { baseUrl, auth: { kind: "password", username, password } };
  const tokenList = overrides.apiToken ?? env["KINTONE_API_TOKEN"];
  const tokens = (tokenList ?? "")
    .split(",")
    .map((token) => token.trim())
    .filter((token) => token.length > 0);
  if (tokens.length > 0) return { baseUrl, auth: { kind: "apiToken", tokens } };
  if (isLoopback(new URL(baseUrl)))
    return { baseUrl, auth: { kind: "password", ...LOCAL_DEMO_LOGIN } };
  throw new ConfigError("kintone_config", formatBilingual("E_KT_NO_CREDENTIALS", { baseUrl }));
}
