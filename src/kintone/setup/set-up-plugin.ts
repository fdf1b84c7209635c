import { formatBilingual } from "../../messages";
import { buildDemoConfig } from "../../plugin/config";
import type { SetupServerHooks } from "./server-hooks";
import type { AppKey } from "../apps";
import type { KintoneApi } from "../client/kintone-api";
import type { Progress } from "./apply-app";
import type { PluginInstallResult } from "./install-plugin";
import { enablePluginInApp, installPlugin } from "./install-plugin";
import { PLUGIN_KEY_FILE, packPlugin } from "./pack-plugin";
import type { SetupState } from "./setup-state";

/** Apps the plugin runs in (the departments app needs no panel). */
export const PLUGIN_APPS: readonly AppKey[] = ["callLog", "consultations", "faq", "manuals"];

export type PluginSetupResult = {
  readonly pluginId: string | null;
  readonly contentHash: string | null;
  readonly install: PluginInstallResult | "skipped";
  /** App ids the plugin was newly added to (they need a deploy). */
  readonly enabledIn: readonly string[];
  readonly skippedReason: string | null;
};

const SKIPPED = (reason: string | null): PluginSetupResult => ({
  pluginId: null,
  contentHash: null,
  install: "skipped",
  enabledIn: [],
  skippedReason: reason,
});

/**
 * Packs the plugin (key generated once in .madoguchi/plugin.ppk), installs or updates it, and
 * adds it to the madoguchi apps' pre-live settings. A plugin that is not built yet is skipped
 * with a note, so the apps can still be set up.
 */
export async function setUpPlugin(
  api: KintoneApi,
  params: {
    cwd: string;
    apps: Readonly<Record<AppKey, string>>;
    enabled: boolean;
    previous: SetupState | null;
    progress: Progress;
  },
): Promise<PluginSetupResult> {
  if (!params.enabled) return SKIPPED(null);
  params.progress(formatBilingual("M_KT_PLUGIN_PACKING"));
  let packed;
  try {
    packed = await packPlugin(params.cwd);
  } catch (error) {
    const detail = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
    params.progress(formatBilingual("M_KT_PLUGIN_SKIPPED", { detail }));
    return SKIPPED(detail);
  }
  if (packed.keyCreated)
    params.progress(formatBilingual("M_KT_PLUGIN_NEW_KEY", { path: PLUGIN_KEY_FILE }));
  const previousHash =
    params.previous?.plugin?.id === packed.id ? params.previous.plugin.contentHash : null;
  const install = await installPlugin(api, { plugin: packed, previousHash });
  const messageKey =
    install === "installed"
      ? "M_KT_PLUGIN_INSTALLED"
      : install === "updated"
        ? "M_KT_PLUGIN_UPDATED"
        : "M_KT_PLUGIN_UNCHANGED";
  params.progress(formatBilingual(messageKey, { pluginId: packed.id }));
  const enabledIn: string[] = [];
  for (const key of PLUGIN_APPS) {
    const appId = params.apps[key];
    if (await enablePluginInApp(api, { appId, pluginId: packed.id })) enabledIn.push(appId);
  }
  return {
    pluginId: packed.id,
    contentHash: packed.contentHash,
    install,
    enabledIn,
    skippedReason: null,
  };
}

/**
 * Gives each plugin app the plugin's settings for these apps (offline mode) unless it has
 * settings already: staff's choices are never overwritten. @returns how many were written
 */
export function writePluginConfigs(
  hooks: SetupServerHooks,
  apps: Readonly<Record<AppKey, string>>,
  pluginId: string,
): number {
  const config = buildDemoConfig({
    faq: apps.faq,
    departments: apps.departments,
    callLog: apps.callLog,
    consultation: apps.consultations,
    manuals: apps.manuals,
  });
  return PLUGIN_APPS.filter((key) => hooks.ensurePluginConfig(apps[key], pluginId, config)).length;
}
