import { KintoneRestAPIError } from "@kintone/rest-api-client";
import type { KintoneApi } from "../client/kintone-api";
import { mapKintoneError } from "../client/map-kintone-error";

/**
 * Sets the app's description (shown on its list page) when it differs. Servers without the
 * app-settings API (404 CB_NF01, e.g. the local server) are skipped: a description is not
 * worth failing setup for. @returns true when it was changed
 */
export async function applyAppDescription(
  api: KintoneApi,
  params: { appId: string; description: string },
): Promise<boolean> {
  try {
    const current = await api.client.app.getAppSettings({ app: params.appId, preview: true });
    if (current.description === params.description) return false;
    await api.client.app.updateAppSettings({ app: params.appId, description: params.description });
    return true;
  } catch (error) {
    if (error instanceof KintoneRestAPIError && error.code === "CB_NF01") return false;
    throw mapKintoneError(error, api.baseUrl);
  }
}
