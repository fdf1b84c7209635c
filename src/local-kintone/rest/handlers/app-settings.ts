import { updatePreviewSettings } from "../../store";
import type { AppSettings } from "../../store";
import { assertSettingsRevision, loadApp } from "../app-access";
import { createParamError } from "../errors";
import type { ApiRequest, HandlerTable } from "../types";

function settingsBody(settings: AppSettings, revision: number) {
  return {
    name: settings.name,
    description: settings.description,
    icon: { type: "PRESET", key: "APP72" },
    theme: "WHITE",
    revision: String(revision),
  };
}

/** PUT preview/app/settings.json: the app name and description (other settings are not kept). */
export const PUT_SETTINGS_HANDLER: HandlerTable = {
  "PUT preview/app/settings": (request) => {
    const { app } = loadApp(request, { right: "manage", stage: "preview" });
    assertSettingsRevision(request, app.revision);
    const { name, description } = request.params;
    if (name !== undefined && (typeof name !== "string" || name === "" || name.length > 64)) {
      throw createParamError("name", "E_LK_V_INVALID");
    }
    const revision = updatePreviewSettings(request.context, {
      appId: app.id,
      user: request.auth.user.code,
      update: (preview) => {
        if (typeof name === "string") preview.name = name;
        if (typeof description === "string") preview.description = description;
      },
    });
    return { revision: String(revision) };
  },
};

/** Read-only app settings that tools and pages ask for (settings, views, process management). */
export const SETTINGS_HANDLERS: HandlerTable = Object.fromEntries(
  (["", "preview/"] as const).flatMap((prefix) => {
    const stage = prefix === "" ? ("live" as const) : ("preview" as const);
    const right = prefix === "" ? ("view" as const) : ("manage" as const);
    return [
      [
        `GET ${prefix}app/settings`,
        (request: ApiRequest) => {
          const { app, settings } = loadApp(request, { right, stage });
          return settingsBody(settings, app.revision);
        },
      ],
      [
        `GET ${prefix}app/views`,
        (request: ApiRequest) => {
          const { app } = loadApp(request, { right, stage });
          return { views: {}, revision: String(app.revision) };
        },
      ],
      [
        `GET ${prefix}app/status`,
        (request: ApiRequest) => {
          const { app } = loadApp(request, { right, stage });
          return { enable: false, states: null, actions: null, revision: String(app.revision) };
        },
      ],
    ];
  }),
);
