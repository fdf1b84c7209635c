import type { BootData } from "../../pages/boot-data";
import { h, t } from "../dom";
import type { KintoneRuntime } from "../kintone/create-kintone";
import { callRest, RestCallError } from "../kintone/rest";
import type { PageBridge } from "../kintone/page-bridge";
import type { FieldProperty } from "../form/record-state";
import type { UserEntity } from "../form/widget-types";

/** What every page controller gets. */
export type PageContext = {
  readonly boot: BootData;
  readonly runtime: KintoneRuntime;
  /** The page's content area (below the banner and the global header). */
  readonly main: HTMLElement;
  readonly setBridge: (bridge: PageBridge) => void;
};

/** GET through the session, as the page's own REST calls. */
export function getRest<T>(
  context: PageContext,
  path: string,
  params: Record<string, unknown>,
): Promise<T> {
  return callRest({
    pathOrUrl: path,
    method: "GET",
    body: params,
    requestToken: context.boot.requestToken,
  }) as Promise<T>;
}

/** The app's live form: field properties and layout. */
export async function loadForm(
  context: PageContext,
): Promise<{ properties: Record<string, FieldProperty>; layout: unknown[] }> {
  const app = context.boot.appId;
  const [fields, layout] = await Promise.all([
    getRest<{ properties: Record<string, FieldProperty> }>(context, "/k/v1/app/form/fields.json", {
      app,
    }),
    getRest<{ layout: unknown[] }>(context, "/k/v1/app/form/layout.json", { app }),
  ]);
  return { properties: fields.properties, layout: layout.layout };
}

/** Users for user-selection fields (the local server's fixed directory). */
export async function loadUsers(): Promise<UserEntity[]> {
  const response = await fetch("/k/api/users.json", {
    headers: { "X-Requested-With": "XMLHttpRequest" },
  });
  if (!response.ok) return [];
  return ((await response.json()) as { users: UserEntity[] }).users;
}

/** A one-line description of a REST failure for an error box. */
export function describeError(error: unknown): string {
  if (error instanceof RestCallError && typeof error.body === "object" && error.body !== null) {
    const body = error.body as { code?: string; message?: string };
    return `${body.message ?? ""} (${body.code ?? error.status})`;
  }
  if (typeof error === "string") return error;
  return error instanceof Error ? error.message : String(error);
}

/** Replaces the content area with an error box. */
export function showLoadError(context: PageContext, error: unknown): void {
  context.main.replaceChildren(
    h("div", {
      className: "lk-alert",
      attrs: { role: "alert" },
      text: t("E_SHELL_LOAD_FAILED", { detail: describeError(error) }),
    }),
  );
}

/** The toolbar every app page has: app name, the header-menu space and actions. */
export function renderAppToolbar(
  context: PageContext,
  title: string,
  actions: Node[],
): { toolbar: HTMLElement; menuSpace: HTMLElement } {
  const menuSpace = h("div", {
    className: "lk-header-menu-space",
    attrs: { id: "lk-header-menu-space" },
  });
  const toolbar = h("div", { className: "lk-toolbar" }, [
    h("h1", { className: "lk-page-title" }, [
      h("a", { text: context.boot.appName, attrs: { href: `/k/${context.boot.appId}/` } }),
      title ? ` › ${title}` : "",
    ]),
    menuSpace,
    h("div", { className: "lk-toolbar-actions" }, actions),
  ]);
  return { toolbar, menuSpace };
}

/** Reads `record=12` and `mode=edit` from kintone's hash (`#record=12&mode=edit`) or the query string. */
export function readRecordLocation(): { recordId: number | null; mode: string | null } {
  const hash = new URLSearchParams(location.hash.replace(/^#/, ""));
  const query = new URLSearchParams(location.search);
  const raw = hash.get("record") ?? query.get("record");
  const recordId = raw !== null && /^\d+$/.test(raw) ? Number(raw) : null;
  return { recordId, mode: hash.get("mode") ?? query.get("mode") };
}
