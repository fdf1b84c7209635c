import type { CallMetrics } from "../../../core";
import { aggregateCalls, toDayKey } from "../../../core";
import type { PluginConfig } from "../../config";
import { fetchAllRecords } from "../../kintone/fetch-records";
import type { KintoneApi } from "../../kintone/kintone-global";
import { h } from "../../ui/dom";
import { t } from "../../ui/text";
import { labelReason } from "../call-log/action-banner";
import { mapCallRecord } from "./map-call-record";
import { CHART_COLORS, drawDailyBars, drawHorizontalBars, drawShareRing } from "./svg-charts";

/** Days the dashboard covers. */
export const DASHBOARD_DAYS = 42;

/** Loads the call log of the last {@link DASHBOARD_DAYS} days and aggregates it. */
export async function loadCallMetrics(
  kintone: KintoneApi,
  config: PluginConfig,
  now = new Date(),
): Promise<CallMetrics> {
  const app = String(kintone.app.getId() ?? config.apps.callLog);
  const since = new Date(now.getTime() - DASHBOARD_DAYS * 86_400_000)
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z");
  const field = config.callLogFields.startedAt;
  const records = await fetchAllRecords(kintone, {
    app,
    ...(field ? { condition: `${field} >= "${since}"` } : {}),
  });
  const today = toDayKey(now.toISOString()) ?? now.toISOString().slice(0, 10);
  return aggregateCalls(
    records.map((record) => mapCallRecord(record, config)),
    { minutesPerCall: config.minutesPerCall, days: DASHBOARD_DAYS, today },
  );
}

/** The effect dashboard: key figures, then charts (inline SVG), then top unanswered questions. */
export function renderDashboard(metrics: CallMetrics): HTMLElement {
  const share = metrics.aiShare === null ? "—" : `${Math.round(metrics.aiShare * 100)}%`;
  const figure = (id: string, label: string, value: string) =>
    h("div", { className: "madoguchi-figure", attrs: { "data-figure": id } }, [
      h("span", { className: "madoguchi-figure-label", text: label }),
      h("strong", { className: "madoguchi-figure-value", text: value }),
    ]);
  const legend = h(
    "ul",
    { className: "madoguchi-legend" },
    metrics.channels.map((channel, index) =>
      h("li", {}, [
        h("span", {
          className: "madoguchi-swatch",
          attrs: { style: `background:${CHART_COLORS[index % CHART_COLORS.length]}` },
        }),
        channel,
      ]),
    ),
  );
  const card = (title: string, body: Node) =>
    h("section", { className: "madoguchi-card" }, [h("h3", { text: title }), body]);
  const reasons = metrics.transfersByReason.map((item) => ({
    key: labelReason(item.key),
    count: item.count,
  }));
  const unanswered = h(
    "ol",
    { className: "madoguchi-unanswered" },
    metrics.topUnanswered.map((cluster) =>
      h("li", {}, [
        cluster.representative,
        h("span", {
          className: "madoguchi-count",
          text: t("M_PLUGIN_TIMES", { count: cluster.count }),
        }),
      ]),
    ),
  );
  return h("div", { className: "madoguchi-dashboard" }, [
    h("h2", { text: t("M_PLUGIN_DASHBOARD_TITLE", { days: DASHBOARD_DAYS }) }),
    h("div", { className: "madoguchi-figures" }, [
      figure("total", t("M_PLUGIN_FIG_TOTAL"), t("M_PLUGIN_CALLS", { count: metrics.total })),
      figure("ai-share", t("M_PLUGIN_FIG_AI_SHARE"), share),
      figure(
        "ai-count",
        t("M_PLUGIN_FIG_AI_COUNT"),
        t("M_PLUGIN_CALLS", { count: metrics.completedByAi }),
      ),
      figure("hours", t("M_PLUGIN_FIG_HOURS"), t("M_PLUGIN_HOURS", { hours: metrics.hoursSaved })),
    ]),
    h("div", { className: "madoguchi-cards" }, [
      card(
        t("M_PLUGIN_CHART_DAILY"),
        h("div", {}, [
          drawDailyBars(metrics.perDay, metrics.channels, t("M_PLUGIN_CHART_DAILY")),
          legend,
        ]),
      ),
      card(
        t("M_PLUGIN_FIG_AI_SHARE"),
        drawShareRing(metrics.aiShare ?? 0, t("M_PLUGIN_FIG_AI_SHARE")),
      ),
      card(
        t("M_PLUGIN_CHART_REASONS"),
        reasons.length
          ? drawHorizontalBars(reasons, t("M_PLUGIN_CHART_REASONS"), "#e67e22")
          : h("p", { text: "—" }),
      ),
      card(
        t("M_PLUGIN_CHART_DEPARTMENTS"),
        metrics.transfersByDepartment.length
          ? drawHorizontalBars(
              metrics.transfersByDepartment.map((item) => ({
                key: item.key === "—" ? t("M_PLUGIN_NO_DEPARTMENT") : item.key,
                count: item.count,
              })),
              t("M_PLUGIN_CHART_DEPARTMENTS"),
            )
          : h("p", { text: "—" }),
      ),
      card(
        t("M_PLUGIN_UNANSWERED"),
        metrics.topUnanswered.length ? unanswered : h("p", { text: t("M_PLUGIN_NONE") }),
      ),
    ]),
  ]);
}
