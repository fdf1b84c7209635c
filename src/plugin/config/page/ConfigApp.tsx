import type { SummaryTemplateId } from "../../../core";
import { SUMMARY_TEMPLATES } from "../../../core";
import type { LlmProvider } from "../../../llm";
import type { BrowserMessageKey } from "../../../messages/browser";
import { formatMessage } from "../../../messages/browser";
import { splitList } from "../parse-config";
import type { CallLogFieldRole, PluginConfig } from "../plugin-config";
import { CALL_LOG_FIELD_ROLES } from "../plugin-config";
import type { KucComponents } from "./kuc";
import { readEventValue } from "./kuc";
import type { SettingsApi } from "./settings-api";
import { useSettingsForm } from "./use-settings-form";

const m = (key: BrowserMessageKey) => formatMessage(key, "ja");
const PROVIDERS: readonly { value: LlmProvider; key: BrowserMessageKey }[] = [
  { value: "openai", key: "M_PLUGIN_PROVIDER_OPENAI" },
  { value: "azure", key: "M_PLUGIN_PROVIDER_AZURE" },
  { value: "compatible", key: "M_PLUGIN_PROVIDER_COMPATIBLE" },
];
const APPS = [
  ["faq", "M_PLUGIN_APP_FAQ"],
  ["departments", "M_PLUGIN_APP_DEPARTMENTS"],
  ["callLog", "M_PLUGIN_APP_CALL_LOG"],
  ["consultation", "M_PLUGIN_APP_CONSULTATION"],
  ["manuals", "M_PLUGIN_APP_MANUALS"],
] as const;

