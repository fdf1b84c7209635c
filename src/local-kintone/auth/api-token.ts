import { randomBytes } from "node:crypto";
import type { ServerContext } from "../context";

/** What an API token may do in its app; `manage` is kintone's "app management" right. */
export type ApiTokenRight = "view" | "add" | "edit" | "delete" | "manage";

/** An API token as stored: its app and rights. */
export type ApiTokenGrant = { token: string; appId: number; rights: readonly ApiTokenRight[] };

/** kintone allows at most this many tokens in one request. */
export const MAX_TOKENS_PER_REQUEST = 9;

/**
 * Creates an API token for an app with the given rights (what kintone's app settings screen
 * does; tests and `madoguchi setup` use it). Returns the token string.
 * @example createApiToken(context, 1, ["view", "add"])
 */
export function createApiToken(
  context: ServerContext,
  appId: number,
  rights: readonly ApiTokenRight[],
): string {
  const token = randomBytes(30).toString("base64url").replace(/[-_]/g, "x").slice(0, 40);
  context.db
    .prepare("INSERT INTO api_tokens (token, app, rights) VALUES (?, ?, ?)")
    .run(token, appId, JSON.stringify(rights));
  return token;
}

/** Looks up tokens; undefined for any token that does not exist. */
export function findApiToken(context: ServerContext, token: string): ApiTokenGrant | undefined {
  const row = context.db
    .prepare("SELECT token, app, rights FROM api_tokens WHERE token = ?")
    .get(token) as { token: string; app: number; rights: string } | undefined;
  if (!row) return undefined;
  return { token: row.token, appId: row.app, rights: JSON.parse(row.rights) as ApiTokenRight[] };
}

/** Lists the tokens of an app. */
export function listApiTokens(context: ServerContext, appId: number): ApiTokenGrant[] {
  const rows = context.db
    .prepare("SELECT token, app, rights FROM api_tokens WHERE app = ?")
    .all(appId) as {
    token: string;
    app: number;
    rights: string;
  }[];
  return rows.map((row) => ({
    token: row.token,
    appId: row.app,
    rights: JSON.parse(row.rights) as ApiTokenRight[],
  }));
}

/** Deletes an API token; false if it did not exist. */
export function deleteApiToken(context: ServerContext, token: string): boolean {
  return context.db.prepare("DELETE FROM api_tokens WHERE token = ?").run(token).changes > 0;
}
