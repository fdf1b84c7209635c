/** madoguchi plug-in settings page (entry). */
import { createRoot } from "react-dom/client";
import { ConfigApp } from "./page/ConfigApp";
import { createKucComponents } from "./page/kuc";
import { getSettingsApi } from "./page/settings-api";

// kintone sets $PLUGIN_ID only while this file first runs: capture it now.
const PLUGIN_ID: string = (globalThis as unknown as { kintone: { $PLUGIN_ID: string } }).kintone
  .$PLUGIN_ID;

void createKucComponents().then((kuc) => {
  const root = document.getElementById("madoguchi-config");
  if (root)
    createRoot(root).render(<ConfigApp api={getSettingsApi()} pluginId={PLUGIN_ID} kuc={kuc} />);
});
