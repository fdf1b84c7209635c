import type { EventHandler } from "./event-registry";

/** The outcome of running every handler of one event. */
export type DispatchOutcome =
  | {
      readonly status: "done";
      /** The event the last handler returned (or the original when none returned an object). */
      readonly event: Record<string, unknown>;
      /** True when at least one handler returned an event object, so its changes apply. */
      readonly returned: boolean;
    }
  | {
      readonly status: "cancelled";
      readonly reason: "false" | "rejected" | "thrown";
      readonly error?: unknown;
    };

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === "object" || typeof value === "function") &&
    value !== null &&
    typeof (value as { then?: unknown }).then === "function"
  );
}

/**
 * Runs handlers in registration order with kintone's return semantics: an object return
 * replaces the event for the next handler and marks changes to apply, `false` cancels, a
 * thenable is awaited and a rejection (or a throw) cancels and skips the remaining handlers.
 * See https://kintone.dev/en/docs/kintone/js-api/events/event-handling
 */
export async function dispatchEvent(
  handlers: readonly EventHandler[],
  event: Record<string, unknown>,
  reportError: (error: unknown) => void = () => undefined,
): Promise<DispatchOutcome> {
  let current = event;
  let returned = false;
  for (const handler of handlers) {
    let result: unknown;
    try {
      result = handler(current);
      if (isThenable(result)) result = await result;
    } catch (error) {
      reportError(error);
      return { status: "cancelled", reason: isThenable(result) ? "rejected" : "thrown", error };
    }
    if (result === false) return { status: "cancelled", reason: "false" };
    if (typeof result === "object" && result !== null) {
      current = result as Record<string, unknown>;
      returned = true;
    }
  }
  return { status: "done", event: current, returned };
}
