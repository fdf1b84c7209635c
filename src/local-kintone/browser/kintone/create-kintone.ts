import type { BootData } from "../../pages/boot-data";
import { dispatchEvent, type DispatchOutcome } from "./dispatch-event";
import { EventRegistry, type EventHandler } from "./event-registry";
import type { PageBridge } from "./page-bridge";
import { createPluginApi } from "./plugin-api";
import { createApi, createProxy } from "./rest-api";

/** The `kintone` global plus the hooks the shell uses to drive it. */
export type KintoneRuntime = {
  readonly kintone: Record<string, unknown> & { $PLUGIN_ID: string };
  /** Runs the handlers registered for `type`. */
  fire(type: string, event: Record<string, unknown>): Promise<DispatchOutcome>;
  /** True while a handler runs synchronously (record.get/set refuse to run then, as in kintone). */
  readonly isDispatching: () => boolean;
};

/** Builds the `kintone` global for one page. `bridge` is read at call time, so pages may swap it. */
export function createKintone(
  boot: BootData,
  getBridge: () => PageBridge,
  proxyConfigs: Parameters<typeof createPluginApi>[1],
): KintoneRuntime {
  const registry = new EventRegistry();
  let dispatching = 0;
  const guard =
    <A extends unknown[], R>(name: string, fn: (...args: A) => R) =>
    (...args: A): R => {
      if (dispatching > 0)
        throw new Error(
          `${name} cannot be called inside a kintone.events.on handler; use event.record`,
        );
      return fn(...args);
    };
  const record = {
    getId: () => getBridge().record.getId(),
    get: guard("kintone.app.record.get", () => getBridge().record.get()),
    set: guard("kintone.app.record.set", (value: { record: Record<string, unknown> }) =>
      getBridge().record.set(value),
    ),
    getSpaceElement: (id: string) => getBridge().record.getSpaceElement(id),
    getHeaderMenuSpaceElement: () => getBridge().record.getHeaderMenuSpaceElement(),
    getFieldElement: (code: string) => getBridge().record.getFieldElement(code),
    setFieldShown: (code: string, shown: boolean) => getBridge().record.setFieldShown(code, shown),
    setGroupFieldOpen: (code: string, open: boolean) =>
      getBridge().record.setGroupFieldOpen(code, open),
  };
  const app = {
    getId: () => boot.appId,
    getHeaderSpaceElement: () => getBridge().getHeaderSpaceElement(),
    getHeaderMenuSpaceElement: () => getBridge().getHeaderMenuSpaceElement(),
    getQuery: () => getBridge().getQuery(),
    getQueryCondition: () => getBridge().getQueryCondition(),
    getFieldElements: (code: string) => getBridge().getFieldElements(code),
    getLookupTargetAppId: () => null,
    getRelatedRecordsTargetAppId: () => null,
    record,
  };
  const nullSpace = { getContentSpaceElement: () => null };
  const kintone = {
    events: {
      on: (type: string | string[], handler: EventHandler) => registry.on(type, handler),
      off: (type?: string | string[], handler?: EventHandler) => registry.off(type, handler),
    },
    api: createApi(boot.requestToken),
    proxy: createProxy(boot.requestToken),
    Promise: window.Promise,
    app,
    mobile: {
      app: { ...app, getHeaderSpaceElement: () => null },
      portal: nullSpace,
      space: { portal: nullSpace },
    },
    portal: nullSpace,
    space: { portal: nullSpace },
    plugin: { app: createPluginApi(boot, proxyConfigs) },
    getLoginUser: () => ({ ...boot.user }),
    getRequestToken: () => boot.requestToken,
    getUiVersion: () => 2 as const,
    $PLUGIN_ID: "",
  };

  async function fire(type: string, event: Record<string, unknown>): Promise<DispatchOutcome> {
    const handlers = registry.list(type).map((handler) => (current: Record<string, unknown>) => {
      dispatching += 1;
      try {
        return handler(current);
      } finally {
        dispatching -= 1;
      }
    });
    return dispatchEvent(handlers, event, (error) => console.error(`[${type}]`, error));
  }

  return { kintone, fire, isDispatching: () => dispatching > 0 };
}
