import { h, t } from "../dom";
import { getRest, showLoadError, type PageContext } from "./page-context";

/** The portal (`/k/`): the apps the user can open. */
export async function showPortalPage(context: PageContext): Promise<void> {
  let apps: { appId: string; name: string; description?: string }[];
  try {
    ({ apps } = await getRest<{ apps: typeof apps }>(context, "/k/v1/apps.json", {}));
  } catch (error) {
    showLoadError(context, error);
    return;
  }
  const list =
    apps.length === 0
      ? h("p", { className: "lk-empty", text: t("M_SHELL_NO_APPS") })
      : h(
          "ul",
          { className: "lk-app-list" },
          apps.map((app) =>
            h("li", {}, [
              h("a", {
                className: "lk-app-link",
                text: app.name,
                attrs: { href: `/k/${app.appId}/` },
              }),
              h("span", { className: "lk-app-id", text: ` #${app.appId}` }),
            ]),
          ),
        );
  context.main.replaceChildren(
    h("div", { className: "lk-toolbar" }, [
      h("h1", { className: "lk-page-title", text: t("M_SHELL_PORTAL") }),
    ]),
    h("section", { className: "lk-panel" }, [h("h2", { text: t("M_SHELL_APPS") }), list]),
  );
  await context.runtime.fire("portal.show", { type: "portal.show" });
}
