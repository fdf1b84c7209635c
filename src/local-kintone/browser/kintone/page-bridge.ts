/**
 * What the current page offers to the `kintone` global. Pages fill in what they support;
 * everything else answers null like kintone does on pages where an API is unusable.
 */
export type RecordBridge = {
  getId(): number | null;
  get(): { record: Record<string, unknown> } | null;
  set(value: { record: Record<string, unknown> }): void;
  getSpaceElement(elementId: string): HTMLElement | null;
  getHeaderMenuSpaceElement(): HTMLElement | null;
  getFieldElement(code: string): HTMLElement | null;
  setFieldShown(code: string, shown: boolean): void;
  setGroupFieldOpen(code: string, open: boolean): void;
};

export type PageBridge = {
  getHeaderSpaceElement(): HTMLElement | null;
  getHeaderMenuSpaceElement(): HTMLElement | null;
  getQuery(): string | null;
  getQueryCondition(): string | null;
  getFieldElements(code: string): HTMLElement[] | null;
  record: RecordBridge;
};

/** A bridge where every API is unusable (portal, settings page). */
export function createNullBridge(): PageBridge {
  return {
    getHeaderSpaceElement: () => null,
    getHeaderMenuSpaceElement: () => null,
    getQuery: () => null,
    getQueryCondition: () => null,
    getFieldElements: () => null,
    record: {
      getId: () => null,
      get: () => null,
      set: () => {
        throw new Error(
          "kintone.app.record.set is available only on the record create and edit pages",
        );
      },
      getSpaceElement: () => null,
      getHeaderMenuSpaceElement: () => null,
      getFieldElement: () => null,
      setFieldShown: () => undefined,
      setGroupFieldOpen: () => undefined,
    },
  };
}
