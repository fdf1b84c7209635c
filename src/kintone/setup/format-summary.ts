import { formatBilingual, formatMessage } from "../../messages";
import { CLIENT_TOKEN_RIGHTS, MADOGUCHI_APPS } from "../apps";
import type { SetupResult } from "./run-setup";
import { PLUGIN_APPS } from "./set-up-plugin";
import { SETUP_STATE_FILE } from "./setup-state";

/** The URL of an app's record list. */
export function toAppUrl(baseUrl: string, appId: string): string {
  return `${baseUrl}/k/${appId}/`;
}

/** Lines telling an administrator which API tokens to create by hand (real kintone). */
export function formatManualTokenSteps(): string[] {
  const lines = [formatBilingual("M_KT_TOKENS_MANUAL")];
  for (const [client, rightsByApp] of Object.entries(CLIENT_TOKEN_RIGHTS)) {
    const rights = Object.entries(rightsByApp)
      .map(
        ([key, list]) =>
          `${MADOGUCHI_APPS.find((app) => app.key === key)?.name ?? key}=${(list ?? []).join("+")}`,
      )
      .join(", ");
    lines.push(formatMessage("M_KT_TOKEN_RIGHTS_LINE", "ja", { client, rights }));
  }
  return lines;
}

/** The Japanese-first summary printed after setup: apps with URLs, where secrets went, notes. */
export function formatSetupSummary(
  result: SetupResult,
  params: { baseUrl: string; seconds: number },
): string[] {
  const lines = [formatBilingual("M_KT_SETUP_DONE", { seconds: params.seconds.toFixed(1) })];
  if (!result.changed) lines.push(formatBilingual("M_KT_SETUP_NOTHING_CHANGED"));
  lines.push(formatBilingual("M_KT_SUMMARY_APPS"));
  for (const app of MADOGUCHI_APPS) {
    const appId = result.apps[app.key];
    lines.push(
      formatMessage("M_KT_SUMMARY_APP_LINE", "ja", {
        name: app.name,
        appId,
        url: toAppUrl(params.baseUrl, appId),
      }),
    );
  }
  lines.push(formatBilingual("M_KT_SUMMARY_STATE", { path: SETUP_STATE_FILE }));
  if (!result.tokens) lines.push(...formatManualTokenSteps());
  if (!result.tokens && result.plugin.pluginId) {
    for (const key of PLUGIN_APPS) {
      const url = `${params.baseUrl}/k/admin/app/${result.apps[key]}/plugin/config?pluginId=${result.plugin.pluginId}`;
      lines.push(formatBilingual("M_KT_SUMMARY_PLUGIN_CONFIG", { url }));
    }
  }
  lines.push(formatBilingual("M_KT_NO_CUSTOMIZE"));
  return lines;
}
