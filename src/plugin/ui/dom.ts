/**
 * A tiny element builder. Text goes in as text nodes only: engine and model output is never
 * parsed as HTML.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: {
    className?: string;
    text?: string;
    attrs?: Record<string, string>;
    on?: Partial<Record<keyof HTMLElementEventMap, (event: Event) => void>>;
  } = {},
  children: readonly (Node | string | null | false)[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  if (props.text !== undefined) element.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, value);
  for (const [name, handler] of Object.entries(props.on ?? {})) {
    if (handler) element.addEventListener(name, handler);
  }
  for (const child of children) {
    if (child === null || child === false) continue;
    element.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return element;
}

/** Mounts `build()` into `host` once: kintone fires show events more than once. */
export function mountOnce(host: HTMLElement, id: string, build: () => HTMLElement): HTMLElement {
  const existing = host.querySelector<HTMLElement>(`[data-madoguchi="${id}"]`);
  if (existing) return existing;
  const element = build();
  element.dataset["madoguchi"] = id;
  host.append(element);
  return element;
}
