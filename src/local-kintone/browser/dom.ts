import { formatMessage, type Lang, type MessageKey } from "../../messages";

type Child = Node | string | null | undefined | false;
type Props = {
  className?: string;
  text?: string;
  attrs?: Record<string, string>;
  on?: Partial<Record<keyof HTMLElementEventMap, (event: Event) => void>>;
};

/** Creates an element; strings become text nodes, so nothing passed here is parsed as HTML. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  if (props.text !== undefined) element.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, value);
  for (const [name, listener] of Object.entries(props.on ?? {}))
    element.addEventListener(name, listener as EventListener);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return element;
}

let currentLang: Lang = "ja";

export function setLanguage(lang: Lang): void {
  currentLang = lang;
}

/** The UI string for `key` in the page's language. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return formatMessage(key, currentLang, params);
}
