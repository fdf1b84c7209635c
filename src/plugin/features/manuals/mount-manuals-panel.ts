import type { PluginConfig } from "../../config";
import type { KintoneApi } from "../../kintone/kintone-global";
import { h, mountOnce } from "../../ui/dom";
import { buildManualsPanel } from "./manuals-panel";

/** Puts the manual search panel above the 資料 list (once per page: show events repeat). */
export function mountManualsPanel(context: {
  kintone: KintoneApi;
  config: PluginConfig;
  pluginId: string;
}): void {
  const header = context.kintone.app.getHeaderSpaceElement();
  if (!header) return;
  const appId = context.config.apps.manuals;
  mountOnce(header, "manuals-panel", () =>
    h("div", { className: "madoguchi-root" }, [buildManualsPanel({ ...context, appId })]),
  );
}
