import type { Context, Hono } from "hono";
import type { ServerContext } from "../context";
import { formatMessage } from "../../messages";
import type { ShellPage } from "./boot-data";
import { buildRecordPageBoot, readAppName } from "./build-boot";
import { readPageSession, redirectToLogin } from "./page-session";
import { renderMessagePage, renderShellPage } from "./render-html";

const TITLES: Record<string, string> = {
  portal: "ポータル",
  index: "レコード一覧",
  detail: "レコード詳細",
  create: "レコード追加",
};

/** Portal and record pages, at kintone's URL shapes. */
export function registerRecordRoutes(app: Hono, context: ServerContext): void {
  const renderPage = (c: Context, page: ShellPage, appId: number | null) => {
    const session = readPageSession(context, c);
    if (!session) return redirectToLogin(c);
    if (appId !== null && readAppName(context, appId) === undefined) {
      return c.html(
        renderMessagePage({
          lang: "ja",
          title: "404",
          message: formatMessage("E_SHELL_NOT_FOUND", "ja"),
          userName: session.user.name,
        }),
        404,
      );
    }
    const boot = buildRecordPageBoot(context, session, { page, appId });
    c.header("Cache-Control", "no-store");
    return c.html(
      renderShellPage(
        boot,
        appId === null ? (TITLES[page] ?? "") : `${boot.appName} - ${TITLES[page] ?? ""}`,
      ),
    );
  };
  app.get("/", (c) => c.redirect("/k/", 302));
  app.get("/k", (c) => c.redirect("/k/", 302));
  app.get("/k/", (c) => renderPage(c, "portal", null));
  app.get("/k/:app{[0-9]+}", (c) => c.redirect(`/k/${c.req.param("app")}/`, 302));
  app.get("/k/:app{[0-9]+}/", (c) => renderPage(c, "index", Number(c.req.param("app"))));
  // Detail and edit share /show: the hash (#record=1&mode=edit) picks the view in the browser.
  app.get("/k/:app{[0-9]+}/show", (c) => renderPage(c, "detail", Number(c.req.param("app"))));
  app.get("/k/:app{[0-9]+}/edit", (c) => renderPage(c, "create", Number(c.req.param("app"))));
}
