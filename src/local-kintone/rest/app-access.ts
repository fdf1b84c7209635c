import type { ApiTokenRight } from "../auth";
import { assertAppRight } from "../auth";
import { getApp } from "../store";
import type { AppSettings, Stage, StoredApp } from "../store";
import { appNotFound, revisionConflict } from "./errors";
import { readPositiveInt, readRevision } from "./read-params";
import type { ApiRequest } from "./types";

/**
 * Reads the app id from `params[name]`, checks the caller's right and returns the app.
 * Apps that were never deployed exist only for preview (admin) calls.
 */
export function loadApp(
  request: ApiRequest,
  params: { name?: string; right: ApiTokenRight; stage?: Stage },
): { app: StoredApp; settings: AppSettings } {
  const appId = readPositiveInt(request.params, params.name ?? "app");
  const app = getApp(request.context, appId);
  const stage = params.stage ?? "live";
  if (!app || (stage === "live" && !app.deployed)) throw appNotFound(appId);
  assertAppRight(request.auth, appId, params.right);
  return { app, settings: app[stage] };
}

/** Checks the optional `revision` of an app settings write against the app's revision (409 GAIA_CO02). */
export function assertSettingsRevision(request: ApiRequest, current: number): void {
  const expected = readRevision(request.params.revision);
  if (expected !== undefined && expected !== current) throw revisionConflict();
}
