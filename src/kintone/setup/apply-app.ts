import type { AppDefinition } from "../apps";
import type { KintoneApi } from "../client/kintone-api";
import { callKintone } from "../client/map-kintone-error";
import { applyAppDescription } from "./apply-description";
import { diffFormFields, planLayout } from "./diff-form";
import type { KintoneLayoutBlock, KintoneProperty } from "./to-kintone-form";
import { toKintoneLayout, toKintoneProperty } from "./to-kintone-form";

/** What applying one definition did. `needsDeploy` when the pre-live settings changed. */
export type AppliedApp = {
  readonly key: AppDefinition["key"];
  readonly name: string;
  readonly appId: string;
  readonly created: boolean;
  readonly added: number;
  readonly changed: number;
  readonly layoutChanged: boolean;
  readonly typeConflicts: readonly string[];
  readonly needsDeploy: boolean;
};

/** Reports progress (one line each). */
export type Progress = (line: string) => void;

function asRecord(properties: readonly KintoneProperty[]): Record<string, KintoneProperty> {
  return Object.fromEntries(properties.map((property) => [property.code, property]));
}

/**
 * Creates the app if needed and brings its pre-live form to the definition: adds missing
 * fields, updates differing settings, rewrites the layout only when it differs. Does not deploy.
 */
export async function applyAppDefinition(
  api: KintoneApi,
  params: { definition: AppDefinition; appId: string | null },
): Promise<AppliedApp> {
  const { definition } = params;
  let appId = params.appId;
  const created = appId === null;
  if (appId === null) {
    const result = await callKintone(api.baseUrl, () =>
      api.client.app.addApp({ name: definition.name }),
    );
    appId = result.app;
  }
  const app = appId;
  const wanted = definition.fields.map(toKintoneProperty);
  const current = await callKintone(api.baseUrl, () =>
    api.client.app.getFormFields({ app, preview: true }),
  );
  const diff = diffFormFields(
    wanted,
    current.properties as unknown as Record<string, Record<string, unknown>>,
  );
  if (diff.added.length > 0) {
    await callKintone(api.baseUrl, () =>
      api.client.app.addFormFields({ app, properties: asRecord(diff.added) as never }),
    );
  }
  if (diff.changed.length > 0) {
    await callKintone(api.baseUrl, () =>
      api.client.app.updateFormFields({ app, properties: asRecord(diff.changed) as never }),
    );
  }
  const layout = await callKintone(api.baseUrl, () =>
    api.client.app.getFormLayout({ app, preview: true }),
  );
  const nextLayout = planLayout(
    toKintoneLayout(definition.layout, definition.fields),
    layout.layout as unknown as KintoneLayoutBlock[],
  );
  if (nextLayout) {
    await callKintone(api.baseUrl, () =>
      api.client.app.updateFormLayout({ app, layout: nextLayout as never }),
    );
  }
  const described = await applyAppDescription(api, {
    appId: app,
    description: definition.description,
  });
  const changedAnything =
    described || created || diff.added.length > 0 || diff.changed.length > 0 || nextLayout !== null;
  return {
    key: definition.key,
    name: definition.name,
    appId: app,
    created,
    added: diff.added.length,
    changed: diff.changed.length,
    layoutChanged: nextLayout !== null,
    typeConflicts: diff.typeConflicts,
    needsDeploy: changedAnything,
  };
}
