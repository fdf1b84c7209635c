import type { ServerContext } from "../context";
import { createSystemProperties } from "./system-fields";
import type { AppSettings, Stage, StoredApp } from "./types";

type AppRow = {
  id: number;
  created_at: string;
  creator: string;
  modified_at: string;
  modifier: string;
  revision: number;
  deployed: number;
  deploy_status: string;
  preview: string;
  live: string;
};

function toStoredApp(row: AppRow): StoredApp {
  return {
    id: row.id,
    createdAt: row.created_at,
    creator: row.creator,
    modifiedAt: row.modified_at,
    modifier: row.modifier,
    revision: row.revision,
    deployed: row.deployed === 1,
    deployStatus: row.deploy_status,
    preview: JSON.parse(row.preview) as AppSettings,
    live: JSON.parse(row.live) as AppSettings,
  };
}

/** Returns the app with `appId`, or undefined. Apps never deployed are included. */
export function getApp(context: ServerContext, appId: number): StoredApp | undefined {
  const row = context.db.prepare("SELECT * FROM apps WHERE id = ?").get(appId) as
    AppRow | undefined;
  return row ? toStoredApp(row) : undefined;
}

/** Lists every app, ordered by id. */
export function listApps(context: ServerContext): StoredApp[] {
  const rows = context.db.prepare("SELECT * FROM apps ORDER BY id").all() as AppRow[];
  return rows.map(toStoredApp);
}

/** Returns the pre-live ("preview") or live settings of an app: fields, layout, customize, plugins. */
export function getAppSettings(
  context: ServerContext,
  appId: number,
  stage: Stage,
): AppSettings | undefined {
  const app = getApp(context, appId);
  return app ? app[stage] : undefined;
}

/** Creates an app in pre-live (like POST preview/app.json) and returns its id. */
export function createApp(
  context: ServerContext,
  params: { name: string; creator: string; description?: string },
): number {
  const settings: AppSettings = {
    name: params.name,
    description: params.description ?? "",
    properties: createSystemProperties(),
    layout: [],
    customize: { scope: "ALL", desktop: { js: [], css: [] }, mobile: { js: [], css: [] } },
    plugins: [],
  };
  const now = context.now().toISOString();
  const json = JSON.stringify(settings);
  const result = context.db
    .prepare(
      `INSERT INTO apps (created_at, creator, modified_at, modifier, revision, preview, live)
       VALUES (?, ?, ?, ?, 1, ?, ?)`,
    )
    .run(now, params.creator, now, params.creator, json, json);
  return Number(result.lastInsertRowid);
}

/**
 * Changes the pre-live settings of an app and bumps its revision (every preview write does).
 * @returns the new revision
 */
export function updatePreviewSettings(
  context: ServerContext,
  params: { appId: number; user: string; update: (settings: AppSettings) => void },
): number {
  const app = getApp(context, params.appId);
  if (!app) throw new Error(`app ${params.appId} not found`);
  params.update(app.preview);
  const revision = app.revision + 1;
  context.db
    .prepare(
      "UPDATE apps SET preview = ?, revision = ?, modified_at = ?, modifier = ? WHERE id = ?",
    )
    .run(
      JSON.stringify(app.preview),
      revision,
      context.now().toISOString(),
      params.user,
      params.appId,
    );
  return revision;
}

/** Copies pre-live settings to live (deploy), or live to pre-live when `revert` is true. */
export function deployApp(context: ServerContext, appId: number, revert = false): void {
  const app = getApp(context, appId);
  if (!app) throw new Error(`app ${appId} not found`);
  if (revert) {
    context.db
      .prepare("UPDATE apps SET preview = live, deploy_status = 'SUCCESS' WHERE id = ?")
      .run(appId);
    return;
  }
  context.db
    .prepare("UPDATE apps SET live = preview, deployed = 1, deploy_status = 'SUCCESS' WHERE id = ?")
    .run(appId);
  context.db
    .prepare(
      `INSERT OR REPLACE INTO plugin_configs (app, plugin_id, stage, config)
       SELECT app, plugin_id, 'live', config FROM plugin_configs WHERE app = ? AND stage = 'preview'`,
    )
    .run(appId);
}
