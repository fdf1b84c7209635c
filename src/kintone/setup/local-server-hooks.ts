import type { ServerContext } from "../../local-kintone/context";
import { createApiToken, findApiToken } from "../../local-kintone/auth";
import { getPluginConfig, setPluginConfig } from "../../local-kintone/store";
import type { SetupServerHooks } from "./server-hooks";

/** Setup hooks backed by a local kintone server running in this process. */
export function createLocalServerHooks(context: ServerContext): SetupServerHooks {
  return {
    issueApiToken: (appId, rights) => createApiToken(context, Number(appId), rights),
    hasApiToken: (token, appId, rights) => {
      const grant = findApiToken(context, token);
      return (
        grant !== undefined &&
        grant.appId === Number(appId) &&
        [...grant.rights].sort().join(",") === [...rights].sort().join(",")
      );
    },
    ensurePluginConfig: (appId, pluginId, config) => {
      const current = getPluginConfig(context, { appId: Number(appId), pluginId, stage: "live" });
      if (Object.keys(current).length > 0) return false;
      setPluginConfig(context, {
        appId: Number(appId),
        pluginId,
        config: { ...config },
        deploy: true,
      });
      return true;
    },
  };
}
