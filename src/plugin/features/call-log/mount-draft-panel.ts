import type { PluginConfig } from "../../config";
import type { KintoneApi } from "../../kintone/kintone-global";
import { findPanelHost } from "../../kintone/find-panel-host";
import { h, mountOnce } from "../../ui/dom";
import { loadEngine } from "../../engine/load-engine";
import { buildDraftPanel } from "./draft-panel";

/** Puts the draft panel into the configured SPACER (or the header menu space when there is none). */
export function mountDraftPanel(context: {
  kintone: KintoneApi;
  config: PluginConfig;
  pluginId: string;
}): void {
  const { kintone, config } = context;
  const host = findPanelHost(kintone, config);
  if (!host) return;
  mountOnce(host, "draft-panel", () =>
    h("div", { className: "madoguchi-root" }, [buildDraftPanel(context)]),
  );
  // Warm the FAQ index while staff listen to the caller, so the click only drafts.
  if (config.apps.faq) loadEngine(kintone, config).catch(() => undefined);
}
