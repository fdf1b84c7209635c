/**
 * madoguchi plug-in, record and list screens. Thin: reads the config once and hands each app
 * its features (call log, FAQ, consultation records); every handler returns the event.
 */
import { parseConfig } from "./config";
import { registerFeatures } from "./features/register-features";
import { getKintone } from "./kintone/kintone-global";

// kintone sets $PLUGIN_ID only while this file first runs: capture it now.
const PLUGIN_ID: string = (globalThis as unknown as { kintone: { $PLUGIN_ID: string } }).kintone
  .$PLUGIN_ID;
const kintone = getKintone();
registerFeatures({
  kintone,
  pluginId: PLUGIN_ID,
  config: parseConfig(kintone.plugin.app.getConfig(PLUGIN_ID)),
});
