import type { PluginConfig } from "../config";
import type { KintoneApi, KintoneEvent } from "../kintone/kintone-global";
import { mountDraftPanel } from "./call-log/mount-draft-panel";
import { mountConsultationPanel } from "./consultation/mount-consultation-panel";
import { mountDashboard } from "./dashboard/mount-dashboard";
import { confirmNearDuplicates } from "./faq/confirm-near-duplicates";
import { mountFaqWorkbench } from "./faq/mount-faq-workbench";
import { mountManualsPanel } from "./manuals/mount-manuals-panel";

type Context = { kintone: KintoneApi; pluginId: string; config: PluginConfig };

/** Which madoguchi app this page belongs to, from the configured app ids. */
export function detectRole(
  appId: number | null,
  config: PluginConfig,
): "callLog" | "faq" | "consultation" | "manuals" | null {
  if (appId === null) return null;
  const id = String(appId);
  if (id === config.apps.callLog) return "callLog";
  if (id === config.apps.faq) return "faq";
  if (id === config.apps.consultation) return "consultation";
  if (id === config.apps.manuals) return "manuals";
  return null;
}

/** Registers the handlers of the features this app has. */
export function registerFeatures(context: Context): void {
  const { kintone } = context;
  const role = detectRole(kintone.app.getId(), context.config);
  if (role === null) return;
  const on = (
    types: string[],
    run: (event: KintoneEvent) => void | Promise<KintoneEvent | false>,
  ) =>
    kintone.events.on(types, (event) => {
      const result = run(event);
      return result instanceof Promise ? result : event;
    });
  if (role === "callLog") {
    on(["app.record.create.show", "app.record.edit.show"], () => mountDraftPanel(context));
    on(["app.record.index.show"], () => mountDashboard(kintone, context.config));
  }
  if (role === "faq") {
    on(["app.record.create.submit", "app.record.edit.submit"], (event) =>
      confirmNearDuplicates(context, event),
    );
    on(["app.record.index.show"], () => mountFaqWorkbench(context));
  }
  if (role === "consultation") {
    on(["app.record.create.show", "app.record.edit.show"], () => mountConsultationPanel(context));
  }
  if (role === "manuals") {
    on(["app.record.index.show"], () => mountManualsPanel(context));
  }
}
