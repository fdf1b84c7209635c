import type { EnginePhrases } from "../core";
import { MESSAGES } from "../messages";

/** The engine's spoken phrases, from the messages table (core holds no UI text). */
export const ENGINE_PHRASES: EnginePhrases = {
  transfer: MESSAGES.M_ENGINE_TRANSFER,
  transferNoDepartment: MESSAGES.M_ENGINE_TRANSFER_NO_DEPARTMENT,
  clarify: MESSAGES.M_ENGINE_CLARIFY,
  clarifyTooLong: MESSAGES.M_ENGINE_CLARIFY_TOO_LONG,
  emergency: MESSAGES.M_ENGINE_EMERGENCY,
};
