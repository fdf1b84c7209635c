/** The shape shared by every catalog and the one way a catalog entry becomes text. */
export type Lang = "ja" | "en";
export type MessageEntry = { readonly ja: string; readonly en: string };
export type MessageParams = Readonly<Record<string, string | number>>;

/** The two formatters of one catalog, typed on that catalog's keys. */
export type MessageFormatters<Key extends string> = {
  /**
   * Returns the message for `key` in `lang`, with `{name}` placeholders filled from `params`.
   * @example formatMessage("E_CSV_ROW", "ja", { line: 3 })
   */
  formatMessage(key: Key, lang?: Lang, params?: MessageParams): string;
  /** Both languages on one line, Japanese first: for logs and CLI errors read by staff and IT. */
  formatBilingual(key: Key, params?: MessageParams): string;
};

/** Builds the formatters of a catalog (`index.ts` for Node, `browser.ts` for the plug-in). */
export function createFormatters<Key extends string>(
  catalog: Readonly<Record<Key, MessageEntry>>,
): MessageFormatters<Key> {
  const formatMessage = (key: Key, lang: Lang = "ja", params: MessageParams = {}): string =>
    catalog[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  const formatBilingual = (key: Key, params: MessageParams = {}): string =>
    `${formatMessage(key, "ja", params)} / ${formatMessage(key, "en", params)}`;
  return { formatMessage, formatBilingual };
}
