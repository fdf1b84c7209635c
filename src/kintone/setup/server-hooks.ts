import type { TokenRight } from "../apps";

/**
 * What setup can do only with direct access to the server, because kintone has no REST API
 * for it: issue API tokens and write a plugin's settings. `madoguchi start` and tests pass an
 * implementation for the local server; against a real kintone setup prints what to do instead.
 */
export type SetupServerHooks = {
  /** Issues a token for one app with exactly these rights. */
  issueApiToken(appId: string, rights: readonly TokenRight[]): string;
  /** True when the token still exists with exactly these rights for this app. */
  hasApiToken(token: string, appId: string, rights: readonly TokenRight[]): boolean;
  /** Writes the plugin's settings for an app unless it has some already. @returns true when written */
  ensurePluginConfig(
    appId: string,
    pluginId: string,
    config: Readonly<Record<string, string>>,
  ): boolean;
};
