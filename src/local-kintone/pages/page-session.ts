import type { Context } from "hono";
import { getSession, readSessionCookie, SESSION_COOKIE_NAME, type Session } from "../auth";
import type { ServerContext } from "../context";
import { findUser, type LocalUser } from "../users";

/** A logged-in browser: the session and its user. */
export type PageSession = { session: Session; user: LocalUser };

/** The session of a page request, or undefined when not logged in. */
export function readPageSession(context: ServerContext, c: Context): PageSession | undefined {
  const sessionId = readSessionCookie(c.req.header("cookie"));
  const session = sessionId ? getSession(context, sessionId) : undefined;
  const user = session ? findUser(session.userCode) : undefined;
  return session && user ? { session, user } : undefined;
}

/** Redirects to the login page, remembering where the user wanted to go. */
export function redirectToLogin(c: Context): Response {
  const url = new URL(c.req.url);
  return c.redirect(`/login?next=${encodeURIComponent(url.pathname + url.search)}`, 302);
}

/** The Set-Cookie value for a new session (HttpOnly, SameSite=Lax, as the REST side expects). */
export function buildSessionCookie(sessionId: string): string {
  return `${SESSION_COOKIE_NAME}=${encodeURIComponent(sessionId)}; HttpOnly; SameSite=Lax; Path=/`;
}

export function buildClearedSessionCookie(): string {
  return `${SESSION_COOKIE_NAME}=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0`;
}

/** Only same-site paths are accepted as the post-login target (no open redirect). */
export function sanitizeNextPath(next: string | undefined | null): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.includes("\\")) return "/k/";
  return next;
}

/**
 * A JSON call from one of the shell's pages: logged in, `X-Requested-With` set, the request
 * token in the body, and (when the browser says so) from this origin.
 */
export function checkInternalCall(
  context: ServerContext,
  c: Context,
  body: { __REQUEST_TOKEN__?: unknown },
): PageSession | undefined {
  const page = readPageSession(context, c);
  if (!page) return undefined;
  if (c.req.header("x-requested-with") !== "XMLHttpRequest") return undefined;
  const site = c.req.header("sec-fetch-site");
  if (site !== undefined && site !== "same-origin") return undefined;
  if (body.__REQUEST_TOKEN__ !== page.session.requestToken) return undefined;
  return page;
}
