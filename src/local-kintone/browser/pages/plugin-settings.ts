import { h, t } from "../dom";
import { renderAppToolbar, type PageContext } from "./page-context";

/**
 * The plugin settings page: the plugin's config.html goes in as the plugin's own markup (as in
 * kintone, it is trusted like the plugin's scripts); its JS and CSS are loaded by the shell.
 */
export function showPluginSettingsPage(context: PageContext): void {
  const settings = context.boot.settings;
  if (!settings) return;
  const plugin = context.boot.plugins.find((each) => each.id === settings.pluginId);
  const { toolbar } = renderAppToolbar(
    context,
    `${t("M_SHELL_PLUGIN_SETTINGS")}: ${plugin?.name ?? settings.pluginId}`,
    [],
  );
  const host = h("div", { className: "lk-plugin-config", attrs: { id: "lk-plugin-config" } });
  host.innerHTML = settings.html;
  context.main.replaceChildren(toolbar, host);
}
