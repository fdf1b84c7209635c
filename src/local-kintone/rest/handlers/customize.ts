import { attachUploadedFile, getFileInfo, updatePreviewSettings } from "../../store";
import type { CustomizeResource, CustomizeSettings } from "../../store";
import { assertSettingsRevision, loadApp } from "../app-access";
import { ValidationCollector } from "../errors";
import type { ApiRequest, HandlerTable } from "../types";

/** At most this many resources per customize list. */
export const CUSTOMIZE_LIST_LIMIT = 30;
const SCOPES = ["ALL", "ADMIN", "NONE"] as const;

function readResources(
  request: ApiRequest,
  value: unknown,
  path: string,
  errors: ValidationCollector,
): CustomizeResource[] {
  if (!Array.isArray(value) || value.length > CUSTOMIZE_LIST_LIMIT) {
    errors.add(path, "E_LK_V_BULK_LIMIT", { min: 0, max: CUSTOMIZE_LIST_LIMIT });
    return [];
  }
  const resources: CustomizeResource[] = [];
  value.forEach((item: unknown, index) => {
    const resource = (item ?? {}) as {
      type?: unknown;
      url?: unknown;
      file?: { fileKey?: unknown };
    };
    if (
      resource.type === "URL" &&
      typeof resource.url === "string" &&
      /^https?:\/\//i.test(resource.url)
    ) {
      resources.push({ type: "URL", url: resource.url });
      return;
    }
    const key = resource.file?.fileKey;
    const info =
      resource.type === "FILE" && typeof key === "string"
        ? (attachUploadedFile(request.context, key) ?? getFileInfo(request.context, key))
        : undefined;
    if (!info) errors.add(`${path}[${index}]`, "E_LK_V_INVALID");
    else resources.push({ type: "FILE", file: info });
  });
  return resources;
}

function readPair(
  request: ApiRequest,
  value: unknown,
  path: string,
  current: { js: CustomizeResource[]; css: CustomizeResource[] },
  errors: ValidationCollector,
) {
  if (value === undefined || value === null) return current;
  const pair = value as { js?: unknown; css?: unknown };
  return {
    js: pair.js === undefined ? current.js : readResources(request, pair.js, `${path}.js`, errors),
    css:
      pair.css === undefined
        ? current.css
        : readResources(request, pair.css, `${path}.css`, errors),
  };
}

/** app/customize.json (live and pre-live) and the pre-live update customize-uploader sends. */
export const CUSTOMIZE_HANDLERS: HandlerTable = {
  "GET app/customize": (request) => {
    const { app, settings } = loadApp(request, { right: "manage" });
    return { ...settings.customize, revision: String(app.revision) };
  },
  "GET preview/app/customize": (request) => {
    const { app, settings } = loadApp(request, { right: "manage", stage: "preview" });
    return { ...settings.customize, revision: String(app.revision) };
  },
  "PUT preview/app/customize": (request) => {
    const { app, settings } = loadApp(request, { right: "manage", stage: "preview" });
    assertSettingsRevision(request, app.revision);
    const errors = new ValidationCollector();
    const current = settings.customize;
    const scope = request.params.scope ?? current.scope;
    if (!SCOPES.includes(scope as CustomizeSettings["scope"])) errors.add("scope", "E_LK_V_ENUM");
    const next: CustomizeSettings = {
      scope: scope as CustomizeSettings["scope"],
      desktop: readPair(request, request.params.desktop, "desktop", current.desktop, errors),
      mobile: readPair(request, request.params.mobile, "mobile", current.mobile, errors),
    };
    errors.throwIfAny();
    const revision = updatePreviewSettings(request.context, {
      appId: app.id,
      user: request.auth.user.code,
      update: (preview) => {
        preview.customize = next;
      },
    });
    return { revision: String(revision) };
  },
};
