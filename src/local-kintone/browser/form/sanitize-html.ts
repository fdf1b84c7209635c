// Rich text and label HTML come from users and apps; only this allow-list ever reaches the page.
const ALLOWED_TAGS = new Set([
  "A",
  "B",
  "BLOCKQUOTE",
  "BR",
  "CODE",
  "DIV",
  "EM",
  "FONT",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HR",
  "I",
  "LI",
  "OL",
  "P",
  "PRE",
  "S",
  "SMALL",
  "SPAN",
  "STRIKE",
  "STRONG",
  "SUB",
  "SUP",
  "TABLE",
  "TBODY",
  "TD",
  "TH",
  "THEAD",
  "TR",
  "U",
  "UL",
]);
/** Elements whose content is dropped with them (their text is code, not prose). */
const DROPPED_WITH_CONTENT = new Set([
  "SCRIPT",
  "STYLE",
  "TEMPLATE",
  "IFRAME",
  "OBJECT",
  "EMBED",
  "NOSCRIPT",
  "TEXTAREA",
  "SELECT",
  "SVG",
  "MATH",
]);
const ALLOWED_STYLES = [
  "color",
  "background-color",
  "font-size",
  "font-weight",
  "font-style",
  "text-align",
  "text-decoration",
];
const SAFE_LINK = /^(https?:|mailto:|tel:|#|\/(?!\/))/i;

/**
 * Returns a fragment holding a safe copy of `html`: allow-listed tags, links limited to http(s),
 * mailto and tel, and a few presentational styles. The input is parsed by DOMParser, which never
 * runs scripts, and copied node by node into `target`'s document.
 */
export function sanitizeHtml(html: string, target: Document = document): DocumentFragment {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html");
  const fragment = target.createDocumentFragment();
  copyChildren(parsed.body, fragment, target);
  return fragment;
}

/** The sanitised HTML as a string (what the form stores for RICH_TEXT). */
export function sanitizeHtmlToString(html: string): string {
  const holder = document.createElement("div");
  holder.append(sanitizeHtml(html));
  return holder.innerHTML;
}

function copyChildren(source: Node, destination: Node, target: Document): void {
  for (const child of Array.from(source.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) {
      destination.appendChild(target.createTextNode(child.textContent ?? ""));
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      const element = child as Element;
      const tag = element.tagName.toUpperCase();
      if (DROPPED_WITH_CONTENT.has(tag)) continue;
      if (!ALLOWED_TAGS.has(tag)) {
        copyChildren(element, destination, target);
        continue;
      }
      const clean = target.createElement(tag.toLowerCase());
      copyAttributes(element, clean);
      destination.appendChild(clean);
      copyChildren(element, clean, target);
    }
  }
}

function copyAttributes(source: Element, clean: HTMLElement): void {
  if (clean.tagName === "A") {
    const href = (source.getAttribute("href") ?? "").trim();
    if (SAFE_LINK.test(href)) {
      clean.setAttribute("href", href);
      clean.setAttribute("target", "_blank");
      clean.setAttribute("rel", "noopener noreferrer");
    }
  }
  if (clean.tagName === "FONT") {
    const color = source.getAttribute("color") ?? "";
    if (/^#?[0-9a-z]+$/i.test(color)) clean.setAttribute("color", color);
  }
  if (clean.tagName === "TD" || clean.tagName === "TH") {
    for (const name of ["colspan", "rowspan"]) {
      const value = source.getAttribute(name);
      if (value && /^\d{1,3}$/.test(value)) clean.setAttribute(name, value);
    }
  }
  const style = (source as HTMLElement).style;
  if (!style) return;
  for (const property of ALLOWED_STYLES) {
    const value = style.getPropertyValue(property);
    if (value && !/url\(|expression|javascript:/i.test(value))
      clean.style.setProperty(property, value);
  }
}