/** The plug-in settings page: mode, model, apps, field codes and operation settings. */
export function ConfigApp(props: { api: SettingsApi; pluginId: string; kuc: KucComponents }) {
  const {
    Text: KucText,
    TextArea: KucTextarea,
    Dropdown: KucDropdown,
    RadioButton: KucRadioButton,
    Checkbox: KucCheckbox,
    Button: KucButton,
  } = props.kuc;
  const form = useSettingsForm(props.api, props.pluginId);
  const { config } = form;
  const update = (patch: Partial<PluginConfig>) => form.setConfig({ ...config, ...patch });
  const updateLlm = (patch: Partial<PluginConfig["llm"]>) =>
    update({ llm: { ...config.llm, ...patch } });
  const text = (
    label: string,
    value: string,
    onValue: (value: string) => void,
    error = "",
    className = "",
  ) => (
    <KucText
      className={className}
      label={label}
      value={value}
      error={error}
      onChange={(e: Event) => onValue(readEventValue<string>(e) ?? "")}
    />
  );
  return (
    <div className="madoguchi-config">
      <h1 className="madoguchi-config-title">{m("M_PLUGIN_CONFIG_TITLE")}</h1>
      <section className="madoguchi-config-section">
        <h2>{m("M_PLUGIN_SECTION_MODE")}</h2>
        <KucRadioButton
          className="madoguchi-mode"
          itemLayout="vertical"
          items={[
            { label: m("M_PLUGIN_MODE_OFFLINE"), value: "offline" },
            { label: m("M_PLUGIN_MODE_LLM"), value: "llm" },
          ]}
          value={config.mode}
          onChange={(e: Event) =>
            update({ mode: readEventValue<string>(e) === "llm" ? "llm" : "offline" })
          }
        />
        {config.mode === "llm" && (
          <div className="madoguchi-config-grid">
            <KucDropdown
              className="madoguchi-provider"
              label={m("M_PLUGIN_PROVIDER")}
              items={PROVIDERS.map((p) => ({ label: m(p.key), value: p.value }))}
              value={config.llm.provider}
              error={form.errorFor("llm.provider")}
              onChange={(e: Event) => updateLlm({ provider: readEventValue<LlmProvider>(e) })}
            />
            {text(
              m("M_PLUGIN_ENDPOINT"),
              config.llm.baseUrl,
              (baseUrl) => updateLlm({ baseUrl }),
              form.errorFor("llm.baseUrl"),
              "madoguchi-endpoint",
            )}
            {text(
              m("M_PLUGIN_MODEL"),
              config.llm.model,
              (model) => updateLlm({ model }),
              form.errorFor("llm.model"),
              "madoguchi-model",
            )}
            {config.llm.provider === "azure" &&
              text(
                m("M_PLUGIN_DEPLOYMENT"),
                config.llm.deployment,
                (deployment) => updateLlm({ deployment }),
                form.errorFor("llm.deployment"),
              )}
            {config.llm.provider === "azure" &&
              text(
                m("M_PLUGIN_API_VERSION"),
                config.llm.apiVersion,
                (apiVersion) => updateLlm({ apiVersion }),
                form.errorFor("llm.apiVersion"),
              )}
            <label className="madoguchi-key">
              <span className="kintoneplugin-label">{m("M_PLUGIN_API_KEY")}</span>
              <input
                className="kintoneplugin-input-text madoguchi-api-key"
                type="password"
                autoComplete="off"
                value={form.apiKey}
                placeholder={form.keyStored ? m("M_PLUGIN_API_KEY_SAVED") : ""}
                onChange={(e) => form.setApiKey(e.target.value)}
              />
              {form.keyStored && (
                <span className="madoguchi-key-saved">{m("M_PLUGIN_API_KEY_SAVED")}</span>
              )}
              <span className="madoguchi-error" role="alert">
                {form.errorFor("llm.apiKey")}
              </span>
              <span className="madoguchi-hint">{m("M_PLUGIN_API_KEY_HINT")}</span>
            </label>
            <p className="madoguchi-hint">{m("M_PLUGIN_ENDPOINT_HINT")}</p>
          </div>
        )}
      </section>
      <section className="madoguchi-config-section">
        <h2>{m("M_PLUGIN_SECTION_APPS")}</h2>
        <div className="madoguchi-config-grid">
          {APPS.map(([name, key]) =>
            text(
              m(key),
              config.apps[name],
              (id) => update({ apps: { ...config.apps, [name]: id.trim() } }),
              form.errorFor(`apps.${name}`),
              `madoguchi-app-${name}`,
            ),
          )}
        </div>
      </section>
      <section className="madoguchi-config-section">
        <h2>{m("M_PLUGIN_SECTION_FIELDS")}</h2>
        <div className="madoguchi-config-grid">
          {text(m("M_PLUGIN_SPACER"), config.spacerId, (spacerId) => update({ spacerId }))}
          {CALL_LOG_FIELD_ROLES.map((role: CallLogFieldRole) =>
            text(
              m(`M_PLUGIN_ROLE_${role.toUpperCase()}` as BrowserMessageKey),
              config.callLogFields[role],
              (code) => update({ callLogFields: { ...config.callLogFields, [role]: code.trim() } }),
              form.errorFor(`callLogFields.${role}`),
              `madoguchi-field-${role}`,
            ),
          )}
        </div>
      </section>
      <section className="madoguchi-config-section">
        <h2>{m("M_PLUGIN_SECTION_OPTIONS")}</h2>
        <div className="madoguchi-config-grid">
          {text(
            m("M_PLUGIN_TURN_LIMIT"),
            String(config.turnLimit),
            (v) => update({ turnLimit: Number(v) }),
            form.errorFor("turnLimit"),
            "madoguchi-turn-limit",
          )}
          {text(
            m("M_PLUGIN_MINUTES"),
            String(config.minutesPerCall),
            (v) => update({ minutesPerCall: Number(v) }),
            form.errorFor("minutesPerCall"),
            "madoguchi-minutes",
          )}
        </div>
        <KucCheckbox
          label={m("M_PLUGIN_TEMPLATES")}
          items={SUMMARY_TEMPLATES.map((template) => ({
            label: template.name,
            value: template.id,
          }))}
          value={[...config.templates]}
          error={form.errorFor("templates")}
          onChange={(e: Event) => update({ templates: readEventValue<SummaryTemplateId[]>(e) })}
        />
        <KucTextarea
          className="madoguchi-public-numbers"
          label={m("M_PLUGIN_PUBLIC_NUMBERS")}
          value={config.publicNumbers.join("\n")}
          error={form.errorFor("publicNumbers")}
          onChange={(e: Event) =>
            update({ publicNumbers: splitList(readEventValue<string>(e) ?? "") })
          }
        />
      </section>
      <div className="madoguchi-config-buttons">
        <KucButton text={m("M_PLUGIN_CANCEL")} type="normal" onClick={() => history.back()} />
        <KucButton
          className="madoguchi-save"
          text={m("M_PLUGIN_SAVE")}
          type="submit"
          disabled={form.saving}
          onClick={() => void form.save()}
        />
      </div>
    </div>
  );
}
