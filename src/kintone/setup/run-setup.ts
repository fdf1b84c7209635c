import { formatBilingual } from "../../messages";
import type { AppKey } from "../apps";
import { MADOGUCHI_APPS } from "../apps";
import type { KintoneApi } from "../client/kintone-api";
import type { DemoSeedResult } from "../demo/seed-demo";
import { seedDemoData } from "../demo/seed-demo";
import type { AppliedApp, Progress } from "./apply-app";
import { applyAppDefinition } from "./apply-app";
import { deployApps } from "./deploy-apps";
import { findApp } from "./find-apps";
import type { CsvImportResult } from "./import-samples";
import { importSampleFiles } from "./import-samples";
import type { TokenResult } from "./issue-tokens";
import { ensureClientTokens } from "./issue-tokens";
import type { DocumentExtractor } from "../manuals/index-manual-records";
import type { ManualsSetupResult } from "../manuals/set-up-manuals";
import { setUpManuals } from "../manuals/set-up-manuals";
import { setUpPlugin, writePluginConfigs } from "./set-up-plugin";
import type { PluginSetupResult } from "./set-up-plugin";
import type { SetupServerHooks } from "./server-hooks";
import { buildSetupState, readSetupState, writeSetupState } from "./setup-state";

export type SetupOptions = {
  readonly api: KintoneApi;
  /** Where samples/, manifest.json and .madoguchi/ are. */
  readonly cwd: string;
  /** Also write fictional calls and consultations (once). */
  readonly demo?: boolean;
  /** Pack, install and enable the plugin. @default true */
  readonly plugin?: boolean;
  readonly faqCsv?: string;
  readonly departmentsCsv?: string;
  /** Only with direct access to the server (local server in this process). */
  readonly hooks?: SetupServerHooks;
  readonly now?: Date;
  readonly progress?: Progress;
  /** Reads manuals for indexing. @default docs-ingest's extractDocument */
  readonly extractDocument?: DocumentExtractor;
};

export type SetupResult = {
  readonly apps: Readonly<Record<AppKey, string>>;
  readonly applied: readonly AppliedApp[];
  readonly deployed: readonly string[];
  readonly imports: readonly CsvImportResult[];
  readonly plugin: PluginSetupResult;
  readonly demo: DemoSeedResult | null;
  /** Sample manuals uploaded (`--demo`) and the 資料 app's indexing, record by record. */
  readonly manuals: ManualsSetupResult;
  readonly tokens: TokenResult | null;
  readonly statePath: string;
  /** False when the run changed nothing in kintone (idempotent re-run). */
  readonly changed: boolean;
};

/**
 * `madoguchi setup`: creates or updates the five apps, installs and enables the plugin,
 * deploys what changed, imports the FAQ and departments CSVs, optionally seeds demo data, and
 * issues API tokens when the server allows. Running it again changes nothing.
 */
export async function runSetup(options: SetupOptions): Promise<SetupResult> {
  const { api, cwd } = options;
  const progress = options.progress ?? (() => undefined);
  progress(formatBilingual("M_KT_SETUP_START", { baseUrl: api.baseUrl }));
  const previous = await readSetupState(cwd, api.baseUrl);
  const applied: AppliedApp[] = [];
  for (const definition of MADOGUCHI_APPS) {
    const appId = await findApp(api, definition, previous?.apps[definition.key]);
    if (appId === null) progress(formatBilingual("M_KT_APP_CREATING", { name: definition.name }));
    const result = await applyAppDefinition(api, { definition, appId });
    if (!result.created && result.needsDeploy) {
      progress(
        formatBilingual("M_KT_APP_UPDATING", {
          name: definition.name,
          added: result.added,
          changed: result.changed,
        }),
      );
    }
    applied.push(result);
  }
  const apps = Object.fromEntries(applied.map((app) => [app.key, app.appId])) as Record<
    AppKey,
    string
  >;
  // Remember the apps at once, so a run that fails later (deploy, import) finds them again.
  await writeSetupState(
    cwd,
    buildSetupState({ baseUrl: api.baseUrl, apps, previous, now: options.now }),
  );
  const plugin = await setUpPlugin(api, {
    cwd,
    apps,
    enabled: options.plugin !== false,
    previous,
    progress,
  });
  const toDeploy = applied.filter((app) => app.needsDeploy || plugin.enabledIn.includes(app.appId));
  if (toDeploy.length > 0) {
    progress(
      formatBilingual("M_KT_APP_DEPLOYING", { names: toDeploy.map((app) => app.name).join("・") }),
    );
    await deployApps(api, toDeploy);
  }
  for (const app of applied) {
    if (!toDeploy.includes(app))
      progress(formatBilingual("M_KT_APP_UNCHANGED", { name: app.name, appId: app.appId }));
  }
  const pluginConfigsWritten =
    plugin.pluginId && options.hooks ? writePluginConfigs(options.hooks, apps, plugin.pluginId) : 0;
  const imports = await importSampleFiles(api, {
    apps,
    cwd,
    faqCsv: options.faqCsv,
    departmentsCsv: options.departmentsCsv,
    progress,
  });
  const manuals = await setUpManuals(api, {
    appId: apps.manuals,
    cwd,
    demo: options.demo ?? false,
    ...(options.extractDocument ? { extract: options.extractDocument } : {}),
    ...(options.now ? { now: options.now } : {}),
    progress,
  });
  let demo: DemoSeedResult | null = null;
  if (options.demo) {
    demo = await seedDemoData(api, {
      apps,
      now: options.now ?? new Date(),
      onProgress: (step, count) =>
        progress(
          formatBilingual(step === "calls" ? "M_KT_DEMO_CALLS" : "M_KT_DEMO_CONSULTATIONS", {
            count,
          }),
        ),
    });
    if (demo.callsWritten === 0 && demo.consultationsWritten === 0) {
      progress(
        formatBilingual("M_KT_DEMO_EXISTS", {
          calls: demo.existingCalls,
          consultations: demo.existingConsultations,
        }),
      );
    }
  }
  let tokens: TokenResult | null = null;
  if (options.hooks) {
    tokens = ensureClientTokens(options.hooks, apps, previous?.tokens ?? {});
    const clients = Object.keys(tokens.tokens).join(", ");
    progress(
      formatBilingual(tokens.issued.length > 0 ? "M_KT_TOKENS_CREATED" : "M_KT_TOKENS_KEPT", {
        clients,
      }),
    );
  }
  const state = buildSetupState({
    baseUrl: api.baseUrl,
    apps,
    previous,
    now: options.now,
    tokens: tokens?.tokens,
    plugin: plugin.pluginId
      ? { id: plugin.pluginId, contentHash: plugin.contentHash ?? "" }
      : undefined,
  });
  const statePath = await writeSetupState(cwd, state);
  const changed =
    toDeploy.length > 0 ||
    plugin.install === "installed" ||
    plugin.install === "updated" ||
    pluginConfigsWritten > 0 ||
    imports.some((result) => result.added + result.updated > 0) ||
    (manuals.samples !== null && manuals.samples.added + manuals.samples.updated > 0) ||
    manuals.reports.some((report) => report.status === "indexed") ||
    (demo !== null && demo.callsWritten + demo.consultationsWritten > 0) ||
    (tokens !== null && tokens.issued.length > 0);
  return {
    apps,
    applied,
    deployed: toDeploy.map((app) => app.appId),
    imports,
    plugin,
    demo,
    manuals,
    tokens,
    statePath,
    changed,
  };
}
