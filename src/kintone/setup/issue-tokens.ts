import type { AppKey } from "../apps";
import { CLIENT_TOKEN_RIGHTS } from "../apps";
import type { TokenClient, TokenRight } from "../apps";
import type { SetupServerHooks } from "./server-hooks";
import type { ClientTokens } from "./setup-state";

/** Tokens per client; `issued` lists the clients that got new tokens in this run. */
export type TokenResult = {
  readonly tokens: Partial<Record<TokenClient, ClientTokens>>;
  readonly issued: readonly TokenClient[];
};

/**
 * Gives each client (gateway, cli) one token per app with the minimum rights, keeping the
 * tokens from the last setup while they still exist with the same rights.
 */
export function ensureClientTokens(
  hooks: SetupServerHooks,
  apps: Readonly<Record<AppKey, string>>,
  previous: Partial<Record<string, ClientTokens>>,
): TokenResult {
  const tokens: Partial<Record<TokenClient, ClientTokens>> = {};
  const issued: TokenClient[] = [];
  for (const [client, rightsByApp] of Object.entries(CLIENT_TOKEN_RIGHTS) as [
    TokenClient,
    Partial<Record<AppKey, readonly TokenRight[]>>,
  ][]) {
    const kept = previous[client] ?? {};
    const next: ClientTokens = {};
    let issuedAny = false;
    for (const [key, rights] of Object.entries(rightsByApp) as [AppKey, readonly TokenRight[]][]) {
      const appId = apps[key];
      const old = kept[key];
      if (old && hooks.hasApiToken(old, appId, rights)) next[key] = old;
      else {
        next[key] = hooks.issueApiToken(appId, rights);
        issuedAny = true;
      }
    }
    tokens[client] = next;
    if (issuedAny) issued.push(client);
  }
  return { tokens, issued };
}

/** A client's tokens as KINTONE_API_TOKEN wants them (comma-separated). */
export function joinTokens(tokens: ClientTokens | undefined): string {
  return Object.values(tokens ?? {}).join(",");
}
