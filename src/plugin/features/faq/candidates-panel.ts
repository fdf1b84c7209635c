import { clusterQuestions, isUnanswered } from "../../../core";
import type { PluginConfig } from "../../config";
import { fetchAllRecords } from "../../kintone/fetch-records";
import type { KintoneApi } from "../../kintone/kintone-global";
import { h } from "../../ui/dom";
import { t } from "../../ui/text";
import { mapCallRecord } from "../dashboard/map-call-record";

/** FAQ candidates: call-log questions the FAQ could not answer, clustered by similarity. */
export function buildCandidatesPanel(context: {
  kintone: KintoneApi;
  config: PluginConfig;
}): HTMLElement {
  const list = h("div", { attrs: { "aria-live": "polite" } }, [
    h("p", { className: "madoguchi-status", text: t("M_PLUGIN_LOADING") }),
  ]);
  const panel = h("section", { className: "madoguchi-card madoguchi-candidates" }, [
    h("h3", { text: t("M_PLUGIN_CANDIDATES_TITLE") }),
    list,
  ]);
  const { config } = context;
  if (!config.apps.callLog) {
    list.replaceChildren(
      h("p", { className: "madoguchi-hint", text: t("M_PLUGIN_CANDIDATES_NO_APP") }),
    );
    return panel;
  }
  fetchAllRecords(context.kintone, { app: config.apps.callLog })
    .then((records) => {
      const unanswered = records
        .map((record) => mapCallRecord(record, config))
        .filter(isUnanswered);
      const clusters = clusterQuestions(
        unanswered.map((call) => call.maskedText),
        { limit: 10 },
      );
      list.replaceChildren(
        clusters.length === 0
          ? h("p", { text: t("M_PLUGIN_NONE") })
          : h(
              "ol",
              { className: "madoguchi-list" },
              clusters.map((cluster) =>
                h("li", { attrs: { title: cluster.examples.join("\n") } }, [
                  cluster.representative,
                  h("span", {
                    className: "madoguchi-count",
                    text: t("M_PLUGIN_TIMES", { count: cluster.count }),
                  }),
                ]),
              ),
            ),
      );
    })
    .catch((error: unknown) =>
      list.replaceChildren(
        h("p", {
          className: "madoguchi-status",
          text: String(error),
          attrs: { "data-tone": "error" },
        }),
      ),
    );
  return panel;
}
