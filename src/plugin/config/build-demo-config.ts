import type { StoredConfig } from "./parse-config";
import { serializeConfig } from "./parse-config";
import { DEFAULT_CONFIG } from "./plugin-config";

/**
 * The stored plugin config for the madoguchi apps as `madoguchi setup` creates them
 * (offline mode, default field codes). The same config goes into every app the plugin is
 * enabled in; each app's id decides which features show there.
 */
export function buildDemoConfig(apps: {
  readonly faq: string;
  readonly departments: string;
  readonly callLog: string;
  readonly consultation: string;
  readonly manuals: string;
}): StoredConfig {
  return serializeConfig({ ...DEFAULT_CONFIG, apps: { ...apps } });
}
