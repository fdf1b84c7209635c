import type { Hono } from "hono";
import { createSession, deleteSession, readSessionCookie, verifyPassword } from "../auth";
import type { ServerContext } from "../context";
import { formatMessage } from "../../messages";
import { USERS } from "../users";
import { escapeHtml, renderFrame } from "./render-html";
import {
  buildClearedSessionCookie,
  buildSessionCookie,
  readPageSession,
  sanitizeNextPath,
} from "./page-session";

function renderLoginPage(params: { next: string; login: string; failed: boolean }): string {
  const text = (key: Parameters<typeof formatMessage>[0], values?: Record<string, string>) =>
    escapeHtml(formatMessage(key, "ja", values));
  const accounts = USERS.map((user) => `${user.code} / ${user.password}`).join("、");
  const error = params.failed
    ? `<div class="lk-alert" role="alert" id="lk-login-error">${text("E_SHELL_LOGIN_FAILED")}<br><span lang="en">${escapeHtml(formatMessage("E_SHELL_LOGIN_FAILED", "en"))}</span></div>`
    : "";
  const body = `<section class="lk-login">
<h1>${text("M_SHELL_LOGIN_TITLE")} <span class="lk-en">/ ${escapeHtml(formatMessage("M_SHELL_LOGIN_TITLE", "en"))}</span></h1>
${error}
<form method="post" action="/login" class="lk-login-form">
<input type="hidden" name="next" value="${escapeHtml(params.next)}">
<label>${text("M_SHELL_LOGIN_NAME")}<input name="username" autocomplete="username" value="${escapeHtml(params.login)}" required></label>
<label>${text("M_SHELL_PASSWORD")}<input name="password" type="password" autocomplete="current-password" required></label>
<button type="submit" class="lk-button lk-primary">${text("M_SHELL_LOGIN_TITLE")}</button>
</form>
<p class="lk-hint">${text("M_SHELL_LOGIN_HINT", { accounts })}</p>
</section>`;
  return renderFrame({
    lang: "ja",
    title: formatMessage("M_SHELL_LOGIN_TITLE", "ja"),
    userName: null,
    body,
  });
}

/** GET/POST /login and GET /logout. */
export function registerLoginRoutes(app: Hono, context: ServerContext): void {
  app.get("/login", (c) => {
    const next = sanitizeNextPath(c.req.query("next"));
    if (readPageSession(context, c)) return c.redirect(next, 302);
    return c.html(renderLoginPage({ next, login: "", failed: false }));
  });

  app.post("/login", async (c) => {
    const form = await c.req.parseBody();
    const login = typeof form["username"] === "string" ? form["username"] : "";
    const password = typeof form["password"] === "string" ? form["password"] : "";
    const next = sanitizeNextPath(typeof form["next"] === "string" ? form["next"] : null);
    const user = verifyPassword(context, login, password);
    if (!user) return c.html(renderLoginPage({ next, login, failed: true }), 401);
    const session = createSession(context, user.code);
    c.header("Set-Cookie", buildSessionCookie(session.sessionId));
    return c.redirect(next, 302);
  });

  app.get("/logout", (c) => {
    const sessionId = readSessionCookie(c.req.header("cookie"));
    if (sessionId) deleteSession(context, sessionId);
    c.header("Set-Cookie", buildClearedSessionCookie());
    return c.redirect("/login", 302);
  });
}
