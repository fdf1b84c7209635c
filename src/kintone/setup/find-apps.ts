import type { AppDefinition } from "../apps";
import type { KintoneApi } from "../client/kintone-api";
import { callKintone } from "../client/map-kintone-error";

/** kintone returns at most 100 apps per apps.json call. */
const APPS_PAGE = 100;

/**
 * Finds the app for a definition: the id remembered by setup when it still exists with the
 * same name, else the oldest app with exactly this name or code. Null when there is none.
 */
export async function findApp(
  api: KintoneApi,
  definition: AppDefinition,
  rememberedId?: string,
): Promise<string | null> {
  const matches: { appId: string; code: string; name: string }[] = [];
  for (let offset = 0; ; offset += APPS_PAGE) {
    const page = await callKintone(api.baseUrl, () =>
      api.client.app.getApps({ name: definition.name, offset, limit: APPS_PAGE }),
    );
    matches.push(
      ...page.apps.filter((app) => app.name === definition.name || app.code === definition.code),
    );
    if (page.apps.length < APPS_PAGE) break;
  }
  if (rememberedId && matches.some((app) => app.appId === rememberedId)) return rememberedId;
  // An app setup created but never deployed (a run that stopped early) is not listed yet.
  if (rememberedId && (await isUndeployedApp(api, rememberedId, definition.name)))
    return rememberedId;
  const sorted = matches.map((app) => app.appId).sort((a, b) => Number(a) - Number(b));
  return sorted[0] ?? null;
}

async function isUndeployedApp(api: KintoneApi, appId: string, name: string): Promise<boolean> {
  try {
    const settings = await api.client.app.getAppSettings({ app: appId, preview: true });
    return settings.name === name;
  } catch {
    return false;
  }
}
