/** A `kintone.events.on` handler: may return the event, false, or a thenable of either. */
export type EventHandler = (event: Record<string, unknown>) => unknown;

/** Handlers by event type, in registration order (kintone runs them in that order). */
export class EventRegistry {
  private readonly handlers = new Map<string, EventHandler[]>();

  on(type: string | string[], handler: EventHandler): void {
    if (typeof handler !== "function")
      throw new TypeError("kintone.events.on: handler must be a function");
    for (const name of toTypeList(type)) {
      const list = this.handlers.get(name) ?? [];
      list.push(handler);
      this.handlers.set(name, list);
    }
  }

  /** `off()` removes everything, `off(type)` every handler of the type, `off(type, fn)` one. */
  off(type?: string | string[], handler?: EventHandler): boolean {
    if (type === undefined) {
      const had = this.handlers.size > 0;
      this.handlers.clear();
      return had;
    }
    let removed = false;
    for (const name of toTypeList(type)) {
      const list = this.handlers.get(name);
      if (!list) continue;
      const kept = handler ? list.filter((each) => each !== handler) : [];
      removed ||= kept.length !== list.length;
      if (kept.length > 0) this.handlers.set(name, kept);
      else this.handlers.delete(name);
    }
    return removed;
  }

  list(type: string): readonly EventHandler[] {
    return [...(this.handlers.get(type) ?? [])];
  }
}

function toTypeList(type: string | string[]): string[] {
  const list = Array.isArray(type) ? type : [type];
  for (const name of list) {
    if (typeof name !== "string")
      throw new TypeError("kintone.events: event type must be a string");
  }
  return list;
}
