import { updatePreviewSettings } from "../../store";
import { assertSettingsRevision, loadApp } from "../app-access";
import { createParamError } from "../errors";
import type { HandlerTable } from "../types";

/** layout.json: live and pre-live reads, and the pre-live replacement. */
export const LAYOUT_HANDLERS: HandlerTable = {
  "GET app/form/layout": (request) => {
    const { app, settings } = loadApp(request, { right: "view" });
    return { layout: settings.layout, revision: String(app.revision) };
  },
  "GET preview/app/form/layout": (request) => {
    const { app, settings } = loadApp(request, { right: "manage", stage: "preview" });
    return { layout: settings.layout, revision: String(app.revision) };
  },
  "PUT preview/app/form/layout": (request) => {
    const { app } = loadApp(request, { right: "manage", stage: "preview" });
    assertSettingsRevision(request, app.revision);
    const layout = request.params.layout;
    if (!Array.isArray(layout)) throw createParamError("layout", "E_LK_V_REQUIRED_PARAM");
    const revision = updatePreviewSettings(request.context, {
      appId: app.id,
      user: request.auth.user.code,
      update: (preview) => {
        preview.layout = layout;
      },
    });
    return { revision: String(revision) };
  },
};
