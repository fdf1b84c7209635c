import type { Department } from "../../core";
import type { TransferNumbers } from "../config/gateway-config";
import type { DialTarget } from "./build-twiml";

// A pause ("w" = half a second) lets the switchboard answer before the extension is keyed in.
const SWITCHBOARD_PAUSE = "ww";

/**
 * The number a transfer to `department` dials: its direct number if configured, otherwise the
 * switchboard with the department's extension sent as touch tones; null when neither is known.
 */
export function resolveDialTarget(
  department: string | null,
  departments: readonly Department[],
  numbers: TransferNumbers,
): DialTarget | null {
  if (!department) return null;
  const direct = numbers.departments.get(department);
  if (direct) return { number: direct };
  const extension = departments.find((d) => d.name === department)?.extension.replace(/\D/g, "");
  if (numbers.switchboard && extension)
    return { number: numbers.switchboard, sendDigits: `${SWITCHBOARD_PAUSE}${extension}` };
  return null;
}
