import { formatMessage, type Lang } from "../../messages";
import { BOOT_ELEMENT_ID, type BootData } from "./boot-data";
import { BUNDLE_URL, CSS_URL, hasBundle, resolveBundlePath } from "./assets";

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** JSON safe inside a `<script type="application/json">` (no `</script>`, no `<!--`). */
export function toScriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

function banner(): string {
  const ja = formatMessage("M_SHELL_BANNER", "ja");
  const en = formatMessage("M_SHELL_BANNER", "en");
  return `<div class="lk-banner" role="note">${escapeHtml(ja)} / ${escapeHtml(en)}</div>`;
}

/** The page frame: banner, global header (user, logout), content area. */
export function renderFrame(params: {
  lang: Lang;
  title: string;
  userName: string | null;
  body: string;
  head?: string;
}): string {
  const { lang } = params;
  const user =
    params.userName === null
      ? ""
      : `<span class="lk-user-name">${escapeHtml(params.userName)}</span> <a class="lk-logout" href="/logout">${escapeHtml(formatMessage("M_SHELL_LOGOUT", lang))}</a>`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(params.title)} - ${escapeHtml(formatMessage("M_SHELL_TITLE", lang))}</title>
<link rel="stylesheet" href="${CSS_URL}">
${params.head ?? ""}
</head>
<body>
${banner()}
<header class="lk-global-header"><a class="lk-home" href="/k/">${escapeHtml(formatMessage("M_SHELL_TITLE", lang))}</a><div class="lk-global-user">${user}</div></header>
<main id="lk-main" class="lk-main">${params.body}</main>
</body>
</html>`;
}

/** A page rendered by the client bundle from its boot data. */
export function renderShellPage(boot: BootData, title: string): string {
  const body = hasBundle()
    ? ""
    : `<div class="lk-alert" role="alert">${escapeHtml(formatMessage("E_SHELL_BUNDLE_MISSING", boot.lang, { path: resolveBundlePath() }))}</div>`;
  const head = `<script type="application/json" id="${BOOT_ELEMENT_ID}">${toScriptJson(boot)}</script>\n<script src="${BUNDLE_URL}" defer></script>`;
  return renderFrame({ lang: boot.lang, title, userName: boot.user.name, body, head });
}

/** A server-rendered message page (errors, access denied). */
export function renderMessagePage(params: {
  lang: Lang;
  title: string;
  message: string;
  userName: string | null;
}): string {
  return renderFrame({
    ...params,
    body: `<div class="lk-alert" role="alert">${escapeHtml(params.message)}</div>`,
  });
}
