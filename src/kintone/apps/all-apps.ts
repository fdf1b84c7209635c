import { CALL_LOG_APP } from "./call-log-app";
import { CONSULTATIONS_APP } from "./consultations-app";
import { DEPARTMENTS_APP } from "./departments-app";
import { FAQ_APP } from "./faq-app";
import { MANUALS_APP } from "./manuals-app";
import type { AppDefinition, AppKey, TokenRight } from "./types";

/** Every madoguchi app, in the order setup creates them. */
export const MADOGUCHI_APPS: readonly AppDefinition[] = [
  FAQ_APP,
  DEPARTMENTS_APP,
  CALL_LOG_APP,
  CONSULTATIONS_APP,
  MANUALS_APP,
];

/** Programs that call kintone with API tokens (staff in the browser use their own session). */
export type TokenClient = "gateway" | "cli";

/**
 * The minimum API-token rights each client needs, per app. The gateway reads the FAQ and
 * departments and upserts call logs (view is needed to find a record by call id); it never
 * deletes and never sees consultations. The CLI (`madoguchi answer`) only reads.
 */
export const CLIENT_TOKEN_RIGHTS: Readonly<
  Record<TokenClient, Partial<Record<AppKey, readonly TokenRight[]>>>
> = {
  gateway: {
    faq: ["view"],
    departments: ["view"],
    callLog: ["view", "add", "edit"],
  },
  cli: {
    faq: ["view"],
    departments: ["view"],
  },
};
