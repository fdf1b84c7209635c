import type { PluginConfig } from "../config";
import type { KintoneApi } from "./kintone-global";

/**
 * Where a record-screen panel goes: the configured SPACER, or the header menu space when the
 * form has none. Null on screens without either.
 */
export function findPanelHost(kintone: KintoneApi, config: PluginConfig): HTMLElement | null {
  return (
    (config.spacerId ? kintone.app.record.getSpaceElement(config.spacerId) : null) ??
    kintone.app.record.getHeaderMenuSpaceElement()
  );
}
