import type { ServerContext } from "../context";
import { getAppSettings } from "./apps";
import type { CustomizeResource, CustomizeSettings, Stage } from "./types";

/** Download path of a stored file on this server (same origin as the pages). */
export function buildFileUrl(fileKey: string): string {
  return `/k/v1/file.json?fileKey=${encodeURIComponent(fileKey)}`;
}

function toUrl(resource: CustomizeResource): string {
  return resource.type === "URL" ? resource.url : buildFileUrl(resource.file.fileKey);
}

/** An app's customization with every resource resolved to a URL a page can load. */
export type ResolvedCustomization = {
  scope: CustomizeSettings["scope"];
  desktop: { js: string[]; css: string[] };
  mobile: { js: string[]; css: string[] };
};

/** Returns the app's customization (live by default) as stored, or undefined for an unknown app. */
export function getCustomization(
  context: ServerContext,
  appId: number,
  stage: Stage = "live",
): CustomizeSettings | undefined {
  return getAppSettings(context, appId, stage)?.customize;
}

/**
 * Returns the app's live customization with FILE resources turned into `/k/v1/file.json?fileKey=`
 * URLs (download keys), in upload order. Undefined for an unknown app.
 */
export function resolveCustomization(
  context: ServerContext,
  appId: number,
  stage: Stage = "live",
): ResolvedCustomization | undefined {
  const customize = getCustomization(context, appId, stage);
  if (!customize) return undefined;
  return {
    scope: customize.scope,
    desktop: { js: customize.desktop.js.map(toUrl), css: customize.desktop.css.map(toUrl) },
    mobile: { js: customize.mobile.js.map(toUrl), css: customize.mobile.css.map(toUrl) },
  };
}
