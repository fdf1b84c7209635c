import type { ServerContext } from "../context";
import { createApiError, noPrivilege } from "../rest/errors";
import type { LocalUser } from "../users";
import { ADMINISTRATOR, findUser } from "../users";
import type { ApiTokenGrant, ApiTokenRight } from "./api-token";
import { MAX_TOKENS_PER_REQUEST, findApiToken } from "./api-token";
import { decodePasswordHeader, verifyPassword } from "./password";
import type { Session } from "./session";
import { getSession, readSessionCookie } from "./session";

/** Who is calling and how they proved it. */
export type RequestAuth =
  | { kind: "password"; user: LocalUser }
  | { kind: "session"; user: LocalUser; session: Session }
  | { kind: "apiToken"; user: LocalUser; grants: readonly ApiTokenGrant[] };

/** The parts of an HTTP request that authentication looks at. */
export type AuthRequest = {
  readonly headers: Headers;
  readonly method: string;
  /** `__REQUEST_TOKEN__` from the body or query, if any. */
  readonly requestToken?: unknown;
};

function readTokens(headers: Headers): string[] {
  const raw = headers.get("x-cybozu-api-token") ?? "";
  return raw
    .split(",")
    .map((token) => token.trim())
    .filter((token) => token !== "");
}

/**
 * Resolves the caller of a REST request the way kintone does: password header first, then API
 * tokens, then the session cookie (non-GET session calls must carry the request token).
 * @throws KintoneApiError 401 CB_AU01 (no credentials), 401 CB_WA01 (wrong password),
 *   400 GAIA_IA02 (unknown API token), 400 CB_IL02 (missing or wrong request token)
 */
export function resolveRequestAuth(context: ServerContext, request: AuthRequest): RequestAuth {
  const passwordHeader = request.headers.get("x-cybozu-authorization");
  if (passwordHeader) {
    const { login, password } = decodePasswordHeader(passwordHeader);
    const user = verifyPassword(context, login, password);
    if (!user) throw createApiError(401, "CB_WA01");
    return { kind: "password", user };
  }
  const tokens = readTokens(request.headers);
  if (tokens.length > 0) {
    const grants = tokens
      .slice(0, MAX_TOKENS_PER_REQUEST)
      .map((token) => findApiToken(context, token));
    if (tokens.length > MAX_TOKENS_PER_REQUEST || grants.some((grant) => grant === undefined)) {
      throw createApiError(400, "GAIA_IA02");
    }
    // kintone records API-token operations as the user "Administrator".
    return { kind: "apiToken", user: ADMINISTRATOR, grants: grants as ApiTokenGrant[] };
  }
  const sessionId = readSessionCookie(request.headers.get("cookie"));
  const session = sessionId ? getSession(context, sessionId) : undefined;
  const user = session ? findUser(session.userCode) : undefined;
  if (!session || !user) throw createApiError(401, "CB_AU01");
  if (request.method !== "GET" && request.requestToken !== session.requestToken) {
    throw createApiError(400, "CB_IL02");
  }
  return { kind: "session", user, session };
}

/**
 * Checks that the caller may do `right` in `appId`. API tokens need a token of that app with
 * that right (GAIA_IA02 when no token belongs to the app, GAIA_NO01 when the right is missing);
 * users may work with records, and only the administrator may `manage`.
 */
export function assertAppRight(auth: RequestAuth, appId: number, right: ApiTokenRight): void {
  if (auth.kind === "apiToken") {
    const grants = auth.grants.filter((grant) => grant.appId === appId);
    if (grants.length === 0) throw createApiError(400, "GAIA_IA02");
    if (!grants.some((grant) => grant.rights.includes(right)))
      throw createApiError(403, "GAIA_NO01");
    return;
  }
  if (right === "manage" && !auth.user.isAdministrator) throw noPrivilege();
}

/** Checks that the caller is the administrator (system-wide settings such as plugins). */
export function assertAdministrator(auth: RequestAuth): void {
  if (auth.kind === "apiToken" || !auth.user.isAdministrator) throw noPrivilege();
}
