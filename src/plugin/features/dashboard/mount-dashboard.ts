import type { PluginConfig } from "../../config";
import type { KintoneApi } from "../../kintone/kintone-global";
import { h, mountOnce } from "../../ui/dom";
import { t } from "../../ui/text";
import { describeError } from "../call-log/draft-panel";
import { loadCallMetrics, renderDashboard } from "./dashboard-panel";

/** Shows the dashboard in the call-log list's header space (once per page). */
export function mountDashboard(kintone: KintoneApi, config: PluginConfig): void {
  const header = kintone.app.getHeaderSpaceElement();
  if (!header) return;
  const host = mountOnce(header, "dashboard", () =>
    h("div", { className: "madoguchi-root" }, [
      h("p", { className: "madoguchi-status", text: t("M_PLUGIN_LOADING") }),
    ]),
  );
  if (host.dataset["loaded"] === "true") return;
  host.dataset["loaded"] = "true";
  loadCallMetrics(kintone, config)
    .then((metrics) => host.replaceChildren(renderDashboard(metrics)))
    .catch((error: unknown) => {
      host.dataset["loaded"] = "false";
      host.replaceChildren(
        h("p", {
          className: "madoguchi-status",
          text: t("E_PLUGIN_DASHBOARD_FAILED", { detail: describeError(error) }),
          attrs: { "data-tone": "error" },
        }),
      );
    });
}
