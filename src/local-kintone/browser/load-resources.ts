import type { BootPlugin } from "../pages/boot-data";

/** Adds a stylesheet; CSS never blocks the page, as in kintone. */
export function addStylesheet(href: string): void {
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = href;
  document.head.append(link);
}

/** Loads one classic script and waits for it to run. A failed file is reported and skipped. */
export function loadScript(src: string): Promise<boolean> {
  return new Promise((resolve) => {
    const script = document.createElement("script");
    script.src = src;
    script.async = false;
    script.onload = () => resolve(true);
    script.onerror = () => resolve(false);
    document.head.append(script);
  });
}

/**
 * Loads plugins, then the app customization, one script at a time. `kintone.$PLUGIN_ID` is set
 * before each plugin's scripts, because plugin code captures it while it first runs.
 */
export async function loadPageResources(params: {
  plugins: readonly BootPlugin[];
  customize: { js: readonly string[]; css: readonly string[] };
  setPluginId: (id: string) => void;
  onFailure: (src: string) => void;
}): Promise<void> {
  for (const plugin of params.plugins) plugin.css.forEach(addStylesheet);
  params.customize.css.forEach(addStylesheet);
  for (const plugin of params.plugins) {
    for (const src of plugin.js) {
      params.setPluginId(plugin.id);
      if (!(await loadScript(src))) params.onFailure(src);
    }
  }
  for (const src of params.customize.js) {
    if (!(await loadScript(src))) params.onFailure(src);
  }
}
