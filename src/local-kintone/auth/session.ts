import { randomBytes } from "node:crypto";
import type { ServerContext } from "../context";

/** Name of the browser session cookie set at login. */
export const SESSION_COOKIE_NAME = "MADOGUCHI_LK_SESSION";
/** A session (and its request token) lives this long after its last use, as in kintone. */
export const SESSION_TTL_MS = 86_400 * 1000;

/** A browser session: the logged-in user and the CSRF token its pages must send back. */
export type Session = {
  readonly sessionId: string;
  readonly userCode: string;
  /** What `kintone.getRequestToken()` returns; required as `__REQUEST_TOKEN__` on non-GET calls. */
  readonly requestToken: string;
};

type SessionRow = { id: string; user_code: string; request_token: string; last_access: number };

/** Starts a session for a user (after the login form checked the password). */
export function createSession(context: ServerContext, userCode: string): Session {
  const session = {
    sessionId: randomBytes(24).toString("base64url"),
    userCode,
    requestToken: randomBytes(24).toString("base64url"),
  };
  context.db
    .prepare("INSERT INTO sessions (id, user_code, request_token, last_access) VALUES (?, ?, ?, ?)")
    .run(session.sessionId, userCode, session.requestToken, context.now().getTime());
  return session;
}

/** Returns a live session and extends it, or undefined if unknown or expired. */
export function getSession(context: ServerContext, sessionId: string): Session | undefined {
  const row = context.db.prepare("SELECT * FROM sessions WHERE id = ?").get(sessionId) as
    SessionRow | undefined;
  if (!row) return undefined;
  const now = context.now().getTime();
  if (now - row.last_access > SESSION_TTL_MS) {
    deleteSession(context, sessionId);
    return undefined;
  }
  context.db.prepare("UPDATE sessions SET last_access = ? WHERE id = ?").run(now, sessionId);
  return { sessionId: row.id, userCode: row.user_code, requestToken: row.request_token };
}

/** Ends a session (logout). */
export function deleteSession(context: ServerContext, sessionId: string): void {
  context.db.prepare("DELETE FROM sessions WHERE id = ?").run(sessionId);
}

/** Reads the session id from a `Cookie` header, if present. */
export function readSessionCookie(cookieHeader: string | undefined | null): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === SESSION_COOKIE_NAME) return decodeURIComponent(rest.join("="));
  }
  return undefined;
}
