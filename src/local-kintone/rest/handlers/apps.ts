import { assertAdministrator, assertAppRight } from "../../auth";
import { createApp, deployApp, getApp, listApps } from "../../store";
import type { StoredApp } from "../../store";
import { toUserEntity } from "../../users";
import { loadApp } from "../app-access";
import { appNotFound, createParamError, revisionConflict } from "../errors";
import { readOptionalArray, readOptionalInt, readString } from "../read-params";
import type { HandlerTable } from "../types";

/** kintone returns at most 100 apps per apps.json call. */
export const APPS_LIMIT = 100;

function toAppJson(app: StoredApp): Record<string, unknown> {
  return {
    appId: String(app.id),
    code: "",
    name: app.live.name,
    description: app.live.description,
    spaceId: null,
    threadId: null,
    createdAt: app.createdAt,
    creator: toUserEntity(app.creator),
    modifiedAt: app.modifiedAt,
    modifier: toUserEntity(app.modifier),
  };
}

/** GET app.json, GET apps.json, POST preview/app.json, deploy and deploy status. */
export const APP_HANDLERS: HandlerTable = {
  "GET app": (request) => toAppJson(loadApp(request, { name: "id", right: "view" }).app),

  "GET apps": (request) => {
    const ids = readOptionalArray(request.params, "ids")?.map(Number);
    const name = typeof request.params.name === "string" ? request.params.name : undefined;
    const offset = readOptionalInt(request.params, "offset") ?? 0;
    const limit = readOptionalInt(request.params, "limit") ?? APPS_LIMIT;
    if (limit > APPS_LIMIT || limit < 1) throw createParamError("limit", "E_LK_V_INVALID");
    const visible = listApps(request.context).filter(
      (app) =>
        app.deployed &&
        (!ids || ids.includes(app.id)) &&
        (!name || app.live.name.includes(name)) &&
        (request.auth.kind !== "apiToken" ||
          request.auth.grants.some((grant) => grant.appId === app.id)),
    );
    return { apps: visible.slice(offset, offset + limit).map(toAppJson) };
  },

  "POST preview/app": (request) => {
    assertAdministrator(request.auth);
    const name = readString(request.params, "name");
    if (name.length > 64) throw createParamError("name", "E_LK_V_INVALID");
    const appId = createApp(request.context, { name, creator: request.auth.user.code });
    return { app: String(appId), revision: "1" };
  },

  "POST preview/app/deploy": (request) => {
    const apps = request.params.apps;
    if (!Array.isArray(apps) || apps.length === 0 || apps.length > 300) {
      throw createParamError("apps", "E_LK_V_REQUIRED_PARAM");
    }
    const revert = request.params.revert === true || request.params.revert === "true";
    for (const entry of apps as { app?: unknown; revision?: unknown }[]) {
      const appId = Number(entry?.app);
      const app = Number.isInteger(appId) ? getApp(request.context, appId) : undefined;
      if (!app) throw appNotFound(entry?.app);
      assertAppRight(request.auth, appId, "manage");
      const expected =
        entry.revision === undefined || entry.revision === null ? -1 : Number(entry.revision);
      if (expected !== -1 && expected !== app.revision) {
        throw revisionConflict();
      }
    }
    for (const entry of apps as { app: unknown }[])
      deployApp(request.context, Number(entry.app), revert);
    return {};
  },

  "GET preview/app/deploy": (request) => {
    const apps = readOptionalArray(request.params, "apps");
    if (!apps || apps.length === 0) throw createParamError("apps", "E_LK_V_REQUIRED_PARAM");
    return {
      apps: apps.map((value) => {
        const app = getApp(request.context, Number(value));
        if (!app) throw appNotFound(value);
        assertAppRight(request.auth, app.id, "manage");
        return { app: String(app.id), status: app.deployStatus };
      }),
    };
  },
};
