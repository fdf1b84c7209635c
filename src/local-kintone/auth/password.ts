import { timingSafeEqual } from "node:crypto";
import type { ServerContext } from "../context";
import type { LocalUser } from "../users";
import { findUser } from "../users";

function equalsInConstantTime(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Checks a login name and password against the demo users.
 * @returns the user, or undefined when either is wrong
 */
export function verifyPassword(
  _context: ServerContext,
  login: string,
  password: string,
): LocalUser | undefined {
  const user = findUser(login);
  return user && equalsInConstantTime(user.password, password) ? user : undefined;
}

/** Decodes `X-Cybozu-Authorization` (base64 of "login:password"). */
export function decodePasswordHeader(value: string): { login: string; password: string } {
  const decoded = Buffer.from(value, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) return { login: decoded, password: "" };
  return { login: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}
