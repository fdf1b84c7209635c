import type { PluginConfig } from "../../config";
import type { KintoneApi } from "../../kintone/kintone-global";
import { findPanelHost } from "../../kintone/find-panel-host";
import { h, mountOnce } from "../../ui/dom";
import { buildConsultationPanel } from "./consultation-panel";

/** Puts the consultation panel into the configured SPACER (or the header menu space). */
export function mountConsultationPanel(context: {
  kintone: KintoneApi;
  config: PluginConfig;
  pluginId: string;
}): void {
  const { kintone, config } = context;
  const host = findPanelHost(kintone, config);
  if (!host) return;
  mountOnce(host, "consultation-panel", () =>
    h("div", { className: "madoguchi-root" }, [buildConsultationPanel(context)]),
  );
}
