import type { KintonePluginProxyApi } from "../../llm";

/** A record as the JS API and REST return it: field code → `{type, value}`. */
export type KintoneRecordData = Record<string, { type?: string; value: unknown }>;

/** A kintone event object (handlers must always return it). */
export type KintoneEvent = {
  type: string;
  appId?: number;
  recordId?: number;
  record: KintoneRecordData;
  error?: string;
  [key: string]: unknown;
};

/**
 * The part of the `kintone` global the plugin uses, typed here so features take it as a
 * parameter (tests and the entry pass the real one).
 * [doc] https://cybozu.dev/ja/kintone/docs/js-api/
 */
export type KintoneApi = KintonePluginProxyApi & {
  events: { on(type: string | string[], handler: (event: KintoneEvent) => unknown): void };
  api: ((path: string, method: string, params: Record<string, unknown>) => Promise<unknown>) & {
    url(path: string, detectGuestSpace?: boolean): string;
  };
  app: {
    getId(): number | null;
    getHeaderSpaceElement(): HTMLElement | null;
    getHeaderMenuSpaceElement(): HTMLElement | null;
    record: {
      getId(): number | null;
      get(): { record: KintoneRecordData } | null;
      set(value: { record: KintoneRecordData }): void;
      getSpaceElement(id: string): HTMLElement | null;
      getHeaderMenuSpaceElement(): HTMLElement | null;
    };
  };
  plugin: KintonePluginProxyApi["plugin"] & {
    app: KintonePluginProxyApi["plugin"]["app"] & {
      getConfig(pluginId: string): Record<string, string> | null;
    };
  };
  getLoginUser(): { code: string; name: string };
};

/** The page's `kintone` global. */
export function getKintone(): KintoneApi {
  return (globalThis as unknown as { kintone: KintoneApi }).kintone;
}
