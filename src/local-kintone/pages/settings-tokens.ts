import { randomBytes } from "node:crypto";
import type { ServerContext } from "../context";

/** A settings-page token lives this long: long enough to fill in a settings form. */
export const SETTINGS_TOKEN_TTL_MS = 2 * 60 * 60 * 1000;

type SettingsToken = {
  sessionId: string;
  appId: number;
  pluginId: string;
  expiresAt: number;
  /** The stored proxy configs may be read once, by the settings page's own bundle at start-up. */
  readUsed: boolean;
};

// Tokens are per running server and never persisted: a restart simply asks for a page reload.
const TOKENS = new WeakMap<ServerContext, Map<string, SettingsToken>>();

function tokensOf(context: ServerContext): Map<string, SettingsToken> {
  let map = TOKENS.get(context);
  if (!map) TOKENS.set(context, (map = new Map()));
  return map;
}

/** Issues a token for one rendering of a plugin settings page (administrator, top-level navigation). */
export function issueSettingsToken(
  context: ServerContext,
  params: { sessionId: string; appId: number; pluginId: string },
): string {
  const map = tokensOf(context);
  const now = context.now().getTime();
  for (const [key, token] of map) if (token.expiresAt < now) map.delete(key);
  const value = randomBytes(32).toString("base64url");
  map.set(value, { ...params, expiresAt: now + SETTINGS_TOKEN_TTL_MS, readUsed: false });
  return value;
}

/**
 * True when `token` was issued to this session for this app and plugin and is still valid.
 * With `consumeRead`, also requires (and spends) the token's single proxy-config read.
 */
export function checkSettingsToken(
  context: ServerContext,
  params: {
    token: unknown;
    sessionId: string;
    appId: unknown;
    pluginId: unknown;
    consumeRead?: boolean;
  },
): boolean {
  if (typeof params.token !== "string") return false;
  const map = tokensOf(context);
  const found = map.get(params.token);
  if (!found) return false;
  if (found.expiresAt < context.now().getTime()) {
    map.delete(params.token);
    return false;
  }
  const matches =
    found.sessionId === params.sessionId &&
    found.appId === Number(params.appId) &&
    found.pluginId === params.pluginId;
  if (!matches) return false;
  if (params.consumeRead) {
    if (found.readUsed) return false;
    found.readUsed = true;
  }
  return true;
}
