export {
  SESSION_COOKIE_NAME,
  SESSION_TTL_MS,
  createSession,
  deleteSession,
  getSession,
  readSessionCookie,
} from "./session";
export type { Session } from "./session";
export { verifyPassword, decodePasswordHeader } from "./password";
export { createApiToken, deleteApiToken, findApiToken, listApiTokens } from "./api-token";
export type { ApiTokenGrant, ApiTokenRight } from "./api-token";
export { assertAdministrator, assertAppRight, resolveRequestAuth } from "./resolve-auth";
export type { AuthRequest, RequestAuth } from "./resolve-auth";
