import { useMemo, useState } from "react";
import { buildProxyConfigEntries, parseLlmConfig, proxyUrlPrefix } from "../../../llm";
import { formatMessage } from "../../../messages/browser";
import type { ConfigFieldError } from "../validate-config";
import { validateConfig } from "../validate-config";
import { parseConfig, serializeConfig } from "../parse-config";
import type { PluginConfig } from "../plugin-config";
import type { SettingsApi } from "./settings-api";
import { hasStoredKey, saveSettings } from "./settings-api";
import { notify, openSpinner } from "./kuc";

/** State and save logic of the settings form. */
export function useSettingsForm(api: SettingsApi, pluginId: string) {
  const initial = useMemo(() => parseConfig(api.getConfig(pluginId)), [api, pluginId]);
  const [config, setConfig] = useState<PluginConfig>(initial);
  const [apiKey, setApiKey] = useState("");
  const [errors, setErrors] = useState<readonly ConfigFieldError[]>([]);
  const [saving, setSaving] = useState(false);
  const prefix = useMemo(() => {
    const parsed = parseLlmConfig(config.llm);
    return parsed.ok ? proxyUrlPrefix(parsed.config) : null;
  }, [config.llm]);
  const [savedPrefix, setSavedPrefix] = useState<string | null>(null);
  const keyStored = useMemo(
    () => savedPrefix === prefix || hasStoredKey(api, prefix),
    [api, prefix, savedPrefix],
  );

  const errorFor = (field: string): string => {
    const found = errors.find((error) => error.field === field);
    return found ? formatMessage(found.key, "ja") : "";
  };

  async function save(): Promise<void> {
    const result = validateConfig(config, { entered: apiKey.trim() !== "", stored: keyStored });
    if (!result.ok) {
      setErrors(result.errors);
      notify(formatMessage("M_PLUGIN_FIX_ERRORS", "ja", { count: result.errors.length }), "danger");
      return;
    }
    setErrors([]);
    setSaving(true);
    const close = openSpinner(formatMessage("M_PLUGIN_SAVE", "ja"));
    try {
      const key = apiKey.trim();
      const proxyEntries = result.llm && key ? buildProxyConfigEntries(result.llm, key) : [];
      await saveSettings({ api, proxyEntries, config: serializeConfig(config) });
      if (proxyEntries.length > 0) setSavedPrefix(prefix);
      setApiKey("");
      notify(formatMessage("M_PLUGIN_SAVED", "ja"), "success");
    } catch (error) {
      notify(formatMessage("E_PLUGIN_SAVE_FAILED", "ja", { detail: String(error) }), "danger");
    } finally {
      close();
      setSaving(false);
    }
  }

  return { config, setConfig, apiKey, setApiKey, keyStored, errorFor, save, saving, errors };
}
