import { BOOT_ELEMENT_ID, type BootData } from "../pages/boot-data";
import { h, setLanguage, t } from "./dom";
import { createKintone } from "./kintone/create-kintone";
import { createNullBridge, type PageBridge } from "./kintone/page-bridge";
import { loadProxyConfigs } from "./kintone/plugin-api";
import { loadPageResources } from "./load-resources";
import type { PageContext } from "./pages/page-context";
import { readRecordLocation } from "./pages/page-context";
import { showPluginSettingsPage } from "./pages/plugin-settings";
import { showPortalPage } from "./pages/portal";
import { showDetailPage } from "./pages/record-detail";
import { showEditPage } from "./pages/record-edit";
import { showIndexPage } from "./pages/record-index";

/** Entry of the local kintone shell bundle: installs `kintone`, loads scripts, renders the page. */
async function start(): Promise<void> {
  const bootElement = document.getElementById(BOOT_ELEMENT_ID);
  if (!bootElement) return;
  const boot = JSON.parse(bootElement.textContent ?? "{}") as BootData;
  bootElement.remove();
  setLanguage(boot.lang);
  const main = document.getElementById("lk-main") ?? document.body;

  let bridge: PageBridge = createNullBridge();
  // Held only in this closure: never written to the DOM or any storage another page could read.
  const proxyConfigs = boot.settings ? await loadProxyConfigs(boot).catch(() => []) : [];
  const runtime = createKintone(boot, () => bridge, proxyConfigs);
  Object.defineProperty(window, "kintone", {
    value: runtime.kintone,
    writable: false,
    configurable: false,
  });
  const context: PageContext = { boot, runtime, main, setBridge: (next) => (bridge = next) };

  const failures = h("div", { className: "lk-alert lk-script-errors", attrs: { role: "alert" } });
  failures.hidden = true;
  main.before(failures);
  const location_ = readRecordLocation();
  if (boot.page === "plugin-config") showPluginSettingsPage(context);

  await loadPageResources({
    plugins: boot.plugins,
    customize: boot.customize,
    setPluginId: (id) => (runtime.kintone.$PLUGIN_ID = id),
    onFailure: (src) => {
      failures.hidden = false;
      failures.append(h("div", { text: t("E_SHELL_SCRIPT_FAILED", { url: src }) }));
    },
  });

  switch (boot.page) {
    case "portal":
      return showPortalPage(context);
    case "index":
      return showIndexPage(context);
    case "create":
      return showEditPage(context, "create", null);
    case "detail":
    case "edit":
      if (location_.recordId === null) return void location.assign(`/k/${boot.appId}/`);
      if (location_.mode === "edit" || boot.page === "edit")
        return showEditPage(context, "edit", location_.recordId);
      return showDetailPage(context, location_.recordId);
    default:
      return;
  }
}

// kintone switches between detail and edit by the hash; the shell simply renders again.
window.addEventListener("hashchange", () => location.reload());
void start().finally(() => document.documentElement.setAttribute("data-lk-ready", "true"));
