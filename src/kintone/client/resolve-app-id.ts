import { KintoneClientError } from "../../errors";
import { formatBilingual } from "../../messages";
import type { AppKey } from "../apps";
import { MADOGUCHI_APPS } from "../apps";
import { findApp } from "../setup/find-apps";
import { readSetupState } from "../setup/setup-state";
import type { KintoneApi } from "./kintone-api";

/** `callLog` → `MADOGUCHI_CALL_LOG_APP_ID`: the variable that pins an app id. */
export function toAppIdEnvName(key: AppKey): string {
  return `MADOGUCHI_${key.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase()}_APP_ID`;
}

/**
 * Finds a madoguchi app's id: `MADOGUCHI_<APP>_APP_ID`, else what `madoguchi setup` recorded
 * for this kintone in `.madoguchi/setup.json`, else the app with the definition's name.
 */
export async function resolveAppId(
  api: KintoneApi,
  params: { key: AppKey; env: Readonly<Record<string, string | undefined>>; cwd: string },
): Promise<string> {
  const envName = toAppIdEnvName(params.key);
  const pinned = params.env[envName]?.trim();
  if (pinned) return pinned;
  const state = await readSetupState(params.cwd, api.baseUrl);
  const remembered = state?.apps[params.key];
  if (remembered) return remembered;
  const definition = MADOGUCHI_APPS.find((app) => app.key === params.key);
  const found = definition ? await findApp(api, definition) : null;
  if (found) return found;
  throw new KintoneClientError(
    "kintone_app_not_found",
    formatBilingual("E_KT_APP_NOT_FOUND", { name: definition?.name ?? params.key, env: envName }),
  );
}
