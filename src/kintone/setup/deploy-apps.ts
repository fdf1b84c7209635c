import { setTimeout as sleep } from "node:timers/promises";
import { KintoneClientError } from "../../errors";
import { formatBilingual } from "../../messages";
import type { KintoneApi } from "../client/kintone-api";
import { callKintone } from "../client/map-kintone-error";

/** How long to wait for kintone to finish deploying. @default 120 s */
export const DEPLOY_TIMEOUT_MS = 120_000;
const POLL_MS = 250;

/** Deploys the apps' pre-live settings and waits until every one reports SUCCESS. */
export async function deployApps(
  api: KintoneApi,
  apps: readonly { appId: string; name: string }[],
  timeoutMs = DEPLOY_TIMEOUT_MS,
): Promise<void> {
  if (apps.length === 0) return;
  await callKintone(api.baseUrl, () =>
    api.client.app.deployApp({ apps: apps.map((app) => ({ app: app.appId })) }),
  );
  const names = new Map(apps.map((app) => [app.appId, app.name]));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await callKintone(api.baseUrl, () =>
      api.client.app.getDeployStatus({ apps: apps.map((app) => app.appId) }),
    );
    const failed = status.apps.find((app) => app.status === "FAIL" || app.status === "CANCEL");
    if (failed) {
      const name = names.get(failed.app) ?? failed.app;
      throw new KintoneClientError(
        "kintone_deploy_failed",
        formatBilingual("E_KT_DEPLOY_FAILED", { name, status: failed.status }),
      );
    }
    if (status.apps.every((app) => app.status === "SUCCESS")) return;
    if (Date.now() > deadline) {
      const pending = status.apps.find((app) => app.status !== "SUCCESS");
      const name = names.get(pending?.app ?? "") ?? "";
      throw new KintoneClientError(
        "kintone_deploy_failed",
        formatBilingual("E_KT_DEPLOY_TIMEOUT", { name, seconds: Math.round(timeoutMs / 1000) }),
      );
    }
    await sleep(POLL_MS);
  }
}
